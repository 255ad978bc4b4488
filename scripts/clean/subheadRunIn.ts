/**
 * A subheading or a section's label run into the first words of the paragraph under it: copied pages
 * often lose the line break after a heading ("Lawyers to decide The decision means prosecutors ...",
 * "Harbor Gazette The sale includes ..."). Left whole, the heading opens the first sentence's
 * evidence and may lend it a speaker or a figure; this pass splits it off the line, as kickerRunIn.ts
 * splits a kicker in capitals: the heading is boilerplate, the paragraph stays content.
 *
 * Read by its grammar: in running prose a capitalised determiner, pronoun or preposition ("The",
 * "An", "He", "In") followed by a lower-case word starts a sentence, so it follows a sentence's end.
 * Where it follows two to seven words with no punctuation at all at the start of a line, those words
 * are a heading, not a sentence. Guards keep a sentence that merely lost its full stop: the heading
 * holds no finite verb ("was", "said", a word in -ed), does not open on a word that opens clauses
 * ("When", "And", "He"), and the paragraph after it is a sentence of 40 characters at least. "A" is
 * no opener here ("Vitamin A is", "hepatitis A infections"); a name after the opener ("The Times")
 * is a title, not a sentence's start.
 */
import { boiler, type Label } from './lineLabel.ts';
import { splitRunIns, type LabelledLines } from './runIn.ts';
import type { Line } from './splitLines.ts';

/** Words that open a sentence when capitalised and followed by a lower-case word. */
const OPENER = String.raw`(?:The|An|This|These|Those|It|He|She|They|We|His|Her|Its|Their|In|On|At|After|When|While|But)`;
/** The heading (two to seven plain words, the first capitalised), then the opener and a lower-case word. */
const RUN_IN = new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N}'’&-]*(?:\s[\p{L}\p{N}'’&-]+){1,6}?)\s(?=${OPENER}\s\p{Ll})`, 'u');
/** A heading does not open on a word that opens a clause or a sentence of prose. */
const CLAUSE_START = /^(?:The|A|An|And|But|Or|So|Then|Now|When|If|As|In|On|At|For|He|She|It|They|We|I|You|This|That|These|Those|There|Here|What|Why|How|Who|Yes|No|Well|Also|Still|Yet|After|Before|While|Since|Because|Although|Though|With|From|By|To|Of|My|Our|His|Her|Their|Its|One|Some|Many|Most|All)\b/;
/** A finite verb: the words were a sentence that lost its full stop, not a heading. */
const FINITE_VERB = /\b(?:is|was|were|are|be|been|has|have|had|said|says|will|would|can|could|did|does|do|may|might|must|shall|should|\p{Ll}+ed)\b/u;
/** The heading is short; the paragraph after it is at least this long and ends as a sentence. */
const MAX_HEAD = 60;
const MIN_BODY = 40;

/** Lines and labels with each content line that opens on a run-in heading split into its heading and its paragraph. */
export function splitSubheadRunIns(text: string, lines: Line[], labels: (Label | null)[]): LabelledLines {
  return splitRunIns(text, lines, labels, (line, label) => {
    const m = label === null ? RUN_IN.exec(line.text) : null;
    const head = m?.[1] ?? '';
    const body = m ? line.text.slice(m[0].length) : '';
    if (!m || head.length > MAX_HEAD || CLAUSE_START.test(head) || FINITE_VERB.test(head) || body.length < MIN_BODY || !/[.!?]["'”’)]*$/u.test(body)) return undefined;
    return { headEnd: head.length, bodyStart: m[0].length, label: boiler('navigation', 'a subheading run into the paragraph') };
  });
}
