/**
 * "Tom Reyes had flown home after his wife called", "Ana Lima and her lawyer left": a sentence that
 * opens with a person's full name and, in lower-case words only, reaches "his" or "her" after a preposition or
 * "and" speaks of that person's own, so the name takes that pronoun (for "he"/"she" agreement in
 * resolveSpeaker.ts). Kept narrow on purpose: a capital, a comma or a quotation mark in between may
 * bring in someone else the possessive is about, and so may a person's noun ("told the boy about
 * his school"); "her" after a verb may be an object ("told her"), so only after a preposition. A
 * full name only: a surname alone may be a relative's ("Reyes" for his wife as well).
 */
import { isPersonNoun } from './descriptions.ts';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+`;
/** A full name, up to eight lower-case words (the last a preposition or "and"), then the possessive and a lower-case word. */
const OPENING_POSSESSIVE = new RegExp(String.raw`^(${NAME_WORD}(?:\s+${NAME_WORD}){1,2})\s+((?:\p{Ll}+\s+){0,7}(?:after|before|since|from|with|to|for|about|into|of|on|in|at|by|and))\s+(his|her)\s+\p{Ll}`, 'u');
/** Capitalised words that open sentences or groups, not a person's given name. */
const NOT_A_PERSON = /^(?:The|A|An|As|Any|All|Many|Some|Most|Now|Today|Then|So|Yet|Still|Also|Even|Just|Though|Although|What|Who|This|That|These|Those|When|While|After|Before|During|According|If|But|And|In|On|At|For|It|He|She|They|We|His|Her|Their|Mr|Mrs|Ms|Police|Officials|Authorities)$/;

/** The name opening the sentence and the pronoun its possessive gives it, if the sentence reads so. */
export function subjectPossessive(sentence: string): { name: string; pronoun: 'he' | 'she' } | undefined {
  const m = OPENING_POSSESSIVE.exec(sentence);
  if (!m) return undefined;
  const name = m[1]!;
  // "Kennedy’s era and ... his detail": a possessive name is not the sentence's subject.
  if (/['’]s$/.test(name) || NOT_A_PERSON.test(name.split(/\s+/)[0]!)) return undefined;
  // The preposition itself is no noun ("after" has an agent noun's ending).
  if (m[2]!.split(/\s+/).slice(0, -1).some((w) => isPersonNoun(w))) return undefined;
  return { name, pronoun: m[3] === 'his' ? 'he' : 'she' };
}
