/**
 * "Ana Lima seemed well that morning. By noon, she could not stand.": a sentence that opens with
 * "he" or "she" (after at most a short opening phrase) right after a sentence that names one person
 * and no one else speaks of that person, so the name takes that pronoun (for "he"/"she" agreement
 * in resolveSpeaker.ts: a later "she said" is then not a boy named just before).
 *
 * Kept narrow on purpose, since a wrong pronoun turns a right speaker into none: the earlier
 * sentence must name exactly one person by full name, quote no one, hold no other pronoun of a person (in "Tom
 * Reyes met her" the "she" that follows may be the other), and no noun for a person ("Tom Reyes met
 * the nurse. She said ..." may be the nurse). Two readings that disagree cancel (NameBook's "both").
 */
import { isPersonNoun } from './descriptions.ts';

/** "He ...", "That evening, she ...": the pronoun as the subject, then a lower-case word. */
const OPENING_PRONOUN = /^(?:(?:[\p{L}\d'’-]+\s+){0,3}[\p{L}\d'’-]+,\s+)?(he|she)\s+\p{Ll}/iu;
const QUOTATION_MARK = /["“”«»]/;
const PERSON_PRONOUN = /\b(?:he|she|him|her|his|hers|himself|herself)\b/i;
/** A lower-case noun after a determiner and at most one more word: "the nurse", "a local doctor" (not "before dinner"). */
const DETERMINED_NOUN = /\b(?:the|a|an|one|another|this|that|their|its|our|your)\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/gu;

/** Whether the sentence could hand its one named person to a pronoun opening the next one. */
export function namesOnlyOnePerson(sentence: string, fullNames: readonly string[]): string | undefined {
  const distinct = new Set(fullNames);
  // Inside quotation marks the person is spoken of by someone the sentence may not name.
  if (distinct.size !== 1 || PERSON_PRONOUN.test(sentence) || QUOTATION_MARK.test(sentence)) return undefined;
  const name = [...distinct][0]!;
  // "The Daily Ledger reported ...": a name after "the" is a body's or a thing's, not a person's.
  const at = sentence.indexOf(name);
  if (at >= 0 && /(?:^|\s)the\s+$/i.test(sentence.slice(Math.max(0, at - 5), at))) return undefined;
  // A person's noun is looked for after a determiner only: bare "-er" words are often things ("dinner").
  for (const m of sentence.matchAll(DETERMINED_NOUN)) if (isPersonNoun(m[1]!) || (m[2] && isPersonNoun(m[2]))) return undefined;
  return name;
}

/**
 * The pronoun a sentence opens with as its subject ("That evening, he vomited": he), if it does and
 * it can be `person`: in "She thanked Lima" the pronoun is someone other than Lima.
 */
export function openingPronoun(sentence: string, person: string): 'he' | 'she' | undefined {
  const m = OPENING_PRONOUN.exec(sentence);
  if (!m) return undefined;
  if (person.split(/\s+/).some((word) => sentence.includes(word))) return undefined;
  return m[1]!.toLowerCase() === 'he' ? 'he' : 'she';
}
