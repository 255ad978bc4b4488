/**
 * The cities of the gazetteer's index (gazetteerIndex.ts), looked up in its sorted text by
 * binary search: a Map of the 135,233 cities would take longer to build than all the questions
 * one build asks of it.
 */
export interface City {
  name: string;
  /** ISO 3166-1 alpha-2 ("US"). */
  country: string;
  population: number;
  /** [longitude, latitude]. */
  point: [number, number];
}

export interface CityTable {
  /** The cities of a normalised name, in the package's order; undefined when there is none. */
  get(key: string): City[] | undefined;
  has(key: string): boolean;
}

/** A table over `text`: lines `key\tname\tcountry\tpopulation\tlongitude\tlatitude`, sorted by key in UTF-16 code units. */
export function cityTable(text: string): CityTable {
  const starts: number[] = [];
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) starts.push(at);
  const keyAt = (line: number): string => text.slice(starts[line]!, text.indexOf('\t', starts[line]!));
  const found = new Map<string, City[] | undefined>();
  const lookUp = (key: string): City[] | undefined => {
    // The first line whose key is not below `key`.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keyAt(mid) < key) lo = mid + 1;
      else hi = mid;
    }
    const cities: City[] = [];
    for (let line = lo; line < starts.length && keyAt(line) === key; line++) {
      const end = text.indexOf('\n', starts[line]!);
      const [, name, country, population, lon, lat] = text.slice(starts[line]!, end < 0 ? text.length : end).split('\t');
      cities.push({ name: name!, country: country!, population: Number(population), point: [Number(lon), Number(lat)] });
    }
    return cities.length ? cities : undefined;
  };
  const get = (key: string): City[] | undefined => {
    if (!found.has(key)) found.set(key, lookUp(key));
    return found.get(key);
  };
  return { get, has: (key) => get(key) !== undefined };
}
