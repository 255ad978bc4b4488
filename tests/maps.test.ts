/** Maps: the gazetteer's disambiguation, flows and places read from invented articles, and the drawing. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../scripts/pipeline.ts';
import { chooseCharts, type ChartSpec } from '../scripts/charts/choose.ts';
import { mapOf, type PlaceMap } from '../scripts/charts/maps.ts';
import { resolvePlace } from '../scripts/charts/places/resolvePlace.ts';
import { mapLayout } from '../components/charts/mapLayout.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-maps-'));
let events = 0;
/** Facts of an invented event, one article per text. */
function factsOf(...articles: string[]) {
  const dir = join(work, `event-${events++}`);
  mkdirSync(dir);
  articles.forEach((text, i) => writeFileSync(join(dir, `outlet-${i + 1}.txt`), text));
  return runPipeline(dir).facts;
}
const where = (name: string, ...contexts: string[]) => {
  const p = resolvePlace(name, contexts);
  return p && `${p.kind}: ${p.within || p.name}`;
};

describe('resolvePlace', () => {
  it('places a city only beside its state or country (Paris, France against Paris, Texas)', () => {
    expect(where('Paris', 'The delegation flew to Paris, France, on Monday.')).toBe('city: France');
    expect(where('Paris', 'The convoy reached Paris, Texas, by night.')).toBe('city: Texas, United States of America');
    expect(where('Paris', 'The delegation flew to Paris on Monday.')).toBeUndefined();
    expect(where('Paris, Texas')).toBe('city: Texas, United States of America');
  });

  it('leaves Georgia alone unplaced, but reads "the state of" and "the republic of", and Georgia as a qualifier', () => {
    expect(where('Georgia', 'The trucks went to Georgia.')).toBeUndefined();
    expect(where('Georgia', 'The trucks went to the state of Georgia.')).toBe('state: United States of America');
    expect(where('Georgia', 'The envoy went to the former Soviet republic of Georgia.')).toBe('country: Georgia');
    expect(where('Savannah', 'The ship docked in Savannah, Georgia.')).toBe('city: Georgia, United States of America');
    expect(where('Batumi', 'The ship docked in Batumi, Georgia.')).toBe('city: Georgia');
  });

  it('places Portland only with its state, and not when the sources name different ones', () => {
    expect(where('Portland', 'The team flew to Portland.')).toBeUndefined();
    expect(where('Portland', 'The team flew to Portland, Oregon.')).toBe('city: Oregon, United States of America');
    expect(where('Portland', 'The team flew to Portland (Maine).')).toBe('city: Maine, United States of America');
    expect(where('Portland', 'to Portland, Oregon.', 'to Portland, Maine.')).toBeUndefined();
  });

  it('places a country alone, a state alone when no town shares its name, and nothing it does not know', () => {
    expect(where('Romania', 'They will go to Romania.')).toBe('country: Romania');
    expect(resolvePlace('the U.S.', ['They left the U.S.'])?.point).toEqual(resolvePlace('United States of America', [])!.point);
    expect(where('Texas', 'They will go to Texas.')).toBe('state: United States of America');
    expect(where('Washington', 'They will go to Washington.')).toBeUndefined(); // the state, the capital, a dozen towns
    expect(where('New York', 'They will go to New York.')).toBeUndefined(); // the state and New York City
    expect(where('Halvik', 'They will go to Halvik.')).toBeUndefined();
    expect(where('March', 'It began in March.')).toBeUndefined(); // a town in England, and the month
  });
});

describe('mapOf', () => {
  it('draws a flow map of movements between places the text pins down, leaving out the ambiguous ones', () => {
    const facts = factsOf(
      'Plant workers to relocate\n\nThe company said 1,200 workers will move from Portland, Oregon, to Paris, Texas, next year. Another 300 workers will go to Georgia, the company said.\n',
      'Workers head south\n\nAbout 1,200 workers will move from Portland, Oregon, to Paris, Texas, the company said on Tuesday.\n',
    );
    const map = mapOf(facts)!;
    expect(map.style).toBe('flows');
    expect(map.flows.map((f) => [f.datum.value, f.originName, f.origin?.within, f.destinationName, f.destinations.map((d) => d.within)])).toEqual([
      [1200, 'Portland', 'Oregon, United States of America', 'Paris', ['Texas, United States of America']],
    ]);
    expect(map.leftOut).toBe(1); // 300 to Georgia: the state or the country?
    const charts = chooseCharts(facts, (id) => id);
    // The map does not draw every flow, so the bars stay beside it.
    expect(charts.map((c) => c.id)).toEqual(expect.arrayContaining(['flows', 'map']));
    const chart = charts.find((c) => c.id === 'map') as Extract<ChartSpec, { kind: 'map' }>;
    expect(chart.summary).toBe('1,200 workers from Portland (Oregon, United States of America) to Paris (Texas, United States of America)');
    expect(chart.table.rows[0]!.slice(0, 4)).toEqual(['Portland', '45.52° N, 122.68° W, Oregon, United States of America', 'Paris', '33.66° N, 95.56° W, Texas, United States of America']);
    expect(chart.sources).toEqual(facts.sources.map((s) => s.id));
  });

  it('draws no map when the places are ambiguous or unknown', () => {
    expect(mapOf(factsOf('Workers move\n\nThe company said 1,200 workers will move from Portland to Paris next year. Another 300 workers will go to Georgia.\n'))).toBeUndefined();
    expect(mapOf(factsOf('Grain moves\n\nAbout 1,200 tonnes of grain will move from Ostrava Bay to Kellen by rail. Another 800 tonnes will go from Halvik to Norby.\n'))).toBeUndefined();
  });

  it('draws a locator map of figures reported in places, and none for ages, distances or a modifier', () => {
    const map = mapOf(factsOf('Quake strikes coast\n\nAt least 14 people died in Sendai, Japan, officials said. In Kobe, Japan, 6 people were hurt.\n'))!;
    expect(map.style).toBe('locator');
    expect(map.markers.map((m) => [m.place.name, m.place.within, m.data.map((d) => d.value)])).toEqual([['Sendai', 'Japan', [14]], ['Kobe', 'Japan', [6]]]);
    expect(mapOf(factsOf('Runner wins\n\nThe 32-year-old ran 26 miles in Tokyo on Sunday. She is 32 years old in Tokyo terms.\n'))).toBeUndefined();
    expect(mapOf(factsOf('Floods\n\nMore than 2,000 sandbags were placed at Metro stations, officials said.\n'))).toBeUndefined();
  });
});

describe('mapLayout', () => {
  const facts = factsOf('Troops move\n\nAbout 1,700 troops will move from Fort Bragg, North Carolina, to Poland. Another 1,000 troops will move from Germany to Romania.\n');
  const map = mapOf(facts) as PlaceMap;
  const layout = mapLayout(map, (d) => d.sources.map(() => '[1]').join(''));

  it('draws one arc per flow, wider for the larger figure, with every path number rounded to 0.1', () => {
    expect(layout.arcs.map((a) => a.datum.value)).toEqual([1700, 1000]);
    expect(layout.arcs[0]!.width).toBeGreaterThan(layout.arcs[1]!.width);
    for (const d of [layout.land, ...layout.arcs.flatMap((a) => [a.d, a.head])]) {
      expect(d.length).toBeGreaterThan(0);
      expect(d.match(/\d+\.\d{2,}/g)).toBeNull();
    }
  });

  it('keeps every label inside the drawing and names each place once', () => {
    const places = layout.texts.filter((t) => t.kind === 'place').map((t) => t.kind === 'place' && t.text);
    expect(places.sort()).toEqual(['Fort Bragg', 'Germany', 'Poland', 'Romania']);
    for (const t of layout.texts) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x).toBeLessThanOrEqual(layout.width);
      expect(t.y).toBeGreaterThan(0);
      expect(t.y).toBeLessThanOrEqual(layout.height);
    }
  });
});
