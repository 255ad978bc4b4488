/**
 * A figure written as people read it ("about 4,200", "$250 million", "9:06 a.m."): used by align,
 * which writes both sides of a disagreement into facts.json, and by compose, the charts and the
 * site (compose/format.ts adds what the figure counts).
 */
import type { Quantity } from '../contracts/facts.ts';

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

/** 546 (minutes after midnight) -> "9:06 a.m."; 1269 -> "9:09 p.m.". */
export function clockTime(minutes: number): string {
  const h = Math.floor(minutes / 60) % 24;
  const m = Math.round(minutes % 60);
  return `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} ${h < 12 ? 'a.m.' : 'p.m.'}`;
}
