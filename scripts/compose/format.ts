/** Human-readable figures with what they count, shared by the Markdown, the charts and the site. */
import type { Quantity } from '../contracts/facts.ts';
import { singularOf } from './counting.ts';
import { figureShowsUnit, formatQuantity } from '../text/figures.ts';

// The figure alone is written by text/figures.ts (align writes it into conflicts too).
export { clockTime, figureShowsUnit, formatNumber, formatQuantity } from '../text/figures.ts';

/**
 * What a figure counts, to write after formatQuantity's text: the article's own words when the
 * extractor kept them ("city-based nurses on standby"), else the unit, unless the figure shows
 * it already ("45%", "$250 million", "9:06 a.m."), when there is nothing to add (""). A unit after a
 * figure of exactly one is singular: "almost 1 year", never "1 years".
 */
export function countedNoun(q: Pick<Quantity, 'value' | 'low' | 'high' | 'unit' | 'counts'>): string {
  if (q.counts) return q.counts;
  if (figureShowsUnit(q.unit)) return '';
  const unit = READ_AS[q.unit] ?? q.unit;
  return q.value === 1 && q.low === undefined ? singularOf(unit) : unit;
}

/**
 * Units the extractor writes as symbols (so "15-hour" and "15 hrs" compare) that a reader reads
 * as words: "15 hours", not "15 h". Units of measure a reader knows as symbols ("km", "lb") stay,
 * and so does "t", which the extractor writes for tons and tonnes alike (naming one would misreport the other).
 */
const READ_AS: Readonly<Record<string, string>> = { s: 'seconds', min: 'minutes', h: 'hours' };

/** The figure and what it counts: "about 4,200 nurses", "45%", "almost 1 year". */
export function describeQuantity(q: Pick<Quantity, 'value' | 'low' | 'high' | 'unit' | 'qualifier' | 'counts'>): string {
  const noun = countedNoun(q);
  return noun ? `${formatQuantity(q)} ${noun}` : formatQuantity(q);
}
