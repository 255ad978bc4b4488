/**
 * A figure on its own, before any currency sign or unit: digits with a scale ("40,000", "1.2 million",
 * "5bn", "100m years"), a glued fraction ("4½"), or a run of number words ("twenty-one", "half a
 * million"). The vocabulary (number words, scale multipliers) lives in numberWords.ts.
 */
import { parseNumberWords, scaleOf, WORD_RUN_SOURCE } from './numberWords.ts';
import { at, exact, type Figure } from './numberMention.ts';

const NUMERAL = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
const SCALE_WORD = '(?:\\s+|-)(?:hundred|thousand|million|billion|trillion|bn|mn|tn|lakhs?|crores?)(?![A-Za-z])';
/**
 * "£14m" and "$50k" are money scales; plain "14m" is 14 metres, so only bn/tn glue on without a currency.
 * After a currency, copy's short words for the scales count too ("$100 mil", "$2 bil").
 */
const SCALE_AFTER_MONEY = new RegExp(`(?:bn|trn|tn|mn|m|k)(?![A-Za-z])|${SCALE_WORD}|\\s+(?:mil|mln|bil|bln)(?![A-Za-z])`, 'iy');
const SCALE_AFTER_PLAIN = new RegExp(`(?:bn|trn|tn)(?![A-Za-z])|${SCALE_WORD}`, 'iy');
/**
 * Without a currency, a lower-case "m" glued on is millions only before a plural count noun ("100m years",
 * "4m miles"); "a 310m tower" and "the 400m hurdles" are metres.
 */
const MILLIONS_BEFORE_PLURAL = /m(?=\s+(?!(?:hurdles|relays|races|sprints|heats|finals|laps|lengths)\b)(?:[a-z]+[^\Wsu]s|people)\b)/y;
/** Fractions written as one character after a whole figure: "4½ hours", "3 ½ years". */
const FRACTION_CHAR = /\s?([½¼¾⅓⅔])/y;
const FRACTION_VALUE: Readonly<Record<string, number>> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3 };
const WORD_RUN = new RegExp(WORD_RUN_SOURCE, 'iy');
/**
 * A fraction word after number words ("two-thirds", "three quarters"): a share, not a count. (An ordinal that opens a
 * compound, "three third-degree charges", "two fourth-grade classes", is the start of the counted phrase.)
 */
const FRACTION = /[\s-](?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![a-z]|-[a-z])/iy;

/** Digits at `pos` with any glued fraction or scale; `money`: a currency sign came first, so "m" and "k" are scales. */
export function readDigitFigure(text: string, pos: number, money: boolean): Figure | undefined {
  const n = at(NUMERAL, text, pos);
  if (!n) return undefined;
  const fraction = /^\d+$/.test(n[0]) ? at(FRACTION_CHAR, text, pos + n[0].length) : null;
  if (fraction) {
    const value = Number(n[0]) + FRACTION_VALUE[fraction[1]!]!;
    return { end: pos + n[0].length + fraction[0].length, value: exact(value), raw: value, scale: 1, loneOne: false, yearLike: false, plainDigits: '' };
  }
  const raw = Number(n[0].replaceAll(',', ''));
  const s = at(money ? SCALE_AFTER_MONEY : SCALE_AFTER_PLAIN, text, pos + n[0].length) ?? (money ? null : at(MILLIONS_BEFORE_PLURAL, text, pos + n[0].length));
  const scale = s ? scaleOf(s[0].replace(/^[\s-]+/, '')) ?? 1 : 1;
  const yearLike = !money && !s && /^\d{4}$/.test(n[0]) && raw >= 1900 && raw <= 2099;
  const end = pos + n[0].length + (s?.[0].length ?? 0);
  return { end, value: exact(raw * scale), raw, scale, loneOne: false, yearLike, plainDigits: /^\d+$/.test(n[0]) ? n[0] : '' };
}

/** The longest prefix of a run of number words that parses ("five-six" -> "five"), unless it is a fraction ("two-thirds"). */
export function readWordFigure(text: string, pos: number): Figure | undefined {
  const run = at(WORD_RUN, text, pos);
  if (!run) return undefined;
  const ends = [...run[0].matchAll(/[a-z]+/gi)].map((t) => pos + t.index + t[0].length);
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k] ?? pos;
    const words = text.slice(pos, end);
    const value = parseNumberWords(words);
    if (value === undefined) continue;
    if (at(FRACTION, text, end)) return undefined;
    const lastWord = words.slice(words.search(/[a-z]+$/i));
    const scale = /^(?:hundred|dozen)$/i.test(lastWord) ? 1 : scaleOf(lastWord) ?? 1;
    return { end, value, raw: value / scale, scale, loneOne: /^one$/i.test(words), yearLike: false, plainDigits: '' };
  }
  return undefined;
}
