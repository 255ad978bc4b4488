/**
 * The links under a related-articles header at the very end of the text ("READ MORE:" and then
 * two teaser decks written as sentences: "The agency found the plan failed. Now its backers face a
 * choice."). boilerplate.ts's teaser runs stop at a line that ends like a sentence, since a
 * headline does not; here a header that only short lines follow, to the end of the article,
 * takes them all: the story has ended, and what a header of links opens is links.
 */
import { REPORTING } from './lexicon/reporting.ts';

/** At most this many links follow such a header (a longer run is more likely a story's list). */
const MAX_LINKS = 6;
/** A teaser deck is short. */
const LINK_MAX = 200;
const QUOTES = /["“”]/;

/**
 * Indices of the lines after the last related-articles header that are links to other articles:
 * every line after it to the end must be short, unquoted, not reported speech and still free
 * (no label yet) or boilerplate already; otherwise none.
 */
export function linksAfterHeader(texts: readonly string[], isHeader: (i: number) => boolean, isFree: (i: number) => boolean, isBoiler: (i: number) => boolean): number[] {
  let header = -1;
  for (let i = texts.length - 1; i >= 0 && texts.length - i <= MAX_LINKS + 1; i--) {
    if (isHeader(i)) { header = i; break; }
  }
  if (header < 0) return [];
  const after = texts.map((_, i) => i).slice(header + 1);
  const links = after.filter((i) => isFree(i));
  if (links.length === 0) return [];
  const linkLike = (i: number): boolean => isBoiler(i) || (isFree(i) && texts[i]!.length <= LINK_MAX && !QUOTES.test(texts[i]!) && !REPORTING.test(texts[i]!));
  return after.every(linkLike) ? links : [];
}
