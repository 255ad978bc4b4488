/**
 * The number finder's (numbers.ts) output type, and the two small helpers every reader of it shares:
 * running a sticky regex at one position, and building a mention from offsets.
 */

export type NumberKind = 'count' | 'money' | 'percent' | 'measure' | 'year' | 'date' | 'time' | 'ordinal' | 'phone' | 'address' | 'identifier';
export interface NumberMention {
  /** Offsets into the input string of the whole expression, qualifier included: "about 4,200", "between 40,000 and 45,000", "$250 million", "roughly 1.2 million", "9:06 a.m.", "20 feet". */
  start: number; end: number;
  /** Offset where the number (after any qualifier) starts: lets callers show or re-parse just the figure. */
  numberStart: number;
  kind: NumberKind;
  /** Normalised value: full value (1.2 million -> 1200000; "$5.2bn" -> 5200000000; "£14m" -> 14000000); a range's value is its midpoint; percent 45% -> 45; time 9:06 -> minutes since midnight (546), a.m./p.m. respected; year -> the year. */
  value: number;
  low?: number; high?: number;          // ranges only
  /** money: ISO code (USD, GBP, EUR, JPY, ...; bare "$" = USD); percent: "%"; measure: normalised unit ("ft","m","km","mi","mph","km/h","kg","lb","t","in","cm","acres","ha","sq ft","sq mi"...); others undefined. */
  unit?: string;
  /** Normalised lower-case qualifier as written: "about", "roughly", "approximately", "around", "nearly", "almost", "more than", "over", "at least", "up to", "fewer than", "less than", "some", "an estimated", "as many as", "just over", "just under", "under"... */
  qualifier?: string;
}

/** What a reader found at an anchor: a mention, a position to skip to (nothing to report there), or nothing. */
export type Found = NumberMention | number | undefined;

/** A figure with its currency, scale and unit, before ranges and qualifiers are considered. */
export interface Quantity {
  end: number; value: number; raw: number; scale: number;
  kind: 'count' | 'money' | 'percent' | 'measure'; unit?: string;
  loneOne: boolean; yearLike: boolean; plainDigits: string;
}

/** A figure alone ("40,000", "1.2 million", "twenty-one"), before a currency or unit makes it a quantity. */
export type Figure = Omit<Quantity, 'kind' | 'unit'>;

/** Run a sticky regex at one position. */
export function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** A value computed in floating point, to 15 significant digits: 1.2 * 1e6 is 1200000, not 1200000.0000000002. */
export function exact(value: number): number {
  // A whole number of up to 15 digits is already exact (most figures): no string round trip.
  if (Number.isInteger(value) && value !== 0 && Math.abs(value) < 1e15) return value;
  return Number(value.toPrecision(15));
}

/** A mention whose number starts where the expression does (no qualifier or label before it). */
export function mention(start: number, end: number, kind: NumberKind, value: number, unit?: string): NumberMention {
  const m: NumberMention = { start, end, numberStart: start, kind, value };
  if (unit !== undefined) m.unit = unit;
  return m;
}

/** A reader whose whole match is the mention; value() may reject the match by returning undefined. */
export function pattern(re: RegExp, kind: NumberKind, value: (m: RegExpExecArray) => number | undefined) {
  return (text: string, pos: number): Found => {
    const m = at(re, text, pos);
    const v = m ? value(m) : undefined;
    return m && v !== undefined ? mention(pos, pos + m[0].length, kind, v) : undefined;
  };
}
