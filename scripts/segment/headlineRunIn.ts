/**
 * A headline run into the dateline: copied pages keep the story's title on the line of its first
 * paragraph ("Ferry Fares Rise Again, Council Says PORTO, Portugal (Wire) - The city council ...").
 * The clean stage takes a title only from a line of its own; run into the story it stays content,
 * so the headline is cut off the paragraph's start here, as bylineRunIn.ts cuts a byline: its words
 * are no part of the first sentence, no speaker ("Council Says"), no figure.
 *
 * Read by its shape, anchored at both ends: at the paragraph's start, two to twenty words in title
 * case (each capitalised, a digit or a short function word, most capitalised, one at least not in
 * capitals only) with no sentence end among them; then a wire dateline: a place in capitals, maybe
 * a region ("PORTO, Portugal", "ST. LOUIS"), the outlet in brackets and a dash. The dateline in
 * brackets is what tells the story's start: without it, where the headline ends cannot be told.
 */

/** Words a title-case headline leaves in lower case. */
const SMALL = String.raw`(?:a|an|the|of|to|in|on|at|by|for|and|or|but|nor|as|with|from|into|over|after|vs\.?|v\.)`;
/** One headline word: capitalised (maybe after a quotation mark), a figure, or a small word. */
const WORD = String.raw`(?:["“‘']?(?:\p{Lu}[\p{L}\p{N}'’.&-]*|\p{N}[\p{L}\p{N}%$,.'’-]*)[,:;"”’']*|${SMALL})`;
/** The wire dateline the story opens on: "PORTO, Portugal (Wire) - ", "ST. LOUIS (Wire) — ". */
const DATELINE = String.raw`\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*\.?(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*\([^()\n]{1,40}\)\s*[-—–]{1,2}\s`;
const HEADLINE = new RegExp(String.raw`^(${WORD}(?:\s+${WORD}){1,19}?)\s+(?=${DATELINE})`, 'u');

/** The span [start, end) of `text.slice(from, to)` that is a headline run into the dateline, if any. */
export function headlineRunIn(text: string, from: number, to: number): Array<[number, number]> {
  const m = HEADLINE.exec(text.slice(from, Math.min(to, from + 300)));
  if (!m || m[1] === undefined || !isTitleCase(m[1])) return [];
  return [[from, from + m[1].length]];
}

/** Most words capitalised, and some lower-case letter (a line all in capitals runs into the place name). */
function isTitleCase(headline: string): boolean {
  const words = headline.split(/\s+/);
  const capitalised = words.filter((w) => /^["“‘']?[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised >= 2 && capitalised * 3 >= words.length * 2 && /\p{Ll}/u.test(headline);
}
