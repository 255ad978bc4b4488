/**
 * Whether a reported clause names the person a pronoun was taken for: "She noted that Lima is still
 * grieving" is never Lima's own report (a pronoun and a name it commands in its own clause are two
 * people), so "she" there is someone else: the person named before Lima, if the text has one.
 */
import type { NameBook } from './nameBook.ts';

/** A word that opens a clause the main one depends on: "Even though he said ..., Lima said" may be Lima. */
const SUBORDINATE = /\b(?:although|though|while|when|whenever|after|before|if|because|as|since|once|until|unless)\b/i;

/**
 * The part of a reported clause that the pronoun reporting it commands: only when the pronoun comes
 * before the clause and opens the main clause ("She noted that Lima ...", not "Lima is tired, she
 * said" nor "Even though he said ..., Lima said").
 */
export function commandedClause(sentence: string, clause: readonly [number, number]): string | undefined {
  const at = sentence.search(/\b(?:he|she|He|She)\b/);
  if (at < 0 || at >= clause[0] || SUBORDINATE.test(sentence.slice(0, at))) return undefined;
  return sentence.slice(clause[0], clause[1]);
}

/** The family name alone, or after a given name or an honorific ("Lima", "Ms. Lima", "Ana Lima"), not inside another's name. */
export function namedInClause(name: string, clause: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const family = words[words.length - 1]!;
  // Cheap test first: most clauses do not hold the family name at all.
  if (!clause.includes(family)) return false;
  const pattern = new RegExp(`(?<![\\p{L}'’-])(?:(\\p{Lu}[\\p{L}'’-]*\\.?)\\s+)?${family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'gu');
  for (const m of clause.matchAll(pattern)) {
    const before = m[1];
    // "her son Tom Lima": another of the family; "Ana Lima", "Ms. Lima", "Lima": the person.
    if (!before || before === words[0] || /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/.test(before)) return true;
  }
  return false;
}

/**
 * The latest of the last four people named before, other than `name`, whom the clause does not name:
 * theirs, when the pronoun may stand for them; else attributed to no one named ({}).
 */
export function otherPerson(people: ReadonlyArray<{ name?: string; role?: string }>, name: string, clause: string, pronoun: string, names: NameBook): { name?: string; role?: string } {
  for (let i = people.length - 1; i >= 0 && i >= people.length - 4; i--) {
    const p = people[i]!;
    if (!p.name || p.name === name || !names.isPerson(p.name) || namedInClause(p.name, clause)) continue;
    const known = names.pronounOf(p.name);
    return known === undefined || known === pronoun ? { ...p } : {};
  }
  return {};
}
