/**
 * Names the tagger reads as verbs: wink tags an unknown capitalised word by its look, so "Garner
 * said", "Todd Hardy, Josh's father, said" and "said Ford left" come out with "Garner", "Josh" and
 * "Ford" as verbs, and the speaker or the clause is lost. Hand-written because it is one reading of
 * English capitals: inside a sentence a capitalised verb is a name (a verb is capitalised only where
 * a sentence or a quotation opens), and at the start it is one when a verb of saying, a possessive or a
 * comma follows it. A modal capitalised inside a sentence is a given name spelt like one, the same way.
 */
import type { Token } from '../../segment/tokens.ts';
import { REPORTING } from './reportingVerbs.ts';
import { NAME_PARTICLE as PARTICLE } from '../speakers/speakerPhrase.ts';

/** Capitalised, then lower case: "Garner", not "US" nor "McCain" (which the tagger knows). */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** Marks after which a capital opens a sentence or a quotation: there a verb may be a verb. */
const OPENS = /^(?:[“"‘'(:—–-]|\.)$/;

/**
 * The tokens with such names tagged PROPN (new objects for those; the others as they were).
 * Shared like the tokens it is given (only read them): a sentence's are retagged for its
 * attribution and again for the person it is about, so the answer is kept beside the tokens.
 */
export function retagNames(tokens: Token[]): Token[] {
  // Only a frozen array (a sentence's, from segmenting) cannot change after its answer is kept.
  if (!Object.isFrozen(tokens)) return retag(tokens);
  let out = retagged.get(tokens);
  if (!out) retagged.set(tokens, out = retag(tokens));
  return out;
}
const retagged = new WeakMap<Token[], Token[]>();

const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;
/** Longer than the longest of NAME_PARTICLE's words ("della"), a word is none of them: read from the pattern's own alternatives. */
const LONGEST_PARTICLE = Math.max(...PARTICLE.source.replace(/^\^\(\?:|\)\$$/g, '').split('|').map((w) => w.length));

/** "Carla [de] Souza", "Marco [van] [der] Berg": a particle between a capitalised word and the capitalised rest of a name. */
function isNameParticle(tokens: Token[], i: number): boolean {
  // Most tokens are longer than any particle: the pattern is tried only on the short ones (it was tried on every token not a name).
  const word = tokens[i]!.text;
  if (word.length > LONGEST_PARTICLE || !PARTICLE.test(word)) return false;
  let k = i - 1;
  while (k >= 0 && PARTICLE.test(tokens[k]!.text)) k--;
  let j = i + 1;
  while (j < tokens.length && PARTICLE.test(tokens[j]!.text)) j++;
  return k >= 0 && j < tokens.length && j - k <= 3 && CAPITALISED_WORD.test(tokens[k]!.text) && CAPITALISED_WORD.test(tokens[j]!.text) && tokens[k]!.pos === 'PROPN' && tokens[j]!.pos === 'PROPN';
}

function retag(tokens: Token[]): Token[] {
  let out: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'PROPN' && isNameParticle(tokens, i)) {
      out ??= [...tokens];
      out[i] = { ...t, pos: 'PROPN' };
      continue;
    }
    // "Reyes's brother, [Modal], told ...", "“...,” [Modal] said": a given name spelt like a modal, which
    // the tagger reads as the auxiliary, is a name as well inside a sentence.
    if (!(t.pos === 'VERB' || (t.pos === 'AUX' && i > 0)) || !CAPITALISED.test(t.text)) continue;
    const next = tokens[i + 1];
    const name = i > 0 ? !OPENS.test(tokens[i - 1]!.text) : !!next && (/^(?:,|['’]s)$/.test(next.text) || (next.pos === 'VERB' && REPORTING.has(next.lemma)));
    if (!name) continue;
    out ??= [...tokens];
    out[i] = { ...t, pos: 'PROPN', lemma: t.text.toLowerCase() };
  }
  return out ?? tokens;
}
