/**
 * Names the tagger reads as verbs: wink tags an unknown capitalised word by its look, so "Garner
 * said", "Todd Hardy, Josh's father, said" and "said Ford left" come out with "Garner", "Josh" and
 * "Ford" as verbs, and the speaker or the clause is lost. Hand-written because it is one reading of
 * English capitals: inside a sentence a capitalised verb is a name (a verb is capitalised only where
 * a sentence or a quotation opens), and at the start it is one when a verb of saying, a possessive or a
 * comma follows it.
 */
import type { Token } from '../../segment/tokens.ts';
import { REPORTING } from './reportingVerbs.ts';

/** Capitalised, then lower case: "Garner", not "US" nor "McCain" (which the tagger knows). */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Marks after which a capital opens a sentence or a quotation: there a verb may be a verb. */
const OPENS = /^(?:[“"‘'(:—–-]|\.)$/;

/** The tokens with such names tagged PROPN (new objects for those; the others as they were). */
export function retagNames(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !CAPITALISED.test(t.text)) return;
    const next = tokens[i + 1];
    const name = i > 0 ? !OPENS.test(tokens[i - 1]!.text) : !!next && (/^(?:,|['’]s)$/.test(next.text) || (next.pos === 'VERB' && REPORTING.has(next.lemma)));
    if (!name) return;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'PROPN', lemma: t.text.toLowerCase() };
  });
  return out ?? tokens;
}
