/**
 * Bare figures that are levels of a measure the text named just before, as a reader takes them:
 * "a magnitude 6.2 quake; an aftershock measured 5.8" (magnitude 5.8), "unemployment fell to 4.1
 * percent, down from 4.3" (4.3 percent). extractQuantities.ts asks here before lending a bare
 * figure the noun of an earlier count, which would make "5.8" a count of people.
 */
import type { Sentence } from '../../contracts/stages.ts';
import type { NumberMention } from './numbers.ts';

/** The last measure of a scale named in the text, where it stood. */
export interface NamedMeasure {
  unit: string;
  paragraph: number;
  sentence: number;
}

/** Units of levels on a scale, whose later bare figures read as more levels of the same scale. */
const LEVEL_UNITS: ReadonlySet<string> = new Set(['magnitude', '%', 'pp', '°', '°F', '°C']);
/**
 * "trailing by two percentage points, and Sanders by 11", "up by 5 percent in May and by 7 in June": a bare figure after
 * "by" that repeats the "by" of a share or a margin given just before it in the sentence.
 */
const BY_AGAIN = /\bby\s+(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s*(?:%|percent|per cent|percentage points?)(?=[\s,;])[^.;:!?]{0,60}\bby\s+$/i;
/** "down from 4.3": a figure compared with the level just given. (Not "than": "15 percent were younger than 50".) */
const COMPARED = /\bfrom\s+$/i;
/**
 * "Okafor won 38 percent and Lima 31", "45 percent, to Lima's 41": a bare figure right after
 * another name in a list that gave the first name its share. Parallel lists name each side by
 * a capitalised name (a possessive too) after a comma, "and", "to", "versus" or "while", with no
 * other figure and no sentence break between.
 */
const PARALLEL = /(?:%|percent|per cent|percentage points?)(?:\s+\p{Ll}+){0,3}?(?:\s*[,;]\s*(?:and\s+|while\s+)?|\s+(?:and|to|versus|vs\.?|against|while|compared (?:with|to))\s+)(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.-]*(?:'s?|’s?)?\s+$/u;
/** "Okafor won 38-to-31 percent": the first figure of a pair whose second is a share. */
const SHARE_PAIR_AFTER = /^-to-|^\s+to\s+/;
/** A magnitude as written: one digit, a decimal point, one or two digits ("5.8"). */
const MAGNITUDE_WRITTEN = /^\d\.\d{1,2}$/;

/** The measure a figure names, to remember for the figures after it (undefined for other units). */
export function namedMeasure(unit: string, sentence: Sentence): NamedMeasure | undefined {
  return LEVEL_UNITS.has(unit) ? { unit, paragraph: sentence.paragraph, sentence: sentence.index } : undefined;
}

/**
 * The unit of the measure a bare figure (no noun of its own) is a level of, or undefined. A
 * magnitude's later levels are written as decimals within two sentences of the same or next
 * paragraph ("5.8", never "300"); any other scale's only in the same sentence, compared with it.
 */
export function measureNamedEarlier(last: NamedMeasure | undefined, sentence: Sentence, figure: NumberMention): string | undefined {
  if (!last || last.paragraph < sentence.paragraph - 1 || sentence.index - last.sentence > 2) return undefined;
  const written = sentence.text.slice(figure.numberStart, figure.end);
  if (last.unit === 'magnitude') return MAGNITUDE_WRITTEN.test(written) && figure.low === undefined ? last.unit : undefined;
  const before = sentence.text.slice(0, figure.start);
  const compared = last.sentence === sentence.index && (COMPARED.test(before) || BY_AGAIN.test(before) || (last.unit === '%' && PARALLEL.test(before.slice(-80))));
  return compared && figure.value <= 100 ? last.unit : undefined;
}

/**
 * "38-to-31 percent", "won 52 to 48 percent": a bare figure paired with the share right after it
 * (not read as a range, which runs low to high) is a share too: the winner's.
 */
export function shareOfPairAfter(text: string, figure: NumberMention, next: NumberMention | undefined): string | undefined {
  if (!next || next.kind !== 'percent' || next.low !== undefined || figure.value < next.value || figure.value > 100) return undefined;
  return SHARE_PAIR_AFTER.test(text.slice(figure.end, next.start)) ? next.unit : undefined;
}
