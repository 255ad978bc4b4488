/**
 * Headlines of other stories run into the end of a body paragraph: copied pages keep a "more
 * stories" strip on the paragraph's line ("... she plans to write a book. Storm Hits Harbor Town
 * Mayor Thanks Volunteers"). The clean stage reads whole lines and keeps this one for its story; the
 * headlines are cut off its end here, as hoverCards.ts cuts a name's card, so no figure in them
 * becomes a claim.
 *
 * Read by its shape, with the clean stage's headline test (every word capitalised, no sentence end),
 * and only for the paragraph's last sentence after at least one sentence of prose; never a letter's
 * signature in capitals (an advice column's "-- WORRIED IN PORTO").
 */
import { isTitleCaseHeadline } from '../clean/lexicon/titleCaseHeadline.ts';

/** The span of the paragraph's last sentence if it is a run of headlines after the story, else none. */
export function teaserRunIn(text: string, spans: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const last = spans[spans.length - 1];
  if (spans.length < 2 || !last) return [];
  const sentence = text.slice(last[0], last[1]);
  // A line in capitals, or one after a dash, signs a letter ("-- WORRIED IN PORTO"): the writer's words, kept.
  if (!/\p{Ll}/u.test(sentence) || /^[-–—]/.test(sentence)) return [];
  return isTitleCaseHeadline(sentence) ? [[last[0], last[1]]] : [];
}
