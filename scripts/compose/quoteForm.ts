/** Whether a quote claim is shown as a direct quotation (in quotation marks) or as reported speech. */
import type { Claim } from '../contracts/facts.ts';

/**
 * A quote claim is direct when the passage its text comes from is a direct quotation in that
 * source; reported speech, or evidence of unknown form (facts.json from before forms were
 * recorded), is never put in quotation marks: a paraphrase shown as someone's words misleads.
 */
export function isDirectQuote(claim: Claim): boolean {
  const text = claim.text.trim();
  const from = claim.evidence.find((e) => e.quote.includes(text)) ?? claim.evidence[0];
  return from?.form === 'direct';
}

/** Words that open a sentence and read lower-case after "said that" ("The city closed ..." -> "the city closed ..."); names keep their capital. */
const OPENERS = new Set('the a an about at after all almost around as before fewer it its less more most nearly no only our over roughly some that their there these they this those up we'.split(' '));

/** A reported clause as it reads after "X said that": a common opening word lower-cased. */
export function reportedClause(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  return OPENERS.has(first.toLowerCase()) && first !== first.toUpperCase() ? text[0]!.toLowerCase() + text.slice(1) : text;
}
