/**
 * "Lima said by the time the ferry docked, the crew had left", "Reyes said if the pier holds, the
 * port will reopen": after "said" a clause may open on a circumstance (a preposition's phrase or a
 * subordinate clause) that a comma closes before the clause's own subject and verb. The
 * circumstance is part of what was said. Without that shape a circumstance after "said" is when or
 * where the speaking happened ("said on Monday", "said before leaving"), which is not reported.
 */
import type { Token } from '../../segment/tokens.ts';

/** How far the comma that closes the circumstance may be. */
const CIRCUMSTANCE_WITHIN = 12;
/** "said in a statement, which ...", "said in an interview, he ...": the circumstance of the speaking, not of what was said. */
const SPEECH_SETTING = /^(?:statement|interview|conference|briefing|email|e-mail|post|tweet|letter|speech|call|release|hearing|video|message|filing)s?$/i;

/** Whether the words from `from` (just after "said") are a circumstance, a comma, then a clause with its own subject and verb. */
export function circumstanceThenClause(tokens: Token[], from: number, verbIndex: number): boolean {
  const verb = tokens[verbIndex]!;
  // Only "say" in the active and in its plain order: "..., said Lima, at the pier" names the speaker.
  if (verb.lemma !== 'say' || /ing$/i.test(verb.text) || /^[,“”"’]$/.test(tokens[verbIndex - 1]?.text ?? '')) return false;
  const first = tokens[from];
  if (!first || !/^(?:ADP|SCONJ)$/.test(first.pos) || /^(?:whether|than|like|as)$/i.test(first.text)) return false;
  let comma = -1;
  for (let k = from + 1; k < Math.min(tokens.length, from + CIRCUMSTANCE_WITHIN); k++) {
    const t = tokens[k]!;
    if (/^[“”"():;]$/.test(t.text) || SPEECH_SETTING.test(t.text) || t.lemma === 'that') return false;
    if (t.text === ',') { comma = k; break; }
  }
  if (comma < 0) return false;
  // The clause: a subject (a pronoun, or a noun phrase of a few words) then a finite verb.
  const subject = tokens[comma + 1];
  if (!subject || !/^(?:PRON|DET|NOUN|PROPN|NUM|ADJ)$/.test(subject.pos) || /^(?:which|who|whom|whose|where|when|what)$/i.test(subject.text)) return false;
  for (let k = comma + 2; k < Math.min(tokens.length, comma + 7); k++) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))) return /^(?:PRON|NOUN|PROPN|NUM)$/.test(tokens[k - 1]!.pos) || t.pos === 'AUX';
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(t.pos)) return false;
  }
  return false;
}
