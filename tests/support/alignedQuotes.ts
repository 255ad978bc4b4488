/** Quote claims aligned from invented one-sentence articles, as the pipeline's alignQuotes makes them. */
import { alignQuotes } from '../../scripts/align/alignPassages.ts';
import type { Article, QuoteMention } from '../../scripts/contracts/stages.ts';
import type { Claim } from '../../scripts/contracts/facts.ts';

export interface InventedQuote {
  source: string;
  /** The article's whole text, one sentence. */
  text: string;
  speaker?: string;
  role?: string;
  /** The quoted words (a direct quotation); without them the whole text is reported speech. */
  quoted?: string;
}

export function alignedQuotes(items: InventedQuote[]): Claim[] {
  const articles = new Map<string, Article>(items.map((i) => [i.source, { source: { id: i.source, file: `${i.source}.txt` }, format: 'txt', fileText: i.text, view: i.text, bodyStart: 0, toFile: (s: number, e: number) => [s, e] }]));
  const quotes: QuoteMention[] = items.map((i) => {
    // A direct quote covers only its quoted words; a reported one the whole text.
    const start = i.quoted ? i.text.indexOf(i.quoted) : 0;
    const end = i.quoted ? start + i.quoted.length : i.text.length;
    const m: QuoteMention = { source: i.source, sentence: { source: i.source, index: 0, paragraph: 0, start: 0, end: i.text.length, text: i.text }, start, end, form: i.quoted ? 'direct' : 'reported' };
    if (i.speaker) m.speaker = i.speaker;
    if (i.role) m.role = i.role;
    return m;
  });
  return alignQuotes(quotes, articles, new Map(items.map((i, k) => [i.source, k])), new Set());
}
