/**
 * Vote tallies: "the Senate voted 52-48", "passed 219-212", "by a vote of 60 to 40", "a 7-2
 * vote". The two figures are counts of votes (for, then against), which the words around them
 * say; alone, each is a bare number with nothing to count. A range is read first ("between 40
 * and 45", "40-45" with the low figure first), so a tally is a pair whose first figure is not the
 * lower one.
 */
import type { NumberMention } from './numbers.ts';

/** The joint of a tally: "52-48", "52 – 48", "60 to 40", "7-to-2". */
const JOINT = /^\s?[-–]\s?$|^\s+to\s+$|^-to-$/;
/** Words before a tally that make it one of votes. */
const VOTE_BEFORE = /\b(?:vot(?:e|es|ed|ing)(?:\s+of)?|passed(?:\s+(?:it|the\s+\w+))?|approved(?:\s+(?:it|the\s+\w+))?|rejected(?:\s+(?:it|the\s+\w+))?|confirmed(?:\s+(?:him|her|them))?|margin\s+of|tally\s+of)\s+(?:by\s+)?(?:an?\s+)?$/i;
/** Words right after a tally that make it one of votes: "a 7-2 vote", "a 52-48 tally". */
const VOTE_AFTER = /^[\s-]+(?:votes?|tally|margin)\b/i;

/** The figures of `figures` (in text order) that are the two sides of a vote tally, for and against. */
export function voteTallies(text: string, figures: readonly NumberMention[]): Map<NumberMention, 'for' | 'against'> {
  const sides = new Map<NumberMention, 'for' | 'against'>();
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k]!, figures[k + 1]!];
    if (a.kind !== 'count' || b.kind !== 'count' || a.qualifier || b.qualifier || a.value < b.value) continue;
    if (!Number.isInteger(a.value) || !Number.isInteger(b.value) || !JOINT.test(text.slice(a.end, b.start))) continue;
    // ("by a 3-to-1 margin" after no vote word is a ratio, as ratioPairs reads it.)
    const after = text.slice(b.end);
    if (!VOTE_BEFORE.test(text.slice(0, a.start)) && !(VOTE_AFTER.test(after) && !(text.slice(a.end, b.start) === '-to-' && /^[\s-]+margin/i.test(after)))) continue;
    sides.set(a, 'for');
    sides.set(b, 'against');
    k++;
  }
  return sides;
}

/**
 * "The visitors led 14-7 at halftime", "was 20-of-24 passing": a pair of bare figures joined by a hyphen
 * (or "-of-"), the first not the lower, that is no vote tally: a score, which no count noun before it
 * counts. Their figures are returned so that they borrow no noun.
 */
export function scorePairs(text: string, figures: readonly NumberMention[], tallied: ReadonlyMap<NumberMention, unknown>): Set<NumberMention> {
  const scores = new Set<NumberMention>();
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k]!, figures[k + 1]!];
    if (tallied.has(a) || a.kind !== 'count' || b.kind !== 'count' || a.qualifier || b.qualifier) continue;
    if (!Number.isInteger(a.value) || !Number.isInteger(b.value) || !/^[-–](?:of-)?$/.test(text.slice(a.end, b.start))) continue;
    scores.add(a);
    scores.add(b);
  }
  return scores;
}

/**
 * "by a 2:1 margin", "outspent 10-to-1", "a 3-to-1 ratio": two whole figures joined by a colon, or by
 * "-to-" with one as the second, are a ratio; neither counts the noun after it ("1 margin"). A vote
 * tally is read first ("voted 7-to-2" stays votes).
 */
export function ratioPairs(text: string, figures: readonly NumberMention[], tallied: ReadonlyMap<NumberMention, unknown>): Set<NumberMention> {
  const ratios = new Set<NumberMention>();
  for (let k = 0; k + 1 < figures.length; k++) {
    const [a, b] = [figures[k]!, figures[k + 1]!];
    if (tallied.has(a) || a.kind !== 'count' || b.kind !== 'count' || b.qualifier || !Number.isInteger(a.value) || !Number.isInteger(b.value)) continue;
    const joint = text.slice(a.end, b.start);
    if (joint !== ':' && !(joint === '-to-' && b.value === 1)) continue;
    ratios.add(a);
    ratios.add(b);
  }
  return ratios;
}
