/**
 * Hover cards run into a paragraph: some outlets' pages link a person's name to a card (the full
 * name, the latest headlines about them, "MORE"), and copied text keeps the card inside the
 * sentence: "... accused Chairman Ana Lima Ana Maria LimaCouncil backs plan Lima says no MORE
 * of ...". The card is page chrome in the middle of a body paragraph, so the clean stage (whole
 * lines) cannot set it aside; sentences are cut around it instead, so no claim quotes it.
 *
 * Read by its shape, not by any outlet's name: a name whose last word ends it, then a fuller form
 * of that name ending in the same word, then headline text (no sentence break), then "MORE" in
 * capitals. The card starts at the fuller name; the first naming stays in the sentence.
 */

/**
 * The surname, one to three more capitalised words and the surname again, then the headlines (glued
 * to the name, or a capitalised word before a lower-case one or a colon: not more of a name) and "MORE".
 */
const CARD = /\b(\p{Lu}[\p{Ll}'’-]+)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\1)(?:(?=\p{Lu})|\s(?=\p{Lu}\p{Ll}*(?::\s|\s+\p{Ll})))[^\n]{10,400}?\sMORE(?![\p{L}\p{N}])/gu;
/** Headlines are not sentences: a full stop followed by a space and a capital inside the card means it is prose. */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}\p{Ll}/u;

/** Spans [start, end) of `text.slice(from, to)` (absolute offsets) that are hover cards. */
export function hoverCards(text: string, from: number, to: number): Array<[number, number]> {
  const cards: Array<[number, number]> = [];
  const slice = text.slice(from, to);
  if (!slice.includes('MORE')) return cards;
  for (const m of slice.matchAll(CARD)) {
    const start = m.index + m[0].indexOf(m[2]!, m[1]!.length);
    const card = slice.slice(start, m.index + m[0].length);
    if (SENTENCE_BREAK.test(card)) continue;
    cards.push([from + start, from + m.index + m[0].length]);
  }
  return cards;
}

/** Sentence spans with the cards cut out: the words before and after a card become spans of their own. */
export function withoutCards(text: string, spans: ReadonlyArray<[number, number]>, cards: ReadonlyArray<[number, number]>): Array<[number, number]> {
  if (cards.length === 0) return [...spans];
  const out: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    let pieceStart = start;
    for (const [cardStart, cardEnd] of cards) {
      if (cardEnd <= pieceStart || cardStart >= end) continue;
      push(text, out, pieceStart, Math.min(cardStart, end));
      pieceStart = Math.max(pieceStart, cardEnd);
    }
    push(text, out, pieceStart, end);
  }
  return out;
}

/** A piece trimmed of white space, kept only if it holds a letter or a digit. */
function push(text: string, out: Array<[number, number]>, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push([start, end]);
}
