/**
 * Chooses the headline numbers of an event from its facts, for any event:
 * - comparable: one kind of thing (the count noun with the most source support), of one side
 *   ("Tarrovian nurses" and "Norlandic nurses" are two charts' numbers, not one's);
 * - totals, not parts: figures that are the sum of other figures reported together
 *   ("400 ... and 200 more" = "600") keep the total and leave the parts to a breakdown;
 * - corroborated first: when enough figures have two or more sources, single-source ones go.
 */
import type { Claim, Facts } from '../contracts/facts.ts';
import { countedNoun, figureShowsUnit, formatQuantity } from '../compose/format.ts';
import { totalsWithParts } from './parts.ts';
import { withMaterial } from '../compose/figureCounts.ts';
import { figureWeight, isDuration, isTrivialFigure, leadsStory, toldAsPointInTime } from '../compose/leadFigures.ts';
import { sameKind } from './countedThing.ts';
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
/** How many times apart two figures of one kind may be and still be bars of one chart. */
const FAR = 50;
export const APPROXIMATE = /^(about|roughly|approximately|around|some|an estimated|estimated|nearly|almost|close to)$/;

/**
 * The headline chart, or none: bars of one unit and one kind of counted thing ("nurses",
 * "Norlandic nurses"; not "union employees" beside "former employees"), at least two of them, and
 * more than one source's say (a bar two sources give, or bars from two sources): one article's
 * own small counts are no headline. Durations, clock times and trivial figures ("1 facility") never
 * lead. Families are tried in the order the event leads with them: harm, people, money or the
 * headline's subject first (figureWeight), then the one the sources most agree on.
 */
export function headlineChart(facts: Facts): HeadlineChart | undefined {
  // Counts only: money, percentages and clock times are not comparable with them.
  // Nor repetitions ("23 times"), positions ("6 rows in front") or figures told in another time: they do not lead.
  // Nor "two years ago": a point in time, not a length to set beside "2,000 years old"; nor any
  // span of time ("4 hours", "about 1 hour"): how long something took is not what the event counts.
  const counts = countClaims(facts).filter((c) => leadsStory(c) && !toldAsPointInTime(c) && !isDuration(c.quantity!.unit) && !isTrivialFigure(c));
  for (const family of rankedFamilies(counts)) {
    const chosen = barsOf(counts.filter((c) => unitFamily(c) === family));
    if (!chosen) continue;
    const order = new Map(facts.sources.map((s, i) => [s.id, i]));
    const unit = chosen[0]!.quantity!.unit;
    return { id: 'headline', title: `The numbers: ${unit}`, unit, data: chosen.map((c) => toDatum(c, order)) };
  }
  return undefined;
}

/** One family's bars, largest first, or undefined when they do not make a headline chart. */
function barsOf(family: Claim[]): Claim[] | undefined {
  let members = oneSide(bestPerFigure(family), support);
  const parts = partsOfTotals(members);
  members = members.filter((c) => !parts.has(c.id));
  // The best-supported figure (then the largest) says what the chart counts; the others count the same kind.
  const lead = [...members].sort((a, b) => support(b) - support(a) || b.quantity!.value - a.quantity!.value)[0];
  if (!lead) return undefined;
  // Figures of one kind that lie further apart than FAR count different things (a limit of 6 a
  // household beside 4 million sold; 1,000 soldiers sent beside 4 soldiers hurt), not one thing.
  const far = (c: Claim) => Math.max(c.quantity!.value, lead.quantity!.value) > FAR * Math.max(1, Math.min(c.quantity!.value, lead.quantity!.value));
  members = members.filter((c) => sameKind(c, lead) && !far(c));
  const corroborated = members.filter((c) => support(c) >= 2);
  if (corroborated.length >= 3) members = corroborated;
  const chosen = [...members].sort((a, b) => support(b) - support(a) || b.quantity!.value - a.quantity!.value).slice(0, MAX_BARS);
  if (chosen.length < 2) return undefined;
  const sources = new Set(chosen.flatMap((c) => c.evidence.map((e) => e.source)));
  if (sources.size < 2) return undefined;
  return chosen.sort((a, b) => b.quantity!.value - a.quantity!.value);
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
    label: withMaterial(c, countedNoun(q)), // "t of grain": a measure says what it is of
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
 * Families in the order a chart tries them: first those with a figure the event leads with (harm,
 * people, money: figureWeight above nothing), then by how much the sources agree, a figure counting
 * the square of its sources, so one figure three sources give outweighs six that one source each
 * gives in passing (altitudes, lengths).
 */
function rankedFamilies(claims: Claim[]): string[] {
  // Counts of things come first: measurements in one unit are often of different things
  // (an altitude and a wreck's length, both in metres), so they lead only when nothing is counted.
  const counted = claims.filter((c) => !MEASURE_UNITS.has(c.quantity!.unit) && c.quantity!.unit !== AGE);
  const countFamilies = new Set(counted.map(unitFamily));
  // A measurement leads only with at least two sources behind it: single-source lengths and
  // altitudes in one unit are seldom of one kind of thing.
  const families = [...countFamilies].some((f) => counted.filter((c) => unitFamily(c) === f).length >= 2) ? counted : claims.filter((c) => support(c) >= 2);
  const weight = new Map<string, number>();
  const leads = new Set<string>();
  for (const c of families) {
    weight.set(unitFamily(c), (weight.get(unitFamily(c)) ?? 0) + support(c) ** 2);
    if (figureWeight(c) > 0) leads.add(unitFamily(c));
  }
  const tier = (f: string) => (leads.has(f) ? 0 : 1);
  return [...weight.entries()].sort((a, b) => tier(a[0]) - tier(b[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
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
