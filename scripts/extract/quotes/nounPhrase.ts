/**
 * The words a speaker's noun phrase is made of, by part-of-speech tag: shared by the readers of
 * subjects (subjects.ts) and of the phrases that qualify them (qualifiedSubject.ts).
 */
import type { Token } from '../../segment/tokens.ts';
import { isPersonNoun } from '../speakers/descriptions.ts';

/** Whether the token may stand in a speaker's noun phrase ("the", "senior", "official", "Lima", "Lima's"). */
export function isNounPhraseWord(t: Token): boolean {
  if (/^(which|what|whose|that|whom)$/i.test(t.text)) return false; // "..., which organizers said": not part of the speaker
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'DET' || (t.pos === 'PRON' && /^(he|she|they|i|we)$/i.test(t.text)) || (t.pos === 'PART' && /^['’]s$/.test(t.text));
}

/**
 * "Editors and reporters (at the paper) said", "teachers and parents said": "and" between two plural
 * nouns for people makes one subject of both; cut at "and", the subject was its second part.
 */
export function joinsPeople(tokens: Token[], i: number): boolean {
  if (tokens[i]?.text !== 'and') return false;
  const people = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN') && /\p{Ll}s$/u.test(t.text) && isPersonNoun(t.text.toLowerCase().replace(/s$/, ''));
  return people(tokens[i - 1]) && people(tokens[i + 1]) && /^\p{Ll}/u.test(tokens[i + 1]!.text);
}

/** Where the noun phrase that ends at tokens[end] begins (end + 1 when tokens[end] is no noun-phrase word). */
export function nounPhraseStart(tokens: Token[], end: number): number {
  let n = end;
  while (n >= 0 && (isNounPhraseWord(tokens[n]!) || (n < end && joinsPeople(tokens, n)))) n--;
  return n + 1;
}
