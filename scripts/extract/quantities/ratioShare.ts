/**
 * "one in five Americans", "more than 1 in 10 children", "three out of four doctors": a rate, which a
 * reader takes as a share (20%, 10%, 75%), not as a count of the noun after it ("5 Americans" would
 * be a figure no source gave). extractQuantities.ts asks here before reading a count's noun.
 */
import { QUALIFIER } from './withQualifier.ts';
import { parseNumberWords } from './numberWords.ts';
import type { NumberMention } from './numbers.ts';

/** The part before the whole: "one in", "1 in", "three out of", "one in every". */
const PART_BEFORE = /(?<![\p{L}\d,.])(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+(?:every\s+)?$/iu;

export interface RatioShare {
  /** Where the rate starts in the sentence (its qualifier included: "nearly one in four"). */
  start: number;
  /** The share in percent, to three significant digits ("one in seven": 14.3, "one in 100,000": 0.001). */
  value: number;
  qualifier?: string;
}

/** The share a whole's figure ends, when the words before it give a part "in" it; undefined otherwise. */
export function ratioShare(text: string, figure: NumberMention): RatioShare | undefined {
  if (figure.kind !== 'count' || figure.qualifier || figure.low !== undefined || !(figure.value > 0)) return undefined;
  const part = PART_BEFORE.exec(text.slice(0, figure.start));
  if (!part) return undefined;
  const value = /^\d+$/.test(part[1]!) ? Number(part[1]) : parseNumberWords(part[1]!);
  if (value === undefined || value >= figure.value) return undefined;
  // "one in a million" is a manner of speaking; "52 out of 208 species" counts species (a rate's whole is
  // ten or fewer, a power of ten, or its part is one).
  if (/^an?\s/i.test(text.slice(figure.numberStart, figure.end))) return undefined;
  if (value !== 1 && figure.value > 10 && !/^10+$/.test(String(figure.value))) return undefined;
  const share = Number(((value / figure.value) * 100).toPrecision(3));
  const hedge = QUALIFIER.exec(text.slice(0, part.index));
  if (hedge) return { start: hedge.index, value: share, qualifier: hedge[1]!.toLowerCase().replace(/\s+/g, ' ') };
  return { start: part.index, value: share };
}
