/**
 * A quantity: a figure (readFigure.ts) with what it is in: a currency before it ("$", "£", "US$",
 * "Rs", "EUR"), or after it an age ("15-year-old" is a measure with unit "years old"), a percent,
 * a currency word or a unit ("20 feet", "30C").
 */
import { CURRENCY_CODES, readCurrencyWord, readUnitAbbreviation, readUnitWord } from './numberWords.ts';
import { at, exact, type Quantity } from './numberMention.ts';
import { readDigitFigure, readWordFigure } from './readFigure.ts';

const CURRENCY_PREFIX = new RegExp(`(?:(US|AU|A|CA|C|NZ|HK|S|R)?\\$|([£€¥₹₩₽])|(Rs\\.?|${CURRENCY_CODES}))\\s?(?=\\d)`, 'y');
const DOLLAR_PREFIX: Readonly<Record<string, string>> = { '': 'USD', US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', NZ: 'NZD', HK: 'HKD', S: 'SGD', R: 'BRL' };
const SYMBOL: Readonly<Record<string, string>> = { '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB' };
/** "and a half" after a whole figure, spaced or hyphened ("five and a half", "two-and-a-half"). */
const AND_A_HALF = /(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?![A-Za-z-])/iy;
const AGE = /[\s-]+(year|month|week|day)s?[\s-]+olds?(?![A-Za-z])/iy;
const PERCENT = /\s?%|\s*per\s?cent(?![a-z])|\s+pct(?![a-z])/iy;
/** "fell 4 cents", "earned 37 cents a share": hundredths of a dollar, money as a share price or a fee is quoted ("per cent" is read first). */
const CENTS = /\s+cents?(?![A-Za-z])/iy;
/** Single-letter units only count when glued on: "100m" (metres, as no currency precedes), "30C", "80g" (grams). */
const GLUED_UNIT = /(m|C|g)(?![A-Za-z\d])/y;

/** A figure ("40,000", "$5.2bn", "1.2 million", "twenty-one", "half a million") plus any percent sign, currency word or unit. */
export function readQuantity(text: string, pos: number): Quantity | undefined {
  const cur = at(CURRENCY_PREFIX, text, pos);
  const currency = cur ? (cur[3] ? (cur[3].startsWith('Rs') ? 'INR' : cur[3]) : cur[2] ? SYMBOL[cur[2]] : DOLLAR_PREFIX[cur[1] ?? '']) : undefined;
  const start = pos + (cur?.[0].length ?? 0);
  const fig = /\d/.test(text[start] ?? '') ? readDigitFigure(text, start, currency !== undefined) : readWordFigure(text, start);
  if (!fig) return undefined;
  // "five and a half weeks", "two-and-a-half hours": a whole figure and a half.
  const half = fig.scale === 1 && Number.isInteger(fig.value) ? at(AND_A_HALF, text, fig.end) : null;
  if (half) Object.assign(fig, { end: fig.end + half[0].length, value: fig.value + 0.5, raw: fig.raw + 0.5, loneOne: false, yearLike: false, plainDigits: '' });
  if (currency) return { ...fig, kind: 'money', unit: currency, yearLike: false };
  const cents = at(CENTS, text, fig.end);
  if (cents) return { ...fig, end: fig.end + cents[0].length, value: exact(fig.value / 100), raw: exact(fig.raw / 100), kind: 'money', unit: 'USD', yearLike: false };
  const suffix = readSuffix(text, fig.end, fig.scale > 1) ?? spacedGrams(text, start, fig.end);
  return suffix ? { ...fig, ...suffix, yearLike: false } : { ...fig, kind: 'count' };
}

/**
 * "800 g a day", "or 800 g, of fruit": a lower-case "g" alone after digits is grams as food and
 * lab reports write it (after a word figure, "three g", it is not; nor "4 g)" closing a panel label).
 */
function spacedGrams(text: string, start: number, end: number): Pick<Quantity, 'end' | 'kind' | 'unit'> | undefined {
  if (!/\d/.test(text[start] ?? '') || !SPACED_GRAMS.test(text.slice(end, end + 4))) return undefined;
  return { end: end + 2, kind: 'measure', unit: 'g' };
}
/** A space, "g", and no letter, digit, bracket, or a stop that goes on as an abbreviation ("g.i."). */
const SPACED_GRAMS = /^ g(?![\p{L}\d)'’-]|\.\p{L})/u;

/** What follows a figure: age, percent, currency word or unit. "pounds" is money only after a scale ("2 million pounds"). */
export function readSuffix(text: string, pos: number, scaled: boolean): Pick<Quantity, 'end' | 'kind' | 'unit'> | undefined {
  const age = at(AGE, text, pos);
  if (age) return { end: pos + age[0].length, kind: 'measure', unit: `${(age[1] ?? '').toLowerCase()}s old` };
  const pct = at(PERCENT, text, pos);
  if (pct) return { end: pos + pct[0].length, kind: 'percent', unit: '%' };
  const money = readCurrencyWord(text, pos);
  if (money) return { end: money.end, kind: 'money', unit: money.value };
  const unit = readUnitWord(text, pos) ?? readUnitAbbreviation(text, pos);
  if (unit && scaled && /^pound/i.test(unit.word)) return { end: unit.end, kind: 'money', unit: 'GBP' };
  if (unit) return { end: unit.end, kind: 'measure', unit: unit.value };
  const glued = at(GLUED_UNIT, text, pos);
  // "Fig. 4g)", "4g–i": a figure's panel letter, not grams (a bracket closed that this sentence never opened, or a letter range).
  if (glued?.[1] === 'g' && ((text[pos + 1] === ')' && !text.slice(0, pos).includes('(')) || /^[–-]\p{L}/u.test(text.slice(pos + 1, pos + 3)))) return undefined;
  return glued ? { end: pos + 1, kind: 'measure', unit: glued[1] === 'C' ? '°C' : glued[1] === 'g' ? 'g' : 'm' } : undefined;
}
