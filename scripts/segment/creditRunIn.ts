/**
 * A photo credit run into a body paragraph: copied pages keep a picture's credit on the line of the
 * paragraph under it ("Photo: Wire “We will rebuild,” the mayor said."), or as a sentence of its own
 * ("Photo: WIRE."). The clean stage reads whole lines, and this line goes on into the story, so it
 * stays content; the credit is cut out of its sentence here, as hoverCards.ts cuts a name's card, so
 * no claim quotes it and no speaker is read from it.
 *
 * Read by its shape: a credit label ("Photo:", "Image:", "Credit:") where a sentence starts, then one
 * to five capitalised words (a name, an agency, "Jo Roe/Wire"), then a quotation mark opening the
 * story's sentence, or the sentence's end. A credit followed by prose words is left alone: where the
 * name ends and the story starts cannot be told from the shape.
 */

/** The credit: label, then capitalised words (an agency, a name, "Name/Agency", "via Agency"). */
const CREDIT = /(?<=^|[.!?]["”’)]?\s+)(?:Photo(?:graph)?|Image|Picture|Credit)s?\s*:\s*(?:(?:\p{Lu}[\p{L}\p{N}.'’&-]*|via)(?:\s*\/\s*|\s+)){0,4}\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?=["“])|\.?$|\.(?=\s+\p{Lu}))/gu;

/** Spans [start, end) of `text.slice(from, to)` (absolute offsets) that are photo credits run into the paragraph. */
export function creditRunIn(text: string, from: number, to: number): Array<[number, number]> {
  const slice = text.slice(from, to);
  if (!/(?:Photo|Image|Picture|Credit)s?\s*:/.test(slice)) return [];
  return [...slice.matchAll(CREDIT)].map((m) => [from + m.index, from + m.index + m[0].trimEnd().length] as [number, number]);
}
