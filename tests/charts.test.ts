/** Chart selection from facts, on invented events the code has never seen. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runPipeline } from '../scripts/pipeline.ts';
import { chooseCharts, type ChartSpec } from '../scripts/charts/choose.ts';
import { placesNear } from '../scripts/charts/flows.ts';
import { toCsv } from '../scripts/charts/csv.ts';
import { oneSide, sideOf } from '../scripts/charts/sides.ts';
import { headlineChart } from '../scripts/charts/headline.ts';
import type { Claim } from '../scripts/contracts/facts.ts';
import { stackLayout } from '../components/charts/stackLayout.ts';
import { previewSvg } from '../components/charts/previewSvg.ts';

const EVENTS = join(import.meta.dirname, 'fixtures/events');
const charts = (event: string): ChartSpec[] => chooseCharts(runPipeline(join(EVENTS, event)).facts, (id) => `Outlet ${id}`);
const byId = (list: ChartSpec[], id: string): ChartSpec | undefined => list.find((c) => c.id === id);

describe('chooseCharts', () => {
  it('breaks a reported total into its parts, labelled by where each part goes (nurse deployment)', () => {
    const breakdown = byId(charts('nurse-deployment'), 'breakdown');
    expect(breakdown?.kind).toBe('stack');
    if (breakdown?.kind !== 'stack') return;
    expect(breakdown.breakdowns).toHaveLength(1);
    const [b] = breakdown.breakdowns;
    expect(b!.total.quantity!.value).toBe(600);
    expect(b!.parts.map((p) => [p.claim.quantity!.value, p.label])).toEqual([[400, 'to Halvik'], [200, 'to Norby']]);
  });

  it('draws origin -> destination flows with the origin the sources give (grain shipments)', () => {
    const flows = byId(charts('grain-shipments'), 'flows');
    expect(flows?.kind).toBe('bars');
    expect(flows!.table.rows.map((r) => [r[0], r[1], r[3]])).toEqual([['Ostrava Bay', 'Kellen', '1200'], ['Marlow', 'Dunmere', '800'], ['Ostrava Bay', 'Kellen', '500']]);
  });

  it('charts headline numbers only when two comparable figures of one unit remain (none for the ferry fire)', () => {
    const ferry = charts('ferry-fire');
    expect(byId(ferry, 'headline')).toBeUndefined(); // passengers, people and crew are not one kind of thing
    const grain = byId(charts('grain-shipments'), 'headline');
    expect(grain?.kind === 'bars' && grain.data.map((d) => [d.value, d.approximate])).toEqual([[1200, true], [800, false], [500, false]]);
  });

  it('builds a coverage matrix of sources by claims, marking contested claims', () => {
    const ferry = byId(charts('ferry-fire'), 'coverage');
    expect(ferry?.kind).toBe('matrix');
    if (ferry?.kind !== 'matrix') return;
    expect(ferry.coverage.sources).toHaveLength(3);
    expect(ferry.coverage.rows.some((r) => r.cells.includes('conflicts'))).toBe(true);
    for (const row of ferry.coverage.rows) {
      row.cells.forEach((cell, i) => {
        const reports = row.claim.evidence.some((e) => e.source === ferry.coverage.sources[i]);
        expect(cell === 'none').toBe(!reports);
      });
    }
  });

  it('summarises a coverage matrix of one claim in the singular', () => {
    const claim: Claim = { id: 's-close', kind: 'statement', text: 'The mill will close.', evidence: ['a', 'b'].map((source) => ({ source, quote: 'The mill will close.', start: 0, end: 20 })) };
    const coverage = byId(chooseCharts({ format: 1, generator: 'test', conflicts: [], sources: [{ id: 'a', file: 'a.txt' }, { id: 'b', file: 'b.txt' }], claims: [claim] }, (id) => id), 'coverage');
    expect(coverage?.summary).toMatch(/^1 claim by 2 sources; 0 contested\. /);
  });

  it('names every chart\'s sources and gives one table row per mark', () => {
    for (const event of ['nurse-deployment', 'grain-shipments', 'ferry-fire', 'bridge-closure']) {
      for (const chart of charts(event)) {
        expect(chart.sources.length, `${event}/${chart.id}`).toBeGreaterThan(0);
        expect(chart.table.rows.length).toBe(chart.table.claims.length);
        for (const row of chart.table.rows) expect(row).toHaveLength(chart.table.columns.length);
      }
    }
  });
});

describe('placesNear', () => {
  it('reads origin and destination around a figure', () => {
    expect(placesNear('About 1,200 tonnes will move from Ostrava Bay to Kellen by rail.', 1200)).toEqual({ origin: 'Ostrava Bay', destination: 'Kellen' });
    expect(placesNear('Crews based in Eastport, 300 in all, will go to Norby.', 300)).toEqual({ origin: 'Eastport', destination: 'Norby' });
    expect(placesNear('Some 300 crews will go to Norby.', 300)).toEqual({ destination: 'Norby' });
    expect(placesNear('The other 60 will go to Norby and Halvik.', 60)).toEqual({ destination: 'Norby and Halvik' });
  });
  it('ignores movements that may not happen and places beyond the next figure', () => {
    expect(placesNear('About 900 medics are on alert for possible deployment to Norby.', 900)).toBeUndefined();
    expect(placesNear('Of 300 buses, 40 went to Halvik.', 300)).toBeUndefined();
    expect(placesNear('The 2 girders failed.', 3)).toBeUndefined();
  });
});

describe('toCsv', () => {
  it('quotes commas and quotes, and keeps article text from running as a spreadsheet formula', () => {
    expect(toCsv({ columns: ['Figure', 'Text'], rows: [['1,200', 'He said "go"'], ['=SUM(A1)', '-x']] })).toBe('Figure,Text\r\n"1,200","He said ""go"""\r\n\'=SUM(A1),\'-x\r\n');
  });
});

describe('stackLayout', () => {
  it('draws parts end to end on a scale shared by all totals', () => {
    const layout = stackLayout([{ total: 600, parts: [400, 200] }, { total: 300, parts: [200, 100] }]);
    expect(layout.rows[0]!.segments).toEqual([{ x: 0, width: 293.3 }, { x: 293.3, width: 146.7 }]);
    expect(layout.rows[0]!.totalWidth).toBe(440);
    expect(layout.rows[1]!.totalWidth).toBe(220);
  });
});

describe('previewSvg', () => {
  it('escapes the title and labels into the preview image', () => {
    const svg = previewSvg('Floods <& rescue>', [{ claim: 'q', figure: '400', label: 'nurses "to" Halvik', value: 400, approximate: false, sources: ['a'] }], 3);
    expect(svg).toContain('Floods &lt;&amp; rescue&gt;');
    expect(svg).toContain('nurses &quot;to&quot; Halvik');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
  });
});

describe('sides', () => {
  const claim = (id: string, value: number, counts: string, sources = 1): Claim => ({
    id, kind: 'quantity', text: counts, quantity: { value, unit: 'soldiers', counts },
    evidence: Array.from({ length: sources }, (_, i) => ({ source: `s${i}`, quote: counts, start: 0, end: counts.length })),
  });
  it('reads whose soldiers a figure counts from the words before the noun, never from a place after it', () => {
    expect(sideOf(claim('a', 4000, 'Norwegian soldiers on exercise'))).toBe('norway');
    expect(sideOf(claim('b', 900, 'U.K.-based soldiers'))).toBe('uk');
    expect(sideOf(claim('c', 1200, 'soldiers near the Polish border'))).toBeUndefined();
  });
  it('keeps the side most figures name and the figures that name none', () => {
    const kept = oneSide([
      claim('ours', 4000, 'Norwegian soldiers on exercise', 3),
      claim('theirs', 60000, 'Swedish soldiers across the border'),
      claim('more', 1500, 'Norwegian soldiers in reserve'),
      claim('any', 7000, 'soldiers stationed in the north', 2),
    ], (c) => c.evidence.length);
    expect(kept.map((c) => c.id)).toEqual(['ours', 'more', 'any']);
  });
});

describe('headlineChart', () => {
  const figure = (id: string, value: number, unit: string, sources: number, counts?: string): Claim => ({
    id, kind: 'quantity', text: id, quantity: counts ? { value, unit, counts } : { value, unit },
    evidence: Array.from({ length: sources }, (_, i) => ({ source: `s${i}`, quote: id, start: 0, end: id.length })),
  });
  const facts = (claims: Claim[]) => ({ format: 1 as const, generator: 'test', sources: [0, 1, 2].map((i) => ({ id: `s${i}`, file: `s${i}.txt` })), claims, conflicts: [] });
  it('leads with counted things over measurements that one source each gives in passing', () => {
    const chart = headlineChart(facts([
      figure('alt-1', 9000, 'm', 1), figure('alt-2', 11000, 'm', 1), figure('len', 18, 'm', 1), figure('wave', 4, 'm', 1),
      figure('crew', 40, 'firefighters', 3, 'firefighters at the pier'), figure('more', 15, 'firefighters', 2, 'firefighters from the next town'),
    ]));
    expect(chart?.data.map((d) => d.claim)).toEqual(['crew', 'more']);
  });
  it('sets no "two years ago" beside "2,000 years old": a point in time is no length', () => {
    const withText = (c: Claim, text: string): Claim => ({ ...c, text });
    expect(headlineChart(facts([
      withText(figure('age', 2000, 'years', 2), 'The 2,000 year old wreck lies off the cape.'),
      withText(figure('ago', 2, 'years', 2), 'A fisherman reported the wreck two years ago.'),
    ]))).toBeUndefined();
  });
  const from = (id: string, value: number, unit: string, sources: string[], counts?: string, text = id): Claim => ({
    id, kind: 'quantity', text, quantity: counts ? { value, unit, counts } : { value, unit },
    evidence: sources.map((source) => ({ source, quote: id, start: 0, end: id.length })),
  });
  it('draws no chart of spans of time: "4 hours" beside "about 1 hour" is no headline', () => {
    expect(headlineChart(facts([from('long', 4, 'hours', ['s0', 's1']), from('short', 2, 'hours', ['s1', 's2'])]))).toBeUndefined();
  });
  it('sets side by side only figures of one kind: "union employees" are not "former employees"', () => {
    const chart = headlineChart(facts([
      from('union', 75, 'employees', ['s0'], 'union employees'), from('former', 10, 'employees', ['s1', 's2'], 'former employees at the firm'),
      from('others', 5, 'employees', ['s0'], 'other former employees'),
    ]));
    expect(chart?.data.map((d) => d.claim)).toEqual(['former', 'others']);
  });
  it('draws no chart of one source\'s own counts, however many', () => {
    expect(headlineChart(facts([from('a', 39, 'people', ['s0']), from('b', 17, 'people', ['s0']), from('c', 8, 'people', ['s0'])]))).toBeUndefined();
  });
  it('sets no figure beside one of its kind hundreds of times apart: a limit of 6 a household is not 4 million sold', () => {
    expect(headlineChart(facts([from('limit', 6, 'pairs', ['s0', 's1']), from('sold', 4_000_000, 'pairs', ['s2'])]))).toBeUndefined();
  });
  it('sets no bare "people" side by side unless both tell of harm: "3,000 people attempting" are not "300 people who set off"', () => {
    expect(headlineChart(facts([
      from('try', 3000, 'people', ['s0', 's1'], 'people', 'About 3,000 people are attempting the crossing this year.'),
      from('set', 300, 'people', ['s1', 's2'], 'people', 'Some 300 people set off on the crossing on Monday.'),
    ]))).toBeUndefined();
  });
  it('tries the figures the event leads with first: the dead before the tents', () => {
    const chart = headlineChart(facts([
      from('tents', 400, 'tents', ['s0', 's1', 's2']), from('tents2', 300, 'tents', ['s0', 's1']),
      from('dead', 12, 'people', ['s0'], 'people', '12 people were killed.'), from('dead2', 10, 'people', ['s1'], 'people', 'Ten people died.'),
    ]));
    expect(chart?.data.map((d) => d.claim)).toEqual(['dead', 'dead2']);
  });
  it('draws no chart from single-source measurements of what may be different things', () => {
    expect(headlineChart(facts([figure('alt', 9000, 'm', 1), figure('len', 18, 'm', 1), figure('crew', 40, 'firefighters', 3)]))).toBeUndefined();
  });
});
