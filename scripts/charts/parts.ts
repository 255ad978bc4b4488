/**
 * Parts of a whole: a figure that is the sum of two others is their total only where a source ties
 * them, since small figures add up by chance everywhere ("seven awards" beside "four" and "three",
 * twelve counts of a charge beside seven and five of others). Over the 197 untuned b200x events,
 * a rule that took any two figures of one source that add up to a third found 26 totals, nearly all
 * coincidences (years ago, lengths, charges of different people, awards of different outlets); this
 * one finds 3, two of them read as right.
 *
 * A source ties them when:
 *   - it gives the two parts in one sentence (a split: "400 will go to Halvik and 200 to Norby") and
 *     the total a little before ("The agency will send 600 nurses.") or in that same sentence with
 *     words that make it the whole ("12 awards, including 9 to painters and 3 to poets", "Among 86
 *     patients, 65 ... and 21 ..."); or
 *   - it gives one part as a share of the total ("Of the 50 awards, about 35 ...", "35 ... are
 *     among the 50") and the other as what is left, a little after ("The remaining 15 ...", "The
 *     other 15 ...").
 * Like figures of one list ("A won seven awards, B four and C three") are no total and parts. Only
 * counts and money split so: lengths, durations, dates in "years ago", angles and shares (a figure
 * "and" another of the same unit) are no whole and its parts.
 */
import type { Claim, Evidence } from '../contracts/facts.ts';
import { MEASURE_UNITS } from '../extract/quantities/numberWords.ts';

export interface TotalWithParts {
  total: Claim;
  parts: Claim[];
}

/** Every (total, two parts) found among exact figures; bounded to the first 40 figures. */
export function totalsWithParts(claims: Claim[]): TotalWithParts[] {
  const found: TotalWithParts[] = [];
  const exact = claims.filter((c) => c.quantity && c.quantity.low === undefined && isSplittable(c.quantity.unit));
  const limit = Math.min(exact.length, 40);
  for (const total of exact) {
    const t = total.quantity!.value;
    for (let i = 0; i < limit; i++) {
      const a = exact[i]!;
      if (a === total || a.quantity!.value >= t) continue;
      for (let j = i + 1; j < limit; j++) {
        const b = exact[j]!;
        if (b === total || b.quantity!.value >= t) continue;
        if (a.quantity!.value + b.quantity!.value === t && (tiedBySplit(total, a, b, exact) || tiedByShare(total, a, b) || tiedByShare(total, b, a))) found.push({ total, parts: [a, b].sort((x, y) => y.quantity!.value - x.quantity!.value) });
      }
    }
  }
  return found;
}

/** Units a whole may be split into: counts of things and money, not measures, ages or shares. */
function isSplittable(unit: string): boolean {
  return !MEASURE_UNITS.has(unit) && unit !== '%' && unit !== 'years old';
}

/**
 * Words that make a figure the whole of others in its sentence: "including", "of whom", "Of the 600
 * nurses, ...", "Among 86 patients, ...", "3 killed: 2 soldiers and 1 civilian", "the remaining 200".
 */
const PART_OF_WHOLE = /\b(?:including|includes?|of (?:whom|them|which|those|these)|of the [\d,.]+|among (?:them|those|the [\d,.]+|[\d,.]+)|comprising|made up of|split|divided|broken down|remaining|the other|the rest)\b|[:—–(]/i;
/** What is left of a whole once a part is told: "the remaining 300", "the other 300", "the rest". */
const REMAINDER = /\b(?:remaining|the other|the rest|the others)\b/i;

/** At most this many characters between a total and the sentence that splits it, or a share and the remainder after it (a paragraph or so). */
const NEAR = 200;

const samePassage = (e: Evidence, x: Evidence): boolean => e.source === x.source && e.start === x.start && e.end === x.end;

/**
 * Some source gives the parts in one sentence, and the total there as their whole, or a little before
 * in a sentence that gives no other figure of its kind ("Scott faces four counts of A, five of B and
 * nine of C." before "Caulder faces two counts of A and seven of B." is a list, nine no total).
 */
function tiedBySplit(total: Claim, a: Claim, b: Claim, figures: readonly Claim[]): boolean {
  const alone = (e: Evidence): boolean => !figures.some((c) => c !== total && c !== a && c !== b && c.evidence.some((x) => samePassage(x, e)));
  return a.evidence.some((pa) => b.evidence.some((pb) => samePassage(pa, pb))
    && total.evidence.some((e) => (samePassage(e, pa) && PART_OF_WHOLE.test(e.quote)) || (e.source === pa.source && e.end <= pa.start && pa.start - e.end <= NEAR && alone(e))));
}

/** Some source gives `share` in the total's own sentence as part of it, and `rest` as what remains, a little after. */
function tiedByShare(total: Claim, share: Claim, rest: Claim): boolean {
  return total.evidence.some((e) => PART_OF_WHOLE.test(e.quote) && share.evidence.some((x) => samePassage(e, x))
    && rest.evidence.some((r) => r.source === e.source && r.start >= e.end && r.start - e.end <= NEAR && REMAINDER.test(r.quote)));
}
