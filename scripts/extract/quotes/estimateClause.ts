/**
 * "Port officials estimate the city would lose $5 million a day": estimating reports a clause even
 * without "that", when a clause follows the verb. Without "that" news uses the word far more for
 * other things ("an estimated 300", "the cost is estimated at", "estimated the cost at $5 million"),
 * so the clause must show itself: the verb opens on a noun phrase that a finite verb follows, before
 * any punctuation. An object alone ("estimated the damage at ...") reports nothing here.
 */
import type { Token } from '../../segment/tokens.ts';

/** How far after "estimate" the clause's own verb may come: a noun phrase of a few words. */
const CLAUSE_VERB_WITHIN = 8;

/** Whether the verb at `verbIndex` is "estimate" reporting a clause with no "that" ("Lima estimates the ratio is five to one"). */
export function estimatesClause(tokens: Token[], verbIndex: number): boolean {
  const verb = tokens[verbIndex]!;
  if (verb.lemma !== 'estimate' || /ing$/i.test(verb.text)) return false;
  const before = tokens[verbIndex - 1];
  // The tagger reads "Historians estimate ..." and "Lima estimates ..." as nouns: after a name, a
  // noun or a pronoun (its subject), and with a clause after it, it is the verb. Not "our first
  // estimate", "the scientists' estimate of": no subject stands right before those.
  const mistagged = verb.pos === 'NOUN' && /^estimates?$/i.test(verb.text) && /^(?:NOUN|PROPN|PRON)$/.test(before?.pos ?? '');
  if (verb.pos !== 'VERB' && !mistagged) return false;
  // "an estimated 300", "is estimated to", "of estimated losses": a modifier or a passive, not someone estimating.
  if (!before || /^(?:DET|AUX|ADP|PUNCT|NUM|ADJ)$/.test(before.pos) || before.lemma === 'to') return false;
  const first = tokens[verbIndex + 1];
  if (!first || !/^(?:DET|NUM|PROPN|NOUN|ADJ|PRON|ADV)$/.test(first.pos) || first.lemma === 'that') return false;
  for (let k = verbIndex + 2; k < Math.min(tokens.length, verbIndex + 2 + CLAUSE_VERB_WITHIN); k++) {
    const t = tokens[k]!;
    // A possessive's mark ("the county's tax has cost") is part of the noun phrase.
    if (t.pos === 'PART' && /^['’]s?$/.test(t.text)) continue;
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return false;
    // A finite verb: an auxiliary ("would lose", "is", "were murdered") or a verb in -s or -ed that a noun phrase just opened.
    if (t.pos === 'AUX') return true;
    // Not a participle that qualifies the noun: "estimated the damage caused by the storm at ..." ("caused by").
    if (t.pos === 'VERB') return !/ing$/i.test(t.text) && /^(?:NOUN|PROPN|PRON|NUM)$/.test(tokens[k - 1]!.pos) && !(/ed$/i.test(t.text) && tokens[k + 1]?.pos === 'ADP');
  }
  return false;
}
