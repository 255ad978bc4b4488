/**
 * Sentences that lie inside someone's quotation. A quotation of several sentences is one quote
 * claim, carried with its speaker and its quotation marks; a sentence inside it is that person's
 * words, and shown again as a statement it reads as the outlets' own reporting ("He blocked
 * himself from me." with no speaker and no marks). Such sentences are not statements.
 */
import type { QuoteMention, Sentence } from '../contracts/stages.ts';

interface Span {
  source: string;
  start: number;
  end: number;
}

/** A test of whether a sentence lies wholly inside a direct quotation's words in its own source. */
export function insideQuotation(quotes: readonly QuoteMention[]): (sentence: Sentence) => boolean {
  // A sentence's own opening or closing quotation mark sits just outside the quoted words' span.
  return containedIn(quotes.filter((q) => q.form === 'direct'), 1);
}

/** A test of whether a passage lies wholly inside one of the spans of its own source, `slack` characters allowed out at each end. */
export function containedIn(spans: readonly Span[], slack = 0): (passage: Span) => boolean {
  const bySource = new Map<string, Span[]>();
  for (const span of spans) {
    const list = bySource.get(span.source);
    if (list) list.push(span);
    else bySource.set(span.source, [span]);
  }
  for (const list of bySource.values()) list.sort((a, b) => a.start - b.start);
  return (passage) => {
    const list = bySource.get(passage.source);
    if (!list) return false;
    // Binary search for the last span starting at or before the passage's start.
    let low = 0;
    let high = list.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.start <= passage.start + slack) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    // Spans can nest or overlap: any span starting before the passage may be the one holding it.
    for (let i = found; i >= 0; i--) if (list[i]!.end >= passage.end - slack) return true;
    return false;
  };
}
