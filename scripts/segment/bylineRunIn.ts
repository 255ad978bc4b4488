/**
 * A byline run into the story's first sentence: copied pages keep the writer's name, the date and
 * the section on the line of the first paragraph ("By Jo Roe Oct 3, 2031 in Science A bridge that
 * ..."). The clean stage sets a byline line aside when it stands alone; run into the story it stays
 * content, so the byline is cut off the paragraph's start here, as hoverCards.ts cuts a name's card:
 * a name in it is no speaker, its date no figure of the story.
 *
 * Read by its shape, anchored at both ends: "By", one to four capitalised words (the name), a full
 * date (month, day, year) and optionally "in" and a section; then the story's capitalised first word.
 */

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/** The byline at the paragraph's start, up to the space before the story's first word. */
const BYLINE = new RegExp(String.raw`^(?:By\s+){1,2}(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}?(?:[,•|]\s*)?${MONTH}\s+\d{1,2},\s+\d{4}(?:\s+in\s+\p{Lu}[\p{L}-]*(?:\s+&\s+\p{Lu}[\p{L}-]*)?)?(?=\s+["“]?\p{Lu})`, 'u');

/** The span [start, end) of `text.slice(from, to)` that is a byline opening the paragraph, if any. */
export function bylineRunIn(text: string, from: number, to: number): Array<[number, number]> {
  const m = BYLINE.exec(text.slice(from, Math.min(to, from + 200)));
  return m ? [[from, from + m[0].length]] : [];
}
