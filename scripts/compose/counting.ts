/**
 * Counts in written sentences: the explainer's Markdown, the pages, the charts' summaries. An event
 * can have a single source, or two articles of which one repeats the other, so any count may be 1,
 * and the words must agree with it ("1 source", never "1 sources").
 */

/**
 * The sources an event's counts are out of ("3 of 5 sources"): every article but those that
 * largely repeat another and those with no article text left.
 */
export function countedSources(sources: readonly { copyOf?: string; empty?: true }[]): number {
  return sources.filter((s) => !s.copyOf && !s.empty).length;
}

/** "1 source", "3 sources": a count with its noun, singular for one. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** A verb in the present tense agreeing with a count: "1 source reports", "3 sources report". */
export function verbFor(n: number, verb: string): string {
  return n === 1 ? `${verb}s` : verb;
}

/**
 * The number of supporting sources in the example marker that the explainer and the about page
 * explain ("a marker such as 2/5"): `preferred`, or all of them when the event has fewer, so that
 * the example never reads "3 of the 2 sources".
 */
export function exampleSupport(preferred: number, independent: number): number {
  return Math.min(preferred, independent);
}

/** Plurals that are not the singular plus "s" or "es". */
const IRREGULAR_SINGULAR: Record<string, string> = { people: 'person', buses: 'bus', men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose', lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', halves: 'half', thieves: 'thief', wolves: 'wolf' };
/** Words in -ies and -ches that are not "-y" + "ies" or "-ch" + "es". */
const PLAIN_S = new Set(['series', 'species', 'movies', 'cookies', 'rookies', 'zombies', 'aches', 'headaches', 'caches', 'niches', 'avalanches', 'clichés', 'cliches', 'moustaches', 'mustaches']);

/**
 * The singular of a plural unit, for a figure of one ("years" -> "year", "facilities" -> "facility",
 * "people" -> "person"). A word that does not look like a regular plural ("mi", "km/h", "series",
 * "news", "analysis") is left as it is.
 */
export function singularOf(plural: string): string {
  const lower = plural.toLowerCase();
  const irregular = IRREGULAR_SINGULAR[lower];
  if (irregular) return irregular;
  if (PLAIN_S.has(lower)) return lower === 'series' || lower === 'species' ? plural : plural.slice(0, -1);
  if (/[^aeiou]ies$/i.test(plural) && plural.length > 4) return `${plural.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x|z)es$/i.test(plural)) return plural.slice(0, -2);
  if (/[^sui]s$/i.test(plural) && !/news$/i.test(plural)) return plural.slice(0, -1);
  return plural;
}
