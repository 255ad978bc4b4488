/**
 * Who is behind a document the articles quote: "a new report released today by the Harbour Fund",
 * "the Harbour Fund's report", "Ana Lima filed a lawsuit". Then "the report says" and "the suit
 * claims" give the words to that author, as a reader (and the gold) names them, rather than to the
 * document. Only a named author counts ("an Army wife filed a lawsuit" names no one), and only by
 * "released", "published", "issued", "filed", "conducted" or "commissioned" ("a study reported by a
 * magazine" is the magazine's account of it, not its work).
 */
import type { Sentence } from '../../contracts/stages.ts';
import type { NameBook } from './nameBook.ts';
import { isCalendarName } from '../../text/calendar.ts';

/** The kinds of document, each with its own author: a report's, a lawsuit's. */
export type DocumentKind = 'report' | 'suit';

const KIND: Record<string, DocumentKind> = { report: 'report', study: 'report', survey: 'report', analysis: 'report', lawsuit: 'suit', suit: 'suit', complaint: 'suit' };
const DOCUMENT = '(report|study|survey|analysis|lawsuit|suit|complaint)';
const ANY_DOCUMENT = /report|study|survey|analysis|suit|complaint/;
/**
 * A capitalised name of up to eight words, joined by "of", "and", "for", "&" ("the Office of Roads and
 * Ports"), or by commas in a list that closes with "and" ("the Office of Roads, Rail and Ports").
 */
const WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const LISTED = String.raw`,\s+(?=${WORD}(?:,\s+${WORD})*,?\s+and\s+\p{Lu})`;
const NAME = String.raw`((?:[Tt]he\s+(?:\p{Ll}+\s+)?)?${WORD}(?:(?:\s+(?:(?:of|and|for|&)\s+)?|${LISTED})${WORD}){0,7})`;
const WHEN = String.raw`(?:\s+(?:today|yesterday|this week|last week|on\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+day))?`;
const BY = new RegExp(String.raw`\b${DOCUMENT}\s+(?:released|published|issued|filed|conducted|commissioned)${WHEN}\s+by\s+${NAME}`, 'u');
const OWNED = new RegExp(String.raw`${NAME}['’]s\s+(?:new\s+|latest\s+|annual\s+)?${DOCUMENT}\b`, 'u');
const FILED = new RegExp(String.raw`${NAME}\s+(?:has\s+|had\s+)?(?:filed|released|published|issued)\s+(?:a|an|its|the)\s+(?:new\s+)?(?:[\p{Ll}-]+\s+)?${DOCUMENT}\b`, 'u');

/** The first named author of each kind of document in the article's sentences. */
export function documentAuthors(sentences: readonly Sentence[], names: NameBook): Partial<Record<DocumentKind, string>> {
  const found: Partial<Record<DocumentKind, string>> = {};
  for (const s of sentences) for (const a of authorsIn(s.text)) found[a.kind] ??= names.resolve(a.name);
  return found;
}

/** The documents a sentence names with their authors ("a report released by the Harbour Fund"), as written. */
export function authorsIn(text: string): Array<{ kind: DocumentKind; name: string }> {
  const out: Array<{ kind: DocumentKind; name: string }> = [];
  // Every pattern names a document in lower case: a sentence without one is not searched for names (the patterns' costly part).
  if (!ANY_DOCUMENT.test(text)) return out;
  for (const [re, nameAt, kindAt] of [[BY, 2, 1], [OWNED, 1, 2], [FILED, 1, 2]] as const) {
    const m = re.exec(text);
    const name = m && cleanName(m[nameAt]!);
    if (name) out.push({ kind: KIND[m[kindAt]!.toLowerCase()]!, name });
  }
  return out;
}

/** The kind of a definite document description ("the report", "the new study", "the inspection report", "the suit"). */
export function documentKind(role: string): DocumentKind | undefined {
  const m = /^(?:the|this)\s+(?:new\s+|latest\s+|inspection\s+|annual\s+)?(report|study|survey|analysis|lawsuit|suit|complaint)$/i.exec(role.trim());
  return m ? KIND[m[1]!.toLowerCase()] : undefined;
}

/** "the Harbour Fund" -> "Harbour Fund"; nothing for an article or a sentence opener ("A", "An", "In"). */
function cleanName(name: string): string | undefined {
  const words = name.replace(/^[Tt]he\s+/, '').replace(/\.$/, '').split(/\s+/);
  // "Friday's report": a day is when, not whose.
  if (words.length === 1 && isCalendarName(words[0]!)) return undefined;
  while (words.length && /^(?:of|and|for|&)$/.test(words[words.length - 1]!)) words.pop();
  if (!words.length || /^(?:A|An|In|On|At|This|That|It|Its|He|She|They)$/.test(words[0]!)) return undefined;
  return words.join(' ');
}
