/** Human-readable figures, shared by the Markdown, the charts and the site. */
import type { Quantity } from '../contracts/facts.ts';
import { singularOf } from './counting.ts';

const CURRENCY_SYMBOL: Record<string, string> = { USD: '$', GBP: '£', EUR: '€', JPY: '¥' };

/** One formatter for every call: toLocaleString with options builds a new one each time. */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 250000000 -> "250 million"; 4200 -> "4,200". */
export function formatNumber(n: number): string {
  const abs = Math.abs(n);
  for (const [size, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (abs >= size) {
      const scaled = n / size;
      return `${Number.isInteger(scaled) ? scaled : Number(scaled.toFixed(2))} ${word}`;
    }
  }
  return GROUPED.format(n);
}

/** "about 4,200", "40,000–45,000", "$250 million", "45%". */
export function formatQuantity(q: Pick<Quantity, 'value' | 'low' | 'high' | 'unit' | 'qualifier'>): string {
  if (q.unit === 'clock time') return clockTime(q.value);
  const figure = q.low !== undefined && q.high !== undefined ? `${formatNumber(q.low)}–${formatNumber(q.high)}` : formatNumber(q.value);
  const symbol = CURRENCY_SYMBOL[q.unit];
  let text = figure;
  if (symbol) text = `${symbol}${figure}`;
  else if (q.unit === '%') text = `${figure}%`;
  else if (/^[A-Z]{3}$/.test(q.unit)) text = `${figure} ${q.unit}`;
  return q.qualifier ? `${q.qualifier} ${text}` : text;
}

/** Units formatQuantity writes into the figure itself: money ("$250 million", "3 million CHF"), "45%", "9:06 a.m.". */
export function figureShowsUnit(unit: string): boolean {
  return unit === 'clock time' || unit === '%' || /^[A-Z]{3}$/.test(unit);
}

/**
 * What a figure counts, to write after formatQuantity's text: the article's own words when the
 * extractor kept them ("U.S.-based troops on higher alert"), else the unit, unless the figure shows
 * it already ("45%", "$250 million", "9:06 a.m."), when there is nothing to add (""). A unit after a
 * figure of exactly one is singular: "almost 1 year", never "1 years".
 */
export function countedNoun(q: Pick<Quantity, 'value' | 'low' | 'high' | 'unit' | 'counts'>): string {
  if (q.counts) return q.counts;
  if (figureShowsUnit(q.unit)) return '';
  return q.value === 1 && q.low === undefined ? singularOf(q.unit) : q.unit;
}

/** The figure and what it counts: "about 4,200 troops", "45%", "almost 1 year". */
export function describeQuantity(q: Pick<Quantity, 'value' | 'low' | 'high' | 'unit' | 'qualifier' | 'counts'>): string {
  const noun = countedNoun(q);
  return noun ? `${formatQuantity(q)} ${noun}` : formatQuantity(q);
}

/** 546 (minutes after midnight) -> "9:06 a.m."; 1269 -> "9:09 p.m.". */
export function clockTime(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = Math.round(minutes % 60);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}
