/**
 * What a count of people counts them as (killed, hurt, arrested...), for telling apart the groups
 * one figure counts in one event. measuredThing.ts reads no role in a clause that names a year,
 * since such a figure most likely belongs to an earlier event and is not to be set against this
 * one's ("two workers were hurt in the 2015 blast"); for grouping, that role still tells the two
 * apart: two counts of one size, one of the dead and one of the hurt of another year, are two facts.
 * A role read through a year is keyed with the year, so that the dead of one year and the dead of
 * another stay apart too (rolesAgree); not from a count with no year, which news often gives of the
 * very event another sentence dates ("the 2012 attack took four lives" / "the four men who died").
 */
import type { QuantityMention } from '../contracts/stages.ts';
import { measuredThing } from './measuredThing.ts';

/** A year, as measuredThing.ts reads one. */
const YEAR = /\b(?:19|20)\d\d\b/g;

/**
 * The role a count of people is given, for grouping: measuredThing's where it reads one; else, where
 * the sentence names a year, the role read as if it did not, with the years it names ("injuries@2015").
 */
export function groupingRole(m: QuantityMention): string | undefined {
  const role = measuredThing(m, true)?.key.split('|')[1];
  if (role) return role;
  const years = m.sentence.text.match(YEAR);
  if (!years) return undefined;
  // The same text with its years blanked, letter for letter, so that every offset still holds.
  const text = m.sentence.text.replace(YEAR, (y) => 'y'.repeat(y.length));
  const unyeared = measuredThing({ ...m, sentence: { ...m.sentence, text } }, true)?.key.split('|')[1];
  return unyeared ? `${unyeared}@${[...new Set(years)].sort().join(',')}` : undefined;
}

/** Two grouping roles that may be one group's: the same role, and where both name years, a year in common. */
export function rolesAgree(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return true;
  const [roleA, yearsA] = a.split('@');
  const [roleB, yearsB] = b.split('@');
  if (roleA !== roleB) return false;
  if (!yearsA || !yearsB) return true;
  const inA = new Set(yearsA.split(','));
  return yearsB.split(',').some((y) => inA.has(y));
}

/** Of two agreeing roles, the one that says more (the one with its years), to stand for the group they join. */
export function moreSpecificRole(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return b.includes('@') && !a.includes('@') ? b : a;
}

/** "two of the suspects", "three of them": the figure counts a part of a group named after it. */
const PART_OF = /^\s+of\s+(?:the|them|those|these|its|their|his|her)\b/i;

/**
 * Whether a count of people is of a part of a group ("two of the suspects"): such a count is one
 * group's only with a count by the same noun, never with people in general or another noun's count
 * through the words its sentence shares, since the part is of a group the story already counted.
 */
export function countsAPart(m: QuantityMention): boolean {
  return PART_OF.test(m.sentence.text.slice(m.end - m.sentence.start));
}
