/**
 * Vocabulary for the number finder (numbers.ts): word numbers ("four", "twenty-one", "three
 * hundred", "a dozen", "half a million", "1.2 million", "5bn") and the currency and unit words
 * that may follow a figure.
 *
 * Hand-written for the same reason as numbers.ts: NLP libraries (compromise etc.) lose
 * character offsets and are generous about what a number is. Here vague words ("dozens",
 * "hundreds", "several", "thousands") are never numbers, and a lone "a" is never a number.
 */
import { at, exact } from './numberMention.ts';

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Value of every plain number word (0-19 and the tens). */
const WORD_VALUES = new Map<string, number>([
  ...ONES.map((w, i): [string, number] => [w, i]),
  ...TENS.map((w, i): [string, number] => [w, (i + 2) * 10]),
]);

/** Scales that close a group ("two hundred thousand" = (2 * 100) * 1000), with the abbreviations news copy uses. */
const BIG_SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, million: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, billion: 1e9, bn: 1e9, bln: 1e9, bil: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
  // South Asian scales, as Indian and Pakistani outlets write money and counts ("Rs 50 lakh", "5 crore people").
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};
/** Suffixes glued to a numeral ("5bn", "£14m", "$50k"). numbers.ts only lets "m" and "k" through after a currency sign. */
const ATTACHED: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12, trn: 1e12 };

/** Multiplier named by a scale word or abbreviation ("million", "bn", "m", "k"); undefined for anything else. */
export function scaleOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return w === 'hundred' ? 100 : BIG_SCALES[w] ?? ATTACHED[w];
}

const byLength = (a: string, b: string): number => b.length - a.length;
const TOKEN = `(?:${[...ONES, ...TENS, 'hundred', 'dozen', 'thousand', 'million', 'billion', 'trillion'].sort(byLength).join('|')})(?![a-z])`;
const MULTIPLIER_AHEAD = '(?=(?:dozen|hundred|thousand|million|billion|trillion)(?![a-z]))';
/** "a million", "half a million", "a half-million" (a scale led by an article, halved before or after it). */
const ARTICLE = `(?:(?:half\\s+)?a\\s+|a[\\s-]+half[\\s-]+)${MULTIPLIER_AHEAD}`;

/**
 * Regex source (use with the i flag) for where a word number may begin. Not "zero" (idioms:
 * "zero tolerance"), not bare scale words ("hundred"), not "a" without a following scale;
 * a lone "one" is filtered by the caller.
 */
export const WORD_START_SOURCE = `${ARTICLE}|(?:${[...ONES.slice(1), ...TENS].sort(byLength).join('|')})(?![a-z])`;

/** Regex source (i flag) for a greedy run of number words; parseNumberWords decides how much of it is valid. */
export const WORD_RUN_SOURCE = `(?:${ARTICLE})?${TOKEN}(?:(?:\\s+and\\s+|[\\s-]+)${TOKEN})*`;

/** A digit numeral, optionally with a glued scale suffix. */
const NUMERAL = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(k|m|mn|bn|tn|trn)?$/;

/** Grammar state: what the previous token was. */
type Prev = 'start' | 'half' | 'a' | 'and' | 'numeral' | 'unit' | 'teen' | 'tens' | 'hundred' | 'dozen' | 'scale';
/** States a "hundred", "dozen" or scale word may multiply. */
const COUNTABLE: ReadonlySet<Prev> = new Set<Prev>(['numeral', 'unit', 'teen', 'tens', 'a']);
/** States after which a fresh group ("twenty", "five") may start. */
const OPEN: ReadonlySet<Prev> = new Set<Prev>(['start', 'hundred', 'scale', 'and']);

/**
 * Parse a number written in words, digits, or both: "four" -> 4, "a dozen" -> 12,
 * "twenty-one" -> 21, "three hundred" -> 300, "one hundred and five" -> 105,
 * "half a million" -> 500000, "1.2 million" -> 1200000, "5bn" -> 5e9, "40,000" -> 40000.
 * Returns undefined for anything that is not entirely one well-formed number
 * ("dozens", "two three", "a", "hundred", "thousands").
 */
export function parseNumberWords(words: string): number | undefined {
  const tokens = words.trim().toLowerCase().split(/[\s-]+/).filter((t) => t !== '');
  let total = 0;
  let group = 0;
  let factor = 1;
  let lastScale = Infinity;
  let prev: Prev = 'start';
  for (const [i, token] of tokens.entries()) {
    const numeral = NUMERAL.exec(token);
    const small = WORD_VALUES.get(token);
    const big = BIG_SCALES[token];
    if (numeral) {
      if (prev !== 'start') return undefined;
      group = Number((numeral[1] ?? '').replaceAll(',', '') + (numeral[2] ?? ''));
      const glued = numeral[3] === undefined ? undefined : ATTACHED[numeral[3]];
      if (glued !== undefined) [total, group, lastScale] = [group * glued, 0, glued];
      prev = glued === undefined ? 'numeral' : 'scale';
    } else if (token === 'half') {
      // "half a million", "a half-million": half of the scale that follows.
      if (prev === 'a' && factor === 1 && BIG_SCALES[tokens[i + 1] ?? ''] !== undefined) {
        factor = 0.5;
        continue;
      }
      if (prev !== 'start' || tokens[i + 1] !== 'a') return undefined;
      [factor, prev] = [0.5, 'half'];
    } else if (token === 'a') {
      if (prev !== 'start' && prev !== 'half') return undefined;
      [group, prev] = [1, 'a'];
    } else if (token === 'and') {
      if (prev !== 'hundred' && prev !== 'scale') return undefined;
      prev = 'and';
    } else if (small !== undefined) {
      if (!OPEN.has(prev) && !(small < 10 && prev === 'tens')) return undefined;
      group += small;
      prev = small < 10 ? 'unit' : small < 20 ? 'teen' : 'tens';
    } else if (token === 'hundred' || token === 'dozen') {
      if (!COUNTABLE.has(prev)) return undefined;
      group *= token === 'hundred' ? 100 : 12;
      prev = token;
    } else if (big !== undefined) {
      if ((!COUNTABLE.has(prev) && prev !== 'hundred' && prev !== 'dozen') || big >= lastScale) return undefined;
      [total, group, lastScale, prev] = [total + group * big, 0, big, 'scale'];
    } else {
      return undefined;
    }
  }
  if (prev === 'start' || prev === 'half' || prev === 'a' || prev === 'and') return undefined;
  // toPrecision strips binary noise such as 4.35 * 100 = 434.99999999999994.
  return exact((total + group) * factor);
}

export const CURRENCY_CODES = 'USD|EUR|GBP|JPY|CNY|INR|AUD|CAD|CHF';

/** Sticky alternation over [pattern, normalised value] pairs; the capture group that matched picks the value. */
function table(entries: ReadonlyArray<readonly [string, string]>, before: string, flags: string) {
  const re = new RegExp(`${before}(?:${entries.map(([p]) => `(${p})`).join('|')})(?![A-Za-z\\d])`, `${flags}y`);
  return (text: string, pos: number): { end: number; value: string; word: string } | undefined => {
    const m = at(re, text, pos);
    const i = m ? m.findIndex((g, j) => j > 0 && g !== undefined) : -1;
    const entry = entries[i - 1];
    return m && entry ? { end: pos + m[0].length, value: entry[1], word: m[i] ?? '' } : undefined;
  };
}
/** Currency named after the figure: "500 dollars", "2 million euros", "10 USD", and as a compound's first part, "20-dollar bills" (the same sum as "$20 bills"). */
export const readCurrencyWord = table([
  ['(?:US|U\\.S\\.|American)\\s+dollars?', 'USD'], ['Australian\\s+dollars?', 'AUD'], ['Canadian\\s+dollars?', 'CAD'],
  ['Hong\\s+Kong\\s+dollars?', 'HKD'], ['dollars?', 'USD'], ['euros?', 'EUR'], ['pounds?\\s+sterling|sterling', 'GBP'],
  ['yen', 'JPY'], ['yuan|renminbi', 'CNY'], ['rupees?', 'INR'], ['rubles?|roubles?', 'RUB'], ['(?:Swiss\\s+)?francs?', 'CHF'],
  ...CURRENCY_CODES.split('|').map((c): [string, string] => [c, c]),
], '(?:\\s+|-)', 'i');
/** Unit words after a space or hyphen ("20 feet", "15-foot"), normalised to the abbreviations callers compare. */
const UNIT_WORDS: Array<[string, string]> = [
  ['miles?[\\s-]+(?:per|an)[\\s-]+hour', 'mph'], ['kilomet(?:er|re)s?[\\s-]+(?:per|an)[\\s-]+hour', 'km/h'], ['(?:square|sq\\.?)[\\s-]+(?:feet|foot)', 'sq ft'],
  // ("2,400 sq miles": the abbreviation before a unit's whole word is still an area.)
  ['(?:square|sq\\.?)[\\s-]+miles?', 'sq mi'], ['(?:square|sq\\.?)[\\s-]+kilomet(?:er|re)s?', 'sq km'], ['(?:square|sq\\.?)[\\s-]+met(?:er|re)s?', 'sq m'],
  // Volumes: "4 cubic meters" is no length of 4 meters.
  ['cubic\\s+(?:feet|foot)', 'cu ft'], ['cubic\\s+yards?', 'cu yd'], ['cubic\\s+miles?', 'cu mi'], ['cubic\\s+kilomet(?:er|re)s?', 'cu km'], ['cubic\\s+met(?:er|re)s?', 'cu m'],
  ['feet|foot', 'ft'], ['inch(?:es)?', 'in'], ['yards?', 'yd'], ['miles?', 'mi'], ['kilomet(?:er|re)s?', 'km'],
  ['centimet(?:er|re)s?', 'cm'], ['millimet(?:er|re)s?', 'mm'], ['met(?:er|re)s?', 'm'], ['kilo(?:gram)?s?|kilogrammes?', 'kg'],
  ['grams?|grammes?', 'g'], ['(?:metric\\s+)?(?:tonnes?|tons?)', 't'], ['ounces?', 'oz'], ['pounds?', 'lb'], ['acres?', 'acres'],
  ['hectares?', 'ha'], ['lit(?:er|re)s?', 'L'], ['gallons?', 'gal'], ['barrels?', 'bbl'], ['knots?', 'kn'],
  ['degrees?\\s+(?:Fahrenheit|F)', '°F'], ['degrees?\\s+(?:Celsius|C)', '°C'], ['degrees?', '°'],
  ['horsepower', 'hp'], ['megawatts?', 'MW'], ['gigawatts?', 'GW'], ['kilowatts?', 'kW'], ['percentage\\s+points?', 'pp'],
  // ("3 second-degree charges", "two second chances": the ordinal "second" in a compound or before a plural is no duration.)
  ['seconds|second(?!-[A-Za-z])(?!\\s+[a-z]{2,}[^s\\W]s\\b)', 's'], ['minutes?', 'min'], ['hours?', 'h'], ['days?', 'days'], ['weeks?', 'weeks'], ['months?', 'months'],
  ['years?', 'years'], ['decades?', 'decades'], ['magnitude', 'magnitude'], ['on\\s+the\\s+Richter\\s+scale', 'magnitude'],
];
export const readUnitWord = table(UNIT_WORDS, '(?:\\s+|-)', 'i');
/** Case-sensitive unit abbreviations, spaced or glued ("5,000 ft", "30km"); "in", "t", "g" are left out as too ambiguous. */
const UNIT_ABBREVIATIONS: Array<[string, string]> = [
  ['mph', 'mph'], ['km\\/h|kph|kmh', 'km/h'], ['sq\\.?\\s?ft', 'sq ft'], ['sq\\.?\\s?mi', 'sq mi'], ['sq\\.?\\s?km|km2|km²', 'sq km'],
  ['m2|m²', 'sq m'], ['ft', 'ft'], ['yds?', 'yd'], ['mi', 'mi'], ['kms?', 'km'], ['cm', 'cm'], ['mm', 'mm'], ['kgs?', 'kg'],
  ['lbs?', 'lb'], ['oz', 'oz'], ['ha', 'ha'], ['°F', '°F'], ['°C', '°C'], ['°', '°'], ['MW', 'MW'], ['GW', 'GW'], ['kW', 'kW'],
  ['hp', 'hp'], ['kWh', 'kWh'], ['MWh', 'MWh'], ['GWh', 'GWh'], ['mins?', 'min'], ['hrs?', 'h'], ['mg', 'mg'], ['ml|mL', 'mL'],
  // "a 12-wk trial", "over 3 yrs": the short forms of weeks and years that reports and abstracts use.
  ['wks?', 'weeks'], ['yrs?', 'years'],
  // Frequencies: "a 37.5 kHz signal".
  ['kHz', 'kHz'], ['MHz', 'MHz'], ['GHz', 'GHz'], ['Hz', 'Hz'],
];
export const readUnitAbbreviation = table(UNIT_ABBREVIATIONS, '[\\s-]?', '');
/** Every unit of measurement the reader gives ("ft", "km/h", "days"): not counts of things. */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([...UNIT_WORDS, ...UNIT_ABBREVIATIONS].map(([, unit]) => unit));
