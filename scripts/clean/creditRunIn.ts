/**
 * A photo credit run into the first words of a body paragraph: copied pages keep a picture's credit
 * on the line of the text under it ("Photo: Jo Roe/Wire Turns out the plan had worked. ..."). The
 * caption lexicon sets a line that opens on "Photo:" aside whole, which here loses the paragraph;
 * this pass splits such a line in two instead: the credit stays boilerplate, the rest is content.
 *
 * Read by its shape, and only where the rest is plainly a paragraph, not a caption: the credit is
 * one to six capitalised words after the label (a name, an agency, "Name/via Agency"); the story
 * starts at the first capitalised word followed by a lower-case one; and what follows is at least
 * two sentences and 200 characters long (a caption is one line of description).
 */
import { boiler, type Label } from './lineLabel.ts';
import { splitRunIns, type LabelledLines } from './runIn.ts';
import type { Line } from './splitLines.ts';

/** The label and the credit's words, then the story's first word and a lower-case word after it. */
const RUN_IN = /^(?:Photo(?:graph)?|Image|Picture)s?\s*:\s*((?:(?:\p{Lu}[\p{L}\p{N}.'’&-]*|via)(?:\/(?:\p{Lu}[\p{L}\p{N}.'’&-]*|via))*\s+){1,6}?)(?=\p{Lu}\p{Ll}+\s+\p{Ll})/u;
/** Words that open a description, not a credit ("Photos: The rise of ..."): such a line is a caption. */
const NOT_A_CREDIT = /^(?:The|A|An|This|These|That|Those|With|In|On|At|From|After|Before|During|Inside|Outside|Here|Left|Right|Top|Above|Below)\s/;
/** A paragraph is at least this long after the credit. */
const MIN_BODY = 200;
/** The story's first word followed by a reporting verb may be a surname, the credit's last word its first name: left whole. */
const REPORTING_NEXT = /^\p{Lu}\p{Ll}+\s+(?:said|says|told|added|wrote|asked)\b/u;

/** Lines and labels with each caption line that is a credit run into a paragraph split into its credit and its paragraph. */
export function splitCreditRunIns(text: string, lines: Line[], labels: (Label | null)[]): LabelledLines {
  return splitRunIns(text, lines, labels, (line, label) => {
    const m = label?.reason === 'caption' ? RUN_IN.exec(line.text) : null;
    const body = m ? line.text.slice(m[0].length) : '';
    if (!m || NOT_A_CREDIT.test(m[1]!) || REPORTING_NEXT.test(body) || body.length < MIN_BODY || !/[.!?]["”’]?\s+["“]?\p{Lu}/u.test(body) || /^(?:Photo|Image|Picture)s?\s*:/u.test(body)) return undefined;
    return { headEnd: m[0].trimEnd().length, bodyStart: m[0].length, label: boiler('caption', 'photo credit') };
  });
}
