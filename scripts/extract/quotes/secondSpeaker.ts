/**
 * Two speakers in one reported clause: in "Lima said the board would not move, and Reyes says he has
 * lost count" the words after "and" are Reyes's, though the sentence's attribution ("Lima said")
 * comes first. Hand-written: it reads the tagger's tokens the attribution already has, and no kept
 * library marks clause subjects.
 */
import type { Token } from '../../segment/tokens.ts';
import { QUOTING, REPORTING } from './reportingVerbs.ts';

/**
 * Words that open a second clause with its own subject: "..., while Reyes said", "... and Reyes
 * expressing". Not a bare comma, which also opens an apposition.
 */
const CLAUSE_OPENER = /^(?:while|whereas|but|and|;)$/i;

/** Verbs that make their subject the speaker of a clause of its own: "..., while Reyes warned ...", "and Reyes expressing concern". */
const SPEECH_ACTS = new Set([...REPORTING, ...QUOTING, 'express', 'voice']);

/**
 * In a reported clause ("Lima said [the board would not move, while Reyes warned of delays]"), a
 * second clause opened by "while", "whereas", "but" or "and" whose subject is a person with a verb of
 * speech: that person's words, not the first speaker's. Offsets are the sentence's: where the first
 * speaker's words end, and where the second clause (its subject included) starts.
 */
export function secondSpeaker(tokens: readonly Token[], from: number, to: number, isPerson: (name: string) => boolean): { cut: number; start: number; name: string } | undefined {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.start < from || t.end > to || !CLAUSE_OPENER.test(t.text)) continue;
    let end = k + 1;
    while (tokens[end]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[end]!.text)) end++;
    if (end === k + 1) continue;
    let verb = end;
    while (tokens[verb]?.pos === 'ADV') verb++;
    const v = tokens[verb];
    if (!v || v.end > to || v.pos !== 'VERB' || !SPEECH_ACTS.has(v.lemma)) continue;
    const name = tokens.slice(k + 1, end).map((x) => x.text).join(' ');
    if (!isPerson(name)) continue;
    // The first speaker's words end before the opener and its comma.
    let last = k - 1;
    while (last >= 0 && tokens[last]!.pos === 'PUNCT') last--;
    if (last < 0 || tokens[last]!.end <= from) return undefined;
    return { cut: tokens[last]!.end, start: tokens[k + 1]!.start, name };
  }
  return undefined;
}
