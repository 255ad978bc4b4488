/** The timeline chart, on an invented event whose articles name days (tests/fixtures/dated/pier-storm). */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { runPipeline } from '../scripts/pipeline.ts';
import { chooseCharts, type ChartSpec } from '../scripts/charts/choose.ts';
import { timelineOf, MIN_TIMELINE_DAYS } from '../scripts/charts/timeline.ts';
import { toCsv } from '../scripts/charts/csv.ts';
import { around, PER_DAY, timelineLayout, wrap } from '../components/charts/timelineLayout.ts';
import type { Facts } from '../scripts/contracts/facts.ts';

const DIR = join(import.meta.dirname, 'fixtures/dated/pier-storm');
const facts = runPipeline(DIR).facts;
const timeline = (list: ChartSpec[]) => list.find((c) => c.kind === 'timeline');

describe('timelineOf', () => {
  const t = timelineOf(facts)!;

  it('places each claim on the days its passages name, resolved against each article\'s own date', () => {
    expect(t.days.map((d) => [d.date, d.points.length, d.published])).toEqual([
      ['2031-06-01', 1, []], // "June 1, 2031": as written; the figure and the statement of one sentence are one point
      ['2031-06-04', 1, []], // "on Wednesday" in a Thursday and a Friday article (its quote: the same passage)
      ['2031-06-05', 1, ['coast-wire']], // "on Thursday"; Coast Wire published
      ['2031-06-06', 0, ['harbour-gazette']],
      ['2031-06-09', 1, []], // "will reopen ... on Monday" in a Friday article: the coming Monday
    ]);
    const closed = t.days[1]!.points[0]!;
    expect(closed.phrases).toEqual(['on Wednesday']);
    // The undated article says it too, but its "Wednesday" cannot be placed: it is not among the sources.
    expect(closed.sources).toEqual(['coast-wire', 'harbour-gazette']);
    expect(closed.relative).toBe(true);
    expect(t.days[0]!.points.every((p) => !p.relative)).toBe(true);
  });

  it('never places a day relative to an undated article: it is listed as not placed', () => {
    expect(t.unplaced.map((u) => [u.claim.text, u.text, u.phrases, u.sources])).toEqual([
      ['the inspection of the deck would take a week', 'The board said on Tuesday that the inspection of the deck would take a week.', ['on Tuesday'], ['town-notes']],
    ]);
    const placed = t.days.flatMap((d) => d.points.map((p) => p.claim.id));
    expect(placed).not.toContain(t.unplaced[0]!.claim.id);
  });

  it(`needs ${MIN_TIMELINE_DAYS} distinct dated days`, () => {
    const twoDays: Facts = { ...facts, claims: facts.claims.filter((c) => c.evidence.some((e) => e.dates?.some((d) => d.date === '2031-06-01' || d.date === '2031-06-04'))) };
    expect(timelineOf(twoDays)).toBeUndefined();
    const undated: Facts = { ...facts, claims: facts.claims.map((c) => ({ ...c, evidence: c.evidence.map(({ dates: _, ...e }) => e) })) };
    expect(timelineOf(undated)).toBeUndefined();
  });
});

describe('the timeline chart', () => {
  const chart = timeline(chooseCharts(facts, (id) => `Outlet ${id}`))!;

  it('is chosen, with a text alternative, a note on what was not placed, and its sources', () => {
    expect(chart.id).toBe('timeline');
    expect(chart.summary).toMatch(/^4 dated claims on 4 days \(at least 3 are needed for a timeline\), from Sun, Jun 1, 2031 to Mon, Jun 9, 2031\./);
    expect(chart.note).toContain('1 claim naming a day only relative to an undated article is not placed');
    expect(chart.sources).toEqual(['coast-wire', 'harbour-gazette']);
  });

  it('has a data table (and CSV) with every point, publication and unplaced claim', () => {
    expect(chart.table.columns).toEqual(['Date', 'Day as written', 'Dated by', 'What was reported', 'Claim', 'Sources']);
    expect(chart.table.rows).toHaveLength(4 + 2 + 1);
    expect(chart.table.rows).toContainEqual(['2031-06-09', 'on Monday', 'the article’s publication date', 'The pier will reopen to walkers on Monday, Ellison said.', 'quote-mara-ellison-pier-reopen-walker-monday', 'Outlet harbour-gazette']);
    expect(chart.table.rows).toContainEqual(['2031-06-05', '2031-06-05', 'publication date', 'The article was published', '', 'Outlet coast-wire']);
    expect(chart.table.rows.at(-1)).toEqual(['', 'on Tuesday', 'not placed: its article has no publication date', 'The board said on Tuesday that the inspection of the deck would take a week.', 'quote-the-harbour-board-inspection-deck-take-week', 'Outlet town-notes']);
    expect(chart.table.claims).toHaveLength(chart.table.rows.length);
    expect(toCsv(chart.table).split('\r\n')[0]).toBe('Date,Day as written,Dated by,What was reported,Claim,Sources');
  });

  it('is not chosen for an event whose facts name no days', () => {
    const bridge = runPipeline(join(import.meta.dirname, 'fixtures/events/bridge-closure')).facts;
    expect(timeline(chooseCharts(bridge, (id) => id))).toBeUndefined();
  });

  it('keeps every phrase\'s offsets exact in the source file', () => {
    for (const claim of facts.claims) for (const e of claim.evidence) for (const d of e.dates ?? []) {
      const file = readFileSync(join(DIR, facts.sources.find((s) => s.id === e.source)!.file), 'utf8');
      expect(file.slice(d.start, d.end)).toBe(d.phrase);
    }
  });
});

describe('timelineLayout', () => {
  const layout = timelineLayout(timelineOf(facts)!);

  it('spaces the strip\'s days by time (d3 scaleUtc) and stacks the days below, gaps named', () => {
    expect(layout.strip.days.map((d) => d.x)).toEqual([8, 167, 220, 273, 432]);
    expect(layout.strip.ticks.map((t) => t.label)).toEqual(['Jun 2', 'Jun 4', 'Jun 6', 'Jun 8']);
    expect(layout.rows.map((r) => r.gap?.text)).toEqual([undefined, '3 days later', undefined, undefined, '3 days later']);
    const ys = layout.rows.map((r) => r.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(layout.height).toBeGreaterThan(ys.at(-1)!);
  });

  it(`draws at most ${PER_DAY} claims a day and counts the rest, which stay in the data table`, () => {
    const t = timelineOf(facts)!;
    const busy = { ...t, days: t.days.map((d, i) => (i === 0 ? { ...d, points: Array.from({ length: 6 }, () => d.points[0]!) } : d)) };
    const row = timelineLayout(busy).rows[0]!;
    expect(row.items).toHaveLength(PER_DAY);
    expect(row.more?.count).toBe(2);
  });

  it('starts a long passage a little before its day phrase, so the phrase is drawn', () => {
    const text = `${'word '.repeat(40)}before the day on Thursday the end`;
    const cut = around(text, text.indexOf('on Thursday'));
    expect(cut.startsWith('…')).toBe(true);
    expect(wrap(cut, 58, 2).join(' ')).toContain('on Thursday');
    expect(around('Short text on Monday.', 11)).toBe('Short text on Monday.');
  });

  it('wraps a claim at word boundaries into at most two lines, the second ending in "…" when cut', () => {
    expect(wrap('one two three four', 9, 2)).toEqual(['one two', 'three…']);
    expect(wrap('one two three', 20, 2)).toEqual(['one two three']);
    for (const row of layout.rows) for (const item of row.items) expect(item.lines.every((l) => l.length <= 58)).toBe(true);
  });
});
