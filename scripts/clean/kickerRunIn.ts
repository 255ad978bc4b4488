/**
 * A kicker in capitals run into the first words of a paragraph: a page's section label set off by
 * a pipe ("THE WEEK IN REVIEW | Ana Lima said on Monday ...") or a headline in capitals that asks
 * or exclaims ("WILL THE FERRY RUN AGAIN? Council members said ..."). Copied pages keep it on the
 * line of the story's first paragraph, where it would open the first sentence's evidence; this
 * pass splits it off the line, as creditRunIn.ts splits a photo credit: the kicker is boilerplate,
 * the rest stays content.
 *
 * Read by its shape: at the line's start, two to sixteen words in capitals only (figures and
 * apostrophes allowed, one word of three capitals at least), then a pipe, a question mark or an
 * exclamation mark, then a sentence in ordinary case (a capital and a lower-case letter) of at least
 * 40 characters. A colon is left out on purpose: "NAME: ..." is a transcript's speaker label,
 * which is the story; so is a dateline ("PORTO (Wire) - ..."), which ends on a dash, not here.
 */
import { boiler, type Label } from './lineLabel.ts';
import { splitRunIns, type LabelledLines } from './runIn.ts';
import type { Line } from './splitLines.ts';

/** The kicker: capitals-only words, then its mark ("|", "?" or "!") and the space before the story. */
const KICKER = /^((?:[\p{Lu}\p{N}][\p{Lu}\p{N}'’&,.-]*)(?:\s+[\p{Lu}\p{N}][\p{Lu}\p{N}'’&,.-]*){1,15}\s*(?:\||\?|!))\s+(?=\p{Lu}\p{Ll})/u;
/** The story after the kicker is at least this long. */
const MIN_BODY = 40;

/** Lines and labels with each content line that opens on a kicker split into its kicker and its paragraph. */
export function splitKickerRunIns(text: string, lines: Line[], labels: (Label | null)[]): LabelledLines {
  // Cheap test first: most lines do not open on two capitals.
  if (!lines.some((l, i) => labels[i] === null && /^\p{Lu}{2}/u.test(l.text))) return { lines, labels };
  return splitRunIns(text, lines, labels, (line, label) => {
    const m = label === null ? KICKER.exec(line.text) : null;
    if (!m || !/\p{Lu}{3}/u.test(m[1]!) || line.text.length - m[0].length < MIN_BODY) return undefined;
    return { headEnd: m[1]!.length, bodyStart: m[0].length, label: boiler('navigation', 'a section label or headline in capitals run into the paragraph') };
  });
}
