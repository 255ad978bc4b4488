/**
 * A place name in the facts -> one place on the map, only when the text leaves no doubt:
 * "Paris, Texas" or "Springfield (Illinois)" name the state or country beside the
 * city; "Georgia" is a state and a country, "Portland" a dozen cities, so alone they are
 * nothing. A wrong map is worse than none.
 */
import { geoContains, geoDistance } from 'd3-geo';
import { gazetteer, normalName, type City, type Region } from './gazetteer.ts';

export interface Place {
  /** As the sources wrote it ("Springfield"). */
  name: string;
  kind: 'country' | 'state' | 'city';
  /** [longitude, latitude]. */
  point: [number, number];
  /** Where it is, for the table ("North Carolina, United States of America"); empty for a country. */
  within: string;
}

/** A city named alone must be the only one of its name, and this large (no "March" for the month). */
export const LONE_CITY_POPULATION = 100_000;

const WORDS = String.raw`[A-Z][\p{L}’'.-]*(?:\s+(?:of\s+)?[A-Z][\p{L}’'.-]*){0,3}`;
const STATE_CUE = /\b(?:state of|U\.?S\.? state of)\s+$/i;
const COUNTRY_CUE = /\b(?:country of|republic of|nation of)\s+$/i;

/**
 * The place `name` is, read in `contexts` (the sentences it was found in), or undefined.
 * "X, Y" in the name itself is a city and its state or country.
 */
export function resolvePlace(name: string, contexts: readonly string[]): Place | undefined {
  const clean = name.replace(/^the\s+/i, '').replace(/[,;:’']+$/, '').trim();
  if (clean.endsWith('.') && !knownName(clean)) return resolvePlace(clean.slice(0, -1), contexts); // "to Portugal." but "the U.S."

  const inName = /^(.+?)\s*(?:,\s*|\(\s*)([^,()]+?)\)?$/.exec(clean);
  const bare = inName ? inName[1]! : clean;
  // Each qualifier is the regions a name beside the place could be ("Georgia": the state and the country).
  const qualifiers = new Map<string, Region[]>();
  const cues = new Set<'state' | 'country'>();
  if (inName) {
    const q = regionsNamed(inName[2]!);
    if (!q.length) return undefined;
    qualifiers.set(q.map((r) => r.name).join(), q);
  }
  for (const context of contexts) {
    for (let at = context.indexOf(bare); at >= 0; at = context.indexOf(bare, at + 1)) {
      const before = context.slice(Math.max(0, at - 24), at);
      const after = context.slice(at + bare.length);
      if (/\p{L}$/u.test(before) || /^\p{L}/u.test(after)) continue; // part of a longer word
      if (STATE_CUE.test(before)) cues.add('state');
      if (COUNTRY_CUE.test(before)) cues.add('country');
      const q = new RegExp(String.raw`^\s*(?:,\s*|\(\s*)(${WORDS})(?=\s*[),.;:]|\s*$)`, 'u').exec(after);
      const regions = q ? regionsNamed(q[1]!) : [];
      if (regions.length) qualifiers.set(regions.map((r) => r.name).join(), regions);
    }
  }
  const g = gazetteer();
  const key = normalName(bare);
  const country = g.country.get(key);
  const state = g.state.get(key);
  const cities = g.cities.get(key) ?? [];
  if (qualifiers.size > 1 || cues.size > 1) return undefined; // the sources place it differently
  const [qualifier] = qualifiers.values();
  if (qualifier) {
    // "Texas, U.S.": a state in its country; "Atlanta, Georgia": the one city of that name in either Georgia.
    const within = cities.filter((c) => qualifier.some((r) => inRegion(c, r)));
    if (state && !within.length && qualifier.some((r) => r.name === 'United States of America')) return regionPlace(bare, state);
    return within.length === 1 ? cityPlace(bare, within[0]!) : undefined;
  }
  const [cue] = cues;
  if (cue === 'state') return state && regionPlace(bare, state);
  if (cue === 'country') return country && regionPlace(bare, country);
  // Georgia the state and the country; Puerto Rico is in both atlases as one place.
  if (country && state) return geoDistance(country.point, state.point) < 0.05 ? regionPlace(bare, country) : undefined;
  if (country) return regionPlace(bare, country);
  // "Washington" is a state, the capital and towns; "New York" the city too ("New York City").
  if (state) return cities.length || (g.cities.get(`${key} city`) ?? []).some((c) => c.population >= LONE_CITY_POPULATION) ? undefined : regionPlace(bare, state);
  return cities.length === 1 && cities[0]!.population >= LONE_CITY_POPULATION ? cityPlace(bare, cities[0]!) : undefined;
}

/** "Portugal and Spain" -> both places, or undefined when either is unknown. */
export function resolvePlaces(names: string, contexts: readonly string[]): Place[] | undefined {
  const parts = names.split(/\s*,?\s+and\s+|\s*,\s+(?=[A-Z])(?=[^,]*\band\b)/);
  const places = parts.map((p) => resolvePlace(p, contexts));
  if (places.some((p) => !p)) return parts.length > 1 ? undefined : (resolvePlace(names, contexts) ? [resolvePlace(names, contexts)!] : undefined);
  return places as Place[];
}

function knownName(name: string): boolean {
  const key = normalName(name);
  const g = gazetteer();
  return g.country.has(key) || g.state.has(key) || g.cities.has(key);
}

/** The regions a name can be: none, one, or a state and a country ("Georgia"). */
function regionsNamed(name: string): Region[] {
  if (name.endsWith('.') && !knownName(name)) return regionsNamed(name.slice(0, -1));
  const key = normalName(name);
  const g = gazetteer();
  const country = g.country.get(key);
  const state = g.state.get(key);
  if (country && state) return geoDistance(country.point, state.point) < 0.05 ? [country] : [state, country];
  return country ? [country] : state ? [state] : [];
}

function inRegion(city: City, region: Region): boolean {
  if (region.kind === 'country') return gazetteer().countryOfCode(city.country) === region;
  return city.country === 'US' && geoContains(region.shape, city.point);
}

function regionPlace(name: string, region: Region): Place {
  return { name, kind: region.kind, point: region.point, within: region.kind === 'state' ? 'United States of America' : '' };
}

function cityPlace(name: string, city: City): Place {
  const country = gazetteer().countryOfCode(city.country)?.name ?? city.country;
  const state = city.country === 'US' ? [...gazetteer().state.values()].find((s) => geoContains(s.shape, city.point))?.name : undefined;
  return { name, kind: 'city', point: city.point, within: state ? `${state}, ${country}` : country };
}
