/**
 * Weak evidence of "he" or "she" from a person's given name, for when the articles themselves never
 * say (no "Mr."/"Ms.", no "he"/"she" read of the person yet). The lists of gender-detection-from-name
 * guess even for names used for anyone ("Jordan", "Robin"), so a guess counts only when two of its
 * lists agree and none says otherwise; resolveSpeaker.ts uses it only to choose between people.
 */
import { createRequire } from 'node:module';

type Gender = 'male' | 'female';
const require = createRequire(import.meta.url);
/**
 * The package's per-language maps (its getGender answers with the first map that knows the name,
 * which hides that others disagree): a list that disagrees makes the name unsure ("Robin"). The
 * French list is left out: it calls many men's names women's ("Thomas", "Paul", "Robert").
 */
const LISTS: Array<Map<string, Gender>> = ['en', 'it', 'es', 'de', 'tr'].map((lang) => require(`gender-detection-from-name/names/${lang}`) as Map<string, Gender>);

/**
 * Family names that a Korean, Chinese or Vietnamese name writes first and that the lists take for
 * given names ("Kim" as a woman's): never read as a given name.
 */
const FAMILY_FIRST = new Set(['kim', 'lee', 'park', 'li', 'chen', 'yu', 'sun', 'ma', 'jin', 'nguyen', 'tran', 'le']);

/**
 * English given names borne by men and women alike, which the lists still give one gender
 * ("Jordan" male, "Kelly" female): never read as either.
 */
const EITHER = new Set(['jordan', 'robin', 'taylor', 'alex', 'sam', 'chris', 'pat', 'jamie', 'casey', 'morgan', 'dana', 'kelly', 'jean', 'terry', 'leslie', 'lesley', 'sasha', 'shannon', 'tracy', 'tracey', 'jesse', 'jessie', 'jackie', 'billie', 'drew', 'riley', 'avery', 'quinn', 'cameron', 'charlie', 'toni', 'sydney', 'kerry', 'carey', 'stacy', 'ashley', 'lindsay', 'lindsey', 'kendall', 'reese', 'rory', 'sandy', 'angel', 'noel', 'dominique', 'andrea', 'nicola', 'kai', 'ari', 'eden', 'jody', 'jodie', 'frankie', 'bobbie', 'lee', 'kim', 'marion', 'shelby', 'skyler', 'devon', 'emerson', 'hayden', 'harper', 'parker', 'peyton', 'logan', 'blake', 'finley', 'rowan', 'sage']);

/** "he" or "she" for a full name's given name when the lists are sure of it, else undefined. */
export function pronounFromGivenName(fullName: string): 'he' | 'she' | undefined {
  const words = fullName.split(/\s+/);
  if (words.length < 2) return undefined;
  const given = words[0]!.toLowerCase();
  if (!/^\p{L}{2,}$/u.test(given) || FAMILY_FIRST.has(given) || EITHER.has(given)) return undefined;
  const said = LISTS.map((list) => list.get(given)).filter((g): g is Gender => g !== undefined);
  if (said.length < 2 || said.some((g) => g !== said[0])) return undefined;
  return said[0] === 'male' ? 'he' : 'she';
}
