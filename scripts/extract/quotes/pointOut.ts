/**
 * "Experts point out the two are hard to compare", "the firm pointed out its tower was built to
 * code": "point out" with a clause after it reports speech. Not "pointed out the window" nor
 * "pointed to the map" (a direction, a thing shown): only when a clause with its own verb follows.
 */
import type { Token } from '../../segment/tokens.ts';

/** Whether the verb at `verbIndex` is "point" with "out" and a clause after ("pointed out (that) the pier was shut"). */
export function pointsOut(tokens: Token[], verbIndex: number): boolean {
  const verb = tokens[verbIndex]!;
  if (verb.lemma !== 'point' || verb.pos !== 'VERB' || /ing$/i.test(verb.text) || tokens[verbIndex + 1]?.text.toLowerCase() !== 'out') return false;
  const rest = tokens.slice(verbIndex + 2, verbIndex + 10);
  if (rest[0]?.lemma === 'that') return true;
  // No "that": a subject (a pronoun or a noun phrase) and then a finite verb, before any punctuation.
  if (!/^(?:PRON|DET|NOUN|PROPN|NUM)$/.test(rest[0]?.pos ?? '')) return false;
  for (const t of rest.slice(1)) {
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))) return true;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PART|PRON)$/.test(t.pos)) return false;
  }
  return false;
}
