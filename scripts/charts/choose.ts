/**
 * The charts an event gets, chosen from its facts alone: headline numbers when two or more
 * comparable figures exist, flows when figures go from somewhere to somewhere, a breakdown
 * when figures are parts of a reported total, a timeline when claims name three or more days,
 * and a coverage matrix when sources overlap.
 * Each chart carries its data as a table (shown on the page, downloadable as CSV) and the
 * sources it draws on.
 */
import type { Facts } from '../contracts/facts.ts';
import { describeQuantity, formatQuantity } from '../compose/format.ts';
import { countOf } from '../compose/counting.ts';
import { APPROXIMATE, headlineChart, toDatum, type ChartDatum } from './headline.ts';
import { flowsOf } from './flows.ts';
import { breakdownsOf, type Breakdown } from './breakdown.ts';
import { coverageOf, type Coverage } from './coverage.ts';
import { mapOf, type PlaceMap } from './maps.ts';
import { mapTable, mapSummary, mapNote } from './mapText.ts';
import { timelineChart } from './timelineChart.ts';
import type { Timeline } from './timeline.ts';
import { claimLabel } from './labels.ts';

export interface ChartTable {
  columns: string[];
  rows: string[][];
  /** The claim id behind each row, for links from the data table. */
  claims: string[];
}

interface ChartCommon {
  /** URL segment: /charts/<id>/. */
  id: string;
  title: string;
  /** How to read the chart, shown under its title. */
  note: string;
  /** The chart's content in one paragraph, its text alternative. */
  summary: string;
  /** Source ids the chart draws on, in site order. */
  sources: string[];
  table: ChartTable;
}

export type ChartSpec =
  | (ChartCommon & { kind: 'bars'; data: ChartDatum[] })
  | (ChartCommon & { kind: 'stack'; breakdowns: Breakdown[] })
  | (ChartCommon & { kind: 'matrix'; coverage: Coverage })
  | (ChartCommon & { kind: 'map'; map: PlaceMap })
  | (ChartCommon & { kind: 'timeline'; timeline: Timeline });

/** label(sourceId) names an outlet as the site does ("Harbour Times"). */
export function chooseCharts(facts: Facts, label: (sourceId: string) => string): ChartSpec[] {
  const order = new Map(facts.sources.map((s, i) => [s.id, i]));
  const inOrder = (ids: Iterable<string>): string[] => [...new Set(ids)].sort((a, b) => order.get(a)! - order.get(b)!);
  const names = (ids: string[]): string => ids.map(label).join('; ');
  const charts: ChartSpec[] = [];

  const headline = headlineChart(facts);
  if (headline) {
    charts.push({
      kind: 'bars', id: 'headline', title: 'The headline numbers', data: headline.data,
      note: `Comparable figures the sources report, in ${headline.unit}. A range is drawn from its low to its high end; a hedged figure (“about”) has a pale tip.`,
      summary: headline.data.map((d) => `${d.figure} ${d.label} (${d.sources.length} source${d.sources.length > 1 ? 's' : ''})`).join('; '),
      sources: inOrder(headline.data.flatMap((d) => d.sources)),
      table: {
        columns: ['Figure', 'Value', 'Low', 'High', 'Approximate', 'What it counts', 'Claim', 'Sources'],
        rows: headline.data.map((d) => [d.figure, String(d.value), d.low === undefined ? '' : String(d.low), d.high === undefined ? '' : String(d.high), d.approximate ? 'yes' : 'no', d.label, d.claim, names(d.sources)]),
        claims: headline.data.map((d) => d.claim),
      },
    });
  }

  const flows = flowsOf(facts);
  const map = mapOf(facts);
  // The map replaces the flows' bars when it draws every flow; else both are shown.
  const mapped = map?.style === 'flows' && map.leftOut === 0;
  if (flows.length >= 2 && !mapped) {
    const data = flows.map((f) => ({ ...toDatum(f.claim, order), label: `${f.origin ?? 'origin not given'} → ${f.destination}` }));
    charts.push({
      kind: 'bars', id: 'flows', title: 'Where they are going', data,
      note: `Figures the sources report moving from one place to another, in ${flows[0]!.claim.quantity!.unit}. A total whose parts are shown is left out.`,
      summary: flows.map((f) => `${formatQuantity(f.claim.quantity!)} from ${f.origin ?? 'an origin not given'} to ${f.destination}`).join('; '),
      sources: inOrder(data.flatMap((d) => d.sources)),
      table: {
        columns: ['Origin', 'Destination', 'Figure', 'Value', 'Approximate', 'Claim', 'Sources'],
        rows: flows.map((f, i) => [f.origin ?? '', f.destination, data[i]!.figure, String(f.claim.quantity!.value), data[i]!.approximate ? 'yes' : 'no', f.claim.id, names(data[i]!.sources)]),
        claims: flows.map((f) => f.claim.id),
      },
    });
  }

  if (map) {
    charts.push({
      kind: 'map', id: 'map', title: map.style === 'flows' ? (mapped ? 'Where they are going' : 'Where they are going, on a map') : 'Where it happened', map,
      note: mapNote(map), summary: mapSummary(map),
      sources: inOrder([...map.flows.map((f) => f.datum), ...map.markers.flatMap((m) => m.data)].flatMap((d) => d.sources)),
      table: mapTable(map, names),
    });
  }

  const breakdowns = breakdownsOf(facts);
  if (breakdowns.length) {
    const claimsOf = (b: Breakdown) => [b.total, ...b.parts.map((p) => p.claim)];
    const sourcesOf = (c: Breakdown['total']) => inOrder(c.evidence.map((e) => e.source));
    charts.push({
      kind: 'stack', id: 'breakdown', title: 'How the totals break down', breakdowns,
      note: 'Totals the sources report, split into the parts they give. Each part is a separate claim with its own sources.',
      summary: breakdowns.map((b) => `${describeQuantity(b.total.quantity!)}: ${b.parts.map((p) => `${formatQuantity(p.claim.quantity!)} ${p.label}`).join(' and ')}`).join('; '),
      sources: inOrder(breakdowns.flatMap(claimsOf).flatMap((c) => c.evidence.map((e) => e.source))),
      table: {
        columns: ['Total', 'Part', 'Figure', 'Value', 'Approximate', 'Claim', 'Sources'],
        rows: breakdowns.flatMap((b) => [
          [formatQuantity(b.total.quantity!), '(total)', formatQuantity(b.total.quantity!), String(b.total.quantity!.value), approximate(b.total.quantity!.qualifier), b.total.id, names(sourcesOf(b.total))],
          ...b.parts.map((p) => [formatQuantity(b.total.quantity!), p.label, formatQuantity(p.claim.quantity!), String(p.claim.quantity!.value), approximate(p.claim.quantity!.qualifier), p.claim.id, names(sourcesOf(p.claim))]),
        ]),
        claims: breakdowns.flatMap((b) => claimsOf(b).map((c) => c.id)),
      },
    });
  }

  const timeline = timelineChart(facts, inOrder, names);
  if (timeline) charts.push({ kind: 'timeline', id: 'timeline', ...timeline });

  const coverage = coverageOf(facts);
  if (coverage) {
    const conflicting = coverage.rows.filter((r) => r.cells.includes('conflicts')).length;
    charts.push({
      kind: 'matrix', id: 'coverage', title: 'Who reported what', coverage,
      note: 'Claims reported by two or more sources, and every contested one, by source. A filled square: the source reports the claim; a ringed square: its wording differs from another source’s.',
      summary: `${countOf(coverage.rows.length, 'claim')} by ${countOf(coverage.sources.length, 'source')}; ${conflicting} contested. ` + coverage.rows.map((r) => `${claimLabel(r.claim, 60).text}: ${r.cells.filter((c) => c !== 'none').length} of ${coverage.sources.length}`).join('; '),
      sources: coverage.sources,
      table: {
        // The row's label in full: what the chart shows, cut, and its hover title show whole.
        columns: ['Claim', 'Claim id', ...coverage.sources.map(label)],
        rows: coverage.rows.map((r) => [claimLabel(r.claim, Infinity).full, r.claim.id, ...r.cells.map((c) => (c === 'none' ? '' : c))]),
        claims: coverage.rows.map((r) => r.claim.id),
      },
    });
  }
  return charts;
}

function approximate(qualifier: string | undefined): string {
  return qualifier && APPROXIMATE.test(qualifier) ? 'yes' : 'no';
}
