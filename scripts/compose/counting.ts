/**
 * Counts in written sentences: the explainer's Markdown, the pages, the charts' summaries. An event
 * can have a single source, or two articles of which one repeats the other, so any count may be 1,
 * and the words must agree with it ("1 source", never "1 sources").
 */

/** "1 source", "3 sources": a count with its noun, singular for one. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * The number of supporting sources in the example marker that the explainer and the about page
 * explain ("a marker such as 2/5"): `preferred`, or all of them when the event has fewer, so that
 * the example never reads "3 of the 2 sources".
 */
export function exampleSupport(preferred: number, independent: number): number {
  return Math.min(preferred, independent);
}
