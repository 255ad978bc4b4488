/**
 * Counted phrases that name one thing in two sources, whatever else their sentences say: value
 * conflicts (valueConflicts.ts) compare such figures in sentences too unalike to pair on their words.
 */
import type { Quantity } from '../contracts/facts.ts';
import { PEOPLE } from './countedThings.ts';
import { contentWords } from './words.ts';

/** Describing words two counted phrases of one unit must share to name one thing ("other", a stopword, is not one). */
const MIN_SHARED_DESCRIPTION = 2;

/**
 * Two counted phrases of the same unit that share at least two describing words besides the unit's
 * noun ("private religious colleges" / "small private colleges" share one, so no; "small private
 * colleges" / "small private liberal arts colleges" share two). One shared word was too
 * weak: scored on the held-out gold it added a false conflict for each right one.
 */
export function countedAlike(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || !a.counts || !b.counts) return false;
  const wa = describingWords(a.counts, a.unit);
  if (wa.size < MIN_SHARED_DESCRIPTION) return false;
  let n = 0;
  for (const w of describingWords(b.counts, b.unit)) if (wa.has(w)) n++;
  return n >= MIN_SHARED_DESCRIPTION;
}

/** The content words of a counted phrase other than figures and the unit's own noun ("colleges" in "small private colleges"). */
function describingWords(counts: string, unit: string): Set<string> {
  const noun = new Set(contentWords(unit));
  return new Set(contentWords(counts).filter((w) => !noun.has(w) && !/\d/.test(w)));
}

/** How far apart two sources' counts of one group may be and still be one count told two ways (120 and 247 are; 3 and 30 are not). */
const MAX_RATIO_OF_A_GROUP = 2;

/**
 * Two counts of people named by the very same phrase ("Veldanians", "children", "people") within
 * a factor of two of each other: news tells one event's toll, crowd or family in sentences worded
 * apart ("medics said 120 Veldanians had been killed by Sunday" / "the shelling has now killed at
 * least 200 Veldanians"), so their sentences need share only two words. Counts of other things named alike
 * ("cases", "states", "times closer") are many things in one story, and keep the sentence gate.
 */
export function sameGroupCounted(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || !a.counts || !b.counts || a.counts.toLowerCase() !== b.counts.toLowerCase() || !countsPeople(a)) return false;
  const [low, high] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
  return low > 0 && high / low <= MAX_RATIO_OF_A_GROUP;
}

/** A count of people: its noun is one of PEOPLE ("workers", "children"), or a capitalised group ("Veldanians"). */
export function countsPeople(q: Quantity): boolean {
  const last = (q.counts ?? '').split(/[\s-]+/).pop() ?? '';
  if (/^\p{Lu}\p{Ll}+s$/u.test(last)) return true;
  const lower = last.toLowerCase();
  const singular = lower === 'people' ? 'people' : lower === 'children' ? 'child' : lower === 'men' ? 'man' : lower === 'women' ? 'woman' : lower.replace(/s$/, '');
  return PEOPLE.has(singular);
}
