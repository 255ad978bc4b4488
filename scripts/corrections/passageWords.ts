/**
 * A claim's passage in one source as words an editor would copy: how corrections.yaml names a
 * claim, and how the live preview's review actions write one.
 */
import { entities } from '../text/onDemand.ts';
import type { ClaimRef } from '../contracts/corrections.ts';
import type { Claim, Facts } from '../contracts/facts.ts';

/** A passage as readers see it: an HTML source's quote keeps its inline markup and entities (ingest/html.ts). */
export function visibleText(quote: string, file: string): string {
  return /\.html?$/i.test(file) ? entities().decodeHTML(quote.replace(/<[^>]*>/g, '')) : quote;
}

/** For matching: lower case, runs of white space as one space. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Words in a claim's passage in its first source, with its id as a hint: what a review action writes. */
export function claimRefOf(facts: Facts, claim: Claim, words = 12): ClaimRef {
  const evidence = claim.evidence[0]!;
  const file = facts.sources.find((s) => s.id === evidence.source)!.file;
  const quote = visibleText(evidence.quote, file).replace(/\s+/g, ' ').trim().split(' ').slice(0, words).join(' ');
  return { source: file, quote, claim: claim.id };
}
