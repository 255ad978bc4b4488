/**
 * Chooses the headline numbers of an event from its facts, for any event:
 * - comparable: one kind of thing (the count noun with the most source support), of one side
 *   ("American troops" and "Norlandic troops" are two charts' numbers, not one's);
 * - totals, not parts: figures that are the sum of other figures reported together
 *   ("400 ... and 200 more" = "600") keep the total and leave the parts to a breakdown;
 * - corroborated first: when enough figures have two or more sources, single-source ones go.
 */
import type { Claim, Facts } from '../contracts/facts.ts';
import { countedNoun, figureShowsUnit, formatQuantity } from '../compose/format.ts';
import { totalsWithParts } from './parts.ts';
import { leadsStory } from '../compose/leadFigures.ts';
import { oneSide } from './sides.ts';
import { MEASURE_UNITS } from '../extract/quantities/numberWords.ts';

/** Ages ("a 34-year-old") are measurements of people, not counts. */
const AGE = 'years old';

export interface ChartDatum {
  claim: string;
  /** "about 4,200" */
  figure: string;
  /** What is counted, as the best source words it. */
  label: string;
  value: number;
  low?: number;
  high?: number;
  /** True for hedged figures ("about", "roughly"): drawn as approximate. */
  approximate: boolean;
  /** Source ids, in site order. */
  sources: string[];
}

export interface HeadlineChart {
  id: 'headline';
  title: string;
  unit: string;
  data: ChartDatum[];
}

const MAX_BARS = 6;
export const APPROXIMATE = /^(about|roughly|approximately|around|some|an estimated|estimated|nearly|almost|close to)$/;

/** A length of time written as when something happened: "signalled two years ago", "three weeks earlier". */
function toldAsPointInTime(c: Claim): boolean {
  const unit = c.quantity!.unit.replace(/s$/, '');
  return /^(?:second|minute|hour|day|week|month|year|decade|centurie|century)$/.test(unit) && new RegExp(`\\b${unit}s?\\s+(?:ago|earlier|before)\\b`, 'i').test(c.text);
}

export function headlineChart(facts: Facts): HeadlineChart | undefined {
  // Counts only: money, percentages and clock times are not comparable with them.
  // Nor repetitions ("23 times"), positions ("6 rows in front") or figures told in another time: they do not lead.
  // Nor "two years ago": a point in time, not a length to set beside "2,000 years old".
  const counts = countClaims(facts).filter((c) => leadsStory(c) && !toldAsPointInTime(c));
  const family = largestFamily(counts);
  if (!family) return undefined;
  let members = oneSide(bestPerFigure(counts.filter((c) => unitFamily(c) === family)), support);
  const parts = partsOfTotals(members);
  members = members.filter((c) => !parts.has(c.id));
  const corroborated = members.filter((c) => support(c) >= 2);
  if (corroborated.length >= 3) members = corroborated;
  const chosen = [...members].sort((a, b) => support(b) - support(a) || b.quantity!.value - a.quantity!.value).slice(0, MAX_BARS);
  if (chosen.length < 2) return undefined;
  chosen.sort((a, b) => b.quantity!.value - a.quantity!.value);
  const order = new Map(facts.sources.map((s, i) => [s.id, i]));
  const unit = chosen[0]!.quantity!.unit;
  return {
    id: 'headline',
    title: `The numbers: ${unit}`,
    unit,
    data: chosen.map((c) => toDatum(c, order)),
  };
}

/** Figures that count things: money, percentages and clock times are not comparable with them. */
export function countClaims(facts: Facts): Claim[] {
  return facts.claims.filter((c) => c.kind === 'quantity' && c.quantity && !figureShowsUnit(c.quantity.unit));
}

export function toDatum(c: Claim, order: ReadonlyMap<string, number>): ChartDatum {
  const q = c.quantity!;
  const datum: ChartDatum = {
    claim: c.id,
    figure: formatQuantity(q),
    label: countedNoun(q),
    value: q.value,
    approximate: !!q.qualifier && APPROXIMATE.test(q.qualifier),
    sources: [...new Set(c.evidence.map((e) => e.source))].sort((a, b) => order.get(a)! - order.get(b)!),
  };
  if (q.low !== undefined) datum.low = q.low;
  if (q.high !== undefined) datum.high = q.high;
  return datum;
}

export function support(c: Claim): number {
  return new Set(c.evidence.map((e) => e.source)).size;
}

/** "nurses" and "nurse" are one family; the unit as written, singularised crudely but predictably. */
export function unitFamily(c: Claim): string {
  return c.quantity!.unit.toLowerCase().replace(/(ies)$/, 'y').replace(/([^s])s$/, '$1');
}

/**
 * The family whose figures the sources most agree on: a figure counts the square of its sources, so
 * one figure three sources give outweighs six that one source each gives in passing (altitudes,
 * lengths) and the chart leads with what the event is about.
 */
function largestFamily(claims: Claim[]): string | undefined {
  // Counts of things come first: measurements in one unit are often of different things
  // (an altitude and a wreck's length, both in metres), so they lead only when nothing is counted.
  const counted = claims.filter((c) => !MEASURE_UNITS.has(c.quantity!.unit) && c.quantity!.unit !== AGE);
  const countFamilies = new Set(counted.map(unitFamily));
  // A measurement leads only with at least two sources behind it: single-source lengths and
  // altitudes in one unit are seldom of one kind of thing.
  const families = [...countFamilies].some((f) => counted.filter((c) => unitFamily(c) === f).length >= 2) ? counted : claims.filter((c) => support(c) >= 2);
  const weight = new Map<string, number>();
  for (const c of families) weight.set(unitFamily(c), (weight.get(unitFamily(c)) ?? 0) + support(c) ** 2);
  return [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** Two claims may share a figure when they count things the alignment kept apart: chart the best-supported one once. */
export function bestPerFigure(claims: Claim[]): Claim[] {
  const byFigure = new Map<string, Claim>();
  for (const c of claims) {
    const key = `${c.quantity!.low}|${c.quantity!.value}|${c.quantity!.high}`;
    const seen = byFigure.get(key);
    if (!seen || support(c) > support(seen)) byFigure.set(key, c);
  }
  return [...byFigure.values()];
}

/** Ids of claims whose figures add up to another claim's figure and are reported together in one source. */
export function partsOfTotals(claims: Claim[]): Set<string> {
  return new Set(totalsWithParts(claims).flatMap(({ parts }) => parts.map((p) => p.id)));
}
