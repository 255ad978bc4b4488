/**
 * Finds number expressions in English news text, with exact character offsets.
 *
 * Hand-written on purpose: NLP libraries such as compromise lose character offsets and mangle
 * ranges ("40,000-45,000", "1 to 2 million"), and every extracted fact must point back at the
 * exact characters it came from.
 *
 * One left-to-right pass: ANCHOR finds places where an expression can start; at each one a few
 * sticky regexes decide what is there (phone, date, time, ordinal, address, identifier, or a
 * quantity with optional currency, scale, unit, percent and range), and the scan resumes after
 * it, so mentions come out ordered and non-overlapping.
 *
 * Conventions: a date's value is yyyymmdd with 0 for a missing year or day ("Feb. 2" -> 202,
 * "February 2022" -> 20220200); slashed dates are read month-first unless the first part is
 * over 12. "15-year-old" is a measure with unit "years old". A phone's value is its digits;
 * an identifier's value is its first run of digits. A time's value ignores seconds.
 * numberStart keeps a currency sign ("$250 million") and skips "between"/"from" and qualifiers.
 */
import {
  CURRENCY_CODES, parseNumberWords, readCurrencyWord, readUnitAbbreviation, readUnitWord, scaleOf, WORD_RUN_SOURCE, WORD_START_SOURCE,
} from './numberWords.ts';

export { parseNumberWords };

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
type Found = NumberMention | number | undefined;
/** A figure with its currency, scale and unit, before ranges and qualifiers are considered. */
interface Quantity {
  end: number; value: number; raw: number; scale: number;
  kind: 'count' | 'money' | 'percent' | 'measure'; unit?: string;
  loneOne: boolean; yearLike: boolean; plainDigits: string;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\\.?)(?![A-Za-z])';
const ORD = '(?:st|nd|rd|th)';

/** Every place an expression may start; the named group says which reader handles it. */
const ANCHOR = new RegExp([
  // Links, e-mail addresses and reference marks ("[12]", "[3][4]") hold no figures.
  String.raw`(?<skip>https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\[\d+(?:[-–,]\s?\d+)*\])`,
  String.raw`(?<month>\b${MONTH}\s+\d)`,
  String.raw`(?<money>(?:\b(?:US|AU?|CA?|NZ|HK|S|R))?\$\s?\d|[£€¥₹₩₽]\s?\d|\b(?:Rs\.?|${CURRENCY_CODES})\s?\d)`,
  String.raw`(?<phone>\(\d{3}\)|\+\d)`,
  String.raw`(?<ident>#\d|\b[A-Za-z]+(?:-[A-Za-z]+)*-?\d)`,
  String.raw`(?<digit>\d)`,
  // Not \b: a bulleted line may open with an underscore glued to the word ("_Two officers were hurt").
  String.raw`(?<word>(?<![A-Za-z\d])(?:${WORD_START_SOURCE}))`,
].join('|'), 'gi');

const PHONE = /\+\d{1,3}(?:[\s.-]?\(?\d{1,4}\)?){2,5}(?!\d)|\(\d{3}\)\s?\d{3}[-.\s]\d{4}(?!\d)|(?:1[-.\s])?\d{3}[-.]\d{3}[-.]\d{4}(?!\d)/y;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const SLASH_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/y;
const SLASHED = /\d+(?:\/\d+)+/y;
const DOTTED = /\d+(?:\.\d+){2,}/y;
const TIME = /(\d{1,2})(?:(?::|\.(?=\d\d\s?[ap]\.?m))([0-5]\d)(?::[0-5]\d)?(?!\d))?(?:\s?([ap])(?:\.m\.|\.m|m)(?![A-Za-z]))?/iy;
const DAY_MONTH = new RegExp(`(\\d{1,2})${ORD}?(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`, 'y');
const MONTH_DAY = new RegExp(`(${MONTH})\\s+(?:(\\d{1,2})${ORD}?(?!\\d|,\\d)(?:\\s?[-–]\\s?(\\d{1,2})${ORD}?(?!\\d))?(?:,?\\s+(\\d{4})(?!\\d|,\\d))?|(\\d{4})(?!\\d|,\\d))`, 'y');
const ORDINAL = new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+)${ORD}(?![A-Za-z])`, 'iy');
const DECADE = /(\d{3}0)s(?![A-Za-z])/y;
const ADDRESS = /(\d{1,5})[A-Z]?\s+(?:(?:[A-Z][A-Za-z'’.-]*|\d+(?:st|nd|rd|th))\s+){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Way|Place|Court|Terrace|Parkway|Highway|Square|St\.?|Ave\.?|Rd\.?|Blvd\.?|Ln\.?|Dr\.?)(?![A-Za-z])/y;
/** Capitalised words that make the next number a name, not a quantity ("Boeing 737", "Flight 370", "Section 230", "the Group of 20"). */
const LABEL_BEFORE = /(?<![A-Za-z])(?:Boeing|Airbus|Flight|Route|Highway|Interstate|Apollo|Artemis|Falcon|Chapter|Article|Section|Title|Amendment|Proposition|Model|Windows|iPhone|Galaxy|Pixel|Gate|Terminal|Platform|Room|Suite|Pier|Precinct|Ward|District|Category|Level|Phase|Stage|Game|Bowl|Channel|War|Fortune|FTSE|Nasdaq|S&P|No\.|Group|Page|Zone|Exhibit|Figure|Table|Volume|Season|Episode|Round|Lot|(?:Group|Gang|Club|Council|Committee|Party) of)\s+$/;
/**
 * A model name: a capitalised word inside the sentence right before plain digits ("a Porsche 911 sped
 * off", "his Cessna 172"), as product names are written. Not after a speech verb ("told Reuters 40
 * people died"), a preposition ("in Texas 30 people died": a place) nor a day or month ("said Monday
 * 200 troops"), where the name ends before the figure, nor a capitalised determiner ("... and Timing The 24
 * satellites": a heading run into the sentence).
 */
const NAME_BEFORE = /(?<=[\p{L}\d,;]\s+)(?<!\b(?:told|tells|telling|said|says|saying|asked|warned|added|according to|in|at|on|from|near|across|of|for|to|by|outside|inside|throughout|around|In|At|On|From|Across|Outside|Inside|Throughout|Around)\s+)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|I|The|A|An|This|That|These|Those|Its|His|Her|Their|Our|All|Some|Only|Another|Each|Every|And|But|Or|Of|With|About|Nearly|Almost|Over|Under|Around)\b)\p{Lu}\p{Ll}+\s+$/u;
/** Plain digits, as a model number is written (no thousands comma, no decimals, no scale): "911", "737". */
const MODEL_NUMBER = /\d{1,4}(?![\d,.]\d|\s*(?:%|percent|per cent|hundred|thousand|million|billion|trillion|bn)\b)(?![\d-])/uy;
/** A product or model name written in camel case ("QuietComfort 20", "PlayStation 5", "iPhone 12"). */
const CAMEL_LABEL_BEFORE = /(?<![A-Za-z])[A-Z]?[a-z]+[A-Z][A-Za-z]*\s+$/;
const LABEL_TAIL = /\d+(?:-\d+)?[A-Za-z]*/y;
const IDENT = /#\d+|[A-Za-z]+(?:-[A-Za-z]+)*-?\d[A-Za-z\d]*(?:-[A-Za-z\d]+|\.\d+)*/y;
const IDENT_TAIL = /[A-Za-z\d]+(?:-[A-Za-z\d]+)*/y;
/** Lower-case prefixes glued to a year or number that do not make it a name ("mid-2020", "pre-2008"). */
const NOT_IDENT_PREFIX = /^(?:mid|pre|post|late|early|top|non|over|under|sub|anti|ex|record)$/i;

const CURRENCY_PREFIX = new RegExp(`(?:(US|AU|A|CA|C|NZ|HK|S|R)?\\$|([£€¥₹₩₽])|(Rs\\.?|${CURRENCY_CODES}))\\s?(?=\\d)`, 'y');
const DOLLAR_PREFIX: Readonly<Record<string, string>> = { '': 'USD', US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', NZ: 'NZD', HK: 'HKD', S: 'SGD', R: 'BRL' };
const SYMBOL: Readonly<Record<string, string>> = { '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB' };
const NUMERAL = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;
const SCALE_WORD = '(?:\\s+|-)(?:hundred|thousand|million|billion|trillion|bn|mn|tn)(?![A-Za-z])';
/** "£14m" and "$50k" are money scales; plain "14m" is 14 metres, so only bn/tn glue on without a currency. */
const SCALE_AFTER_MONEY = new RegExp(`(?:bn|trn|tn|mn|m|k)(?![A-Za-z])|${SCALE_WORD}`, 'iy');
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
/** "and a half" after a whole figure, spaced or hyphened ("five and a half", "two-and-a-half"). */
const AND_A_HALF = /(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?![A-Za-z-])/iy;
const FRACTION = /[\s-](?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?![a-z])/iy;
/**
 * A plural-looking next word, which lets a lone "one" count ("one suspects"), unlike "one of", "one day", "one has".
 * Words in -is ("analysis", "crisis", "basis") are singular nouns, not plurals.
 */
const PLURAL_NEXT = /\s+(?!(?:has|was|is|does|this|thus|plus|its|his|less|unless|across|always|perhaps|as|us|yes)(?![a-z]))[a-z]+[^sui]s(?![a-z'’])/y;
/** Words that make a following "one" a pronoun: "no one", "all one needs", "any one", "every one", "each one". */
const PRONOUN_ONE_BEFORE = /(?<![A-Za-z])(?:no|all|any|every|each)\s+$/i;
/**
 * "one more round", "one other victim", "one additional officer": "one" before a word that adds
 * to a set counts one thing. Not "one more time"/"one other thing" (idioms) nor "one more than".
 */
const ONE_MORE_NEXT = /\s+(?:more|other|additional|further|extra)\s+(?!(?:than|of|time|times|thing|things|way|ways)(?![a-z]))[a-z]/iy;
const AGE = /[\s-]+(year|month|week|day)s?[\s-]+olds?(?![A-Za-z])/iy;
const PERCENT = /\s?%|\s*per\s?cent(?![a-z])|\s+pct(?![a-z])/iy;
/** Single-letter units only count when glued on: "100m" (metres, as no currency precedes), "30C". */
const GLUED_UNIT = /(m|C)(?![A-Za-z\d])/y;
const RANGE_SEP = /\s*[-–]\s*|\s+to\s+|\s+and\s+|\s+or\s+/iy;
const RANGE_WORD_BEFORE = /(?<![A-Za-z])(between|from)\s+$/i;
const QUALIFIERS = ['a little more than', 'a little less than', 'a little over', 'a little under', 'just over', 'just under', 'well over', 'well under', 'no more than', 'no fewer than', 'no less than', 'more than',
  'fewer than', 'less than', 'at least', 'at most', 'up to', 'as many as', 'as much as', 'as few as', 'an estimated', 'estimated',
  'close to', 'upwards of', 'in excess of', 'approximately', 'roughly', 'about', 'around', 'nearly', 'almost', 'exactly', 'over', 'under', 'some'];
const QUALIFIER = new RegExp(`(?<![A-Za-z])(${QUALIFIERS.join('|').replaceAll(' ', '\\s+')})\\s+$`, 'i');
const QUALIFIED_KINDS: ReadonlySet<NumberKind> = new Set<NumberKind>(['count', 'money', 'percent', 'measure', 'year', 'date', 'time']);

/** Run a sticky regex at one position. */
function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function mention(start: number, end: number, kind: NumberKind, value: number, unit?: string): NumberMention {
  const m: NumberMention = { start, end, numberStart: start, kind, value };
  if (unit !== undefined) m.unit = unit;
  return m;
}

/** yyyymmdd, with 0 for a missing part; undefined when month or day is impossible. */
function ymd(year: number, month: number, day: number): number | undefined {
  return month >= 1 && month <= 12 && day >= 0 && day <= 31 ? year * 10000 + month * 100 + day : undefined;
}
const monthNumber = (name: string): number => 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;

/** "February 2, 2022", "Feb. 2", "February 2-5", "June 2020" (month first; capitalised month only, since "may" is a verb). */
function readMonthDate(text: string, pos: number): Found {
  const m = at(MONTH_DAY, text, pos);
  const month = monthNumber(m?.[1] ?? '');
  const year = Number(m?.[4] ?? m?.[5] ?? 0);
  const low = m && m[2] !== '0' && m[2] !== '00' ? ymd(year, month, Number(m[2] ?? 0)) : undefined;
  if (!m || low === undefined) return undefined;
  const found = mention(pos, pos + m[0].length, 'date', low);
  const high = m[3] === undefined ? undefined : ymd(year, month, Number(m[3]));
  return high !== undefined && high > low ? { ...found, value: (low + high) / 2, low, high } : found;
}

/** A reader whose whole match is the mention; value() may reject the match by returning undefined. */
function pattern(re: RegExp, kind: NumberKind, value: (m: RegExpExecArray) => number | undefined) {
  return (text: string, pos: number): Found => {
    const m = at(re, text, pos);
    const v = m ? value(m) : undefined;
    return m && v !== undefined ? mention(pos, pos + m[0].length, kind, v) : undefined;
  };
}

const readPhone = pattern(PHONE, 'phone', (m) => {
  const digits = m[0].replace(/\D/g, '');
  return digits.length >= 8 ? Number(digits) : undefined;
});

/** "12/05/2021": month first, as US copy writes it, unless the first part cannot be a month. */
function slashDate(m: RegExpExecArray): number | undefined {
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const year = (m[3] ?? '').length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
  return a > 12 ? ymd(year, b, a) : ymd(year, a, b);
}

/** "Boeing 737", "Flight 370": a label word just before the number makes it a name. */
function readLabelled(text: string, pos: number, prevEnd: number): Found {
  const before = text.slice(Math.max(prevEnd, pos - 24), pos);
  // ("More Than 200": a capitalised qualifier is no name; "Pearl Harbor 75 years ago": a unit after the digits makes a measure.)
  const model = !LABEL_BEFORE.test(before.slice(-14)) && !CAMEL_LABEL_BEFORE.test(before) && !QUALIFIER.test(before) && at(MODEL_NUMBER, text, pos);
  // One character of the previous mention stays in view, so that a model year before the make ("2008 Porsche 911")
  // still satisfies the name's look-behind.
  const named = model && !readSuffix(text, pos + model[0].length, false) ? NAME_BEFORE.exec(text.slice(Math.max(0, prevEnd - 1, pos - 40), pos)) : null;
  const label = LABEL_BEFORE.exec(before.slice(-14)) ?? CAMEL_LABEL_BEFORE.exec(before) ?? named;
  const tail = label && at(LABEL_TAIL, text, pos);
  if (!label || !tail) return undefined;
  return { ...mention(pos - label[0].length, pos + tail[0].length, 'identifier', parseInt(tail[0], 10)), numberStart: pos };
}

/** "magnitude 6.2", "a magnitude-6.2 quake", "a magnitude of 6.2": the scale named before the figure. */
const MAGNITUDE_BEFORE = /\bmagnitude(?:\s+of)?[\s-]+$/i;
/** A magnitude is a small number with at most one decimal or two ("6.2", "7"; "6.0," ends at its comma, "6,000" is no magnitude). */
const MAGNITUDE_VALUE = /\d(?:\.\d{1,2})?(?!\d|,\d|\.\d)/y;
/** "The quake, which measured 7.8", "a tremor registering 4.9": a quake's verb of measure right before a decimal. */
const QUAKE_MEASURED_BEFORE = /\b(?:quake|earthquake|tremor|temblor|aftershock)s?\b[^.;!?\d]{0,40}?\b(?:measured|measuring|registered|registering|measures|registers)\s+$/i;
/** "The 6.2 quake": a decimal right before a quake word. */
const QUAKE_AFTER = /^[\s-]+(?:quake|earthquake|tremor|temblor|aftershock)s?\b/i;
/** "7.8-magnitude", "6.1 on the Richter scale": a unit the quantity reader takes, with its words. */
const MAGNITUDE_UNIT_AFTER = /^[\s-]*(?:magnitude|on the (?:Richter|moment magnitude) scale)\b/i;
/** A decimal as a magnitude is written ("7.8"): a bare "7" before "quakes" may count them. */
const DECIMAL_MAGNITUDE = /\d\.\d{1,2}(?!\d|,\d|\.\d)/y;

/**
 * A level on a scale written after its name ("magnitude 6.2"): the measure "magnitude", as "6.2-magnitude" is;
 * and a decimal a quake is said to measure ("the quake, which measured 7.8", "the 6.2 quake").
 */
function readMagnitude(text: string, pos: number, prevEnd: number): Found {
  const before = MAGNITUDE_BEFORE.exec(text.slice(Math.max(prevEnd, pos - 20), pos));
  const value = before && at(MAGNITUDE_VALUE, text, pos);
  if (before && value) return { ...mention(pos - before[0].length, pos + value[0].length, 'measure', Number(value[0]), 'magnitude'), numberStart: pos };
  const decimal = at(DECIMAL_MAGNITUDE, text, pos);
  if (!decimal) return undefined;
  const end = pos + decimal[0].length;
  if (MAGNITUDE_UNIT_AFTER.test(text.slice(end))) return undefined;
  if (!QUAKE_MEASURED_BEFORE.test(text.slice(Math.max(prevEnd, pos - 80), pos)) && !QUAKE_AFTER.test(text.slice(end))) return undefined;
  return mention(pos, end, 'measure', Number(decimal[0]), 'magnitude');
}

/** Patterns that start with a digit but are not quantities, tried in order before reading a quantity. */
const SPECIALS: ReadonlyArray<(text: string, pos: number, prevEnd: number) => Found> = [
  readMagnitude,
  readPhone,
  pattern(ISO_DATE, 'date', (m) => ymd(Number(m[1]), Number(m[2]), Number(m[3]))),
  pattern(SLASH_DATE, 'date', slashDate),
  (text, pos) => (at(SLASHED, text, pos) ? SLASHED.lastIndex : undefined), // fractions, "24/7": not counts, not worth reporting
  pattern(DOTTED, 'identifier', (m) => parseInt(m[0], 10)), // versions, IP addresses
  (text, pos) => readTime(text, pos),
  pattern(DAY_MONTH, 'date', (m) => (Number(m[1]) > 0 ? ymd(Number(m[3] ?? 0), monthNumber(m[2] ?? ''), Number(m[1])) : undefined)),
  pattern(ORDINAL, 'ordinal', (m) => Number((m[1] ?? '').replaceAll(',', ''))),
  pattern(DECADE, 'year', (m) => Number(m[1])),
  pattern(ADDRESS, 'address', (m) => Number(m[1])),
  readLabelled,
];

/** "9:06", "9:06 a.m.", "10 p.m.", "9.30pm": needs minutes or a.m./p.m., and a possible hour. */
function readTime(text: string, pos: number): Found {
  const m = at(TIME, text, pos);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  const hour = Number(m[1]);
  const half = m[3]?.toLowerCase();
  if (half ? hour < 1 || hour > 12 : hour > 24) return undefined;
  const h24 = half === undefined ? hour : (hour % 12) + (half === 'p' ? 12 : 0);
  return mention(pos, pos + m[0].length, 'time', h24 * 60 + Number(m[2] ?? 0));
}

/** Letters glued to a number: "COVID-19", "F-16", "G7", "A320", "#3"; or, for "mid-2020", where the number itself starts. */
function readIdentifier(text: string, pos: number): Found {
  const m = at(IDENT, text, pos);
  if (!m) return undefined;
  const digitAt = m[0].search(/\d/);
  const letters = m[0].slice(0, digitAt).replace(/-$/, '');
  const hyphenated = m[0][digitAt - 1] === '-';
  if (hyphenated && ((!/[A-Z]/.test(letters) && !/^covid$/i.test(letters)) || NOT_IDENT_PREFIX.test(letters))) return pos + digitAt;
  return mention(pos, pos + m[0].length, 'identifier', parseInt(m[0].slice(digitAt), 10));
}

/** A figure ("40,000", "$5.2bn", "1.2 million", "twenty-one", "half a million") plus any percent sign, currency word or unit. */
function readQuantity(text: string, pos: number): Quantity | undefined {
  const cur = at(CURRENCY_PREFIX, text, pos);
  const currency = cur ? (cur[3] ? (cur[3].startsWith('Rs') ? 'INR' : cur[3]) : cur[2] ? SYMBOL[cur[2]] : DOLLAR_PREFIX[cur[1] ?? '']) : undefined;
  const start = pos + (cur?.[0].length ?? 0);
  const fig = /\d/.test(text[start] ?? '') ? readDigitFigure(text, start, currency !== undefined) : readWordFigure(text, start);
  if (!fig) return undefined;
  // "five and a half weeks", "two-and-a-half hours": a whole figure and a half.
  const half = fig.scale === 1 && Number.isInteger(fig.value) ? at(AND_A_HALF, text, fig.end) : null;
  if (half) Object.assign(fig, { end: fig.end + half[0].length, value: fig.value + 0.5, raw: fig.raw + 0.5, loneOne: false, yearLike: false, plainDigits: '' });
  if (currency) return { ...fig, kind: 'money', unit: currency, yearLike: false };
  const suffix = readSuffix(text, fig.end, fig.scale > 1);
  return suffix ? { ...fig, ...suffix, yearLike: false } : { ...fig, kind: 'count' };
}

type Figure = Omit<Quantity, 'kind' | 'unit'>;

function readDigitFigure(text: string, pos: number, money: boolean): Figure | undefined {
  const n = at(NUMERAL, text, pos);
  if (!n) return undefined;
  const fraction = /^\d+$/.test(n[0]) ? at(FRACTION_CHAR, text, pos + n[0].length) : null;
  if (fraction) {
    const value = Number(n[0]) + FRACTION_VALUE[fraction[1]!]!;
    return { end: pos + n[0].length + fraction[0].length, value: Number(value.toPrecision(15)), raw: value, scale: 1, loneOne: false, yearLike: false, plainDigits: '' };
  }
  const raw = Number(n[0].replaceAll(',', ''));
  const s = at(money ? SCALE_AFTER_MONEY : SCALE_AFTER_PLAIN, text, pos + n[0].length) ?? (money ? null : at(MILLIONS_BEFORE_PLURAL, text, pos + n[0].length));
  const scale = s ? scaleOf(s[0].replace(/^[\s-]+/, '')) ?? 1 : 1;
  const yearLike = !money && !s && /^\d{4}$/.test(n[0]) && raw >= 1900 && raw <= 2099;
  const end = pos + n[0].length + (s?.[0].length ?? 0);
  return { end, value: Number((raw * scale).toPrecision(15)), raw, scale, loneOne: false, yearLike, plainDigits: /^\d+$/.test(n[0]) ? n[0] : '' };
}

/** The longest prefix of a run of number words that parses ("five-six" -> "five"), unless it is a fraction ("two-thirds"). */
function readWordFigure(text: string, pos: number): Figure | undefined {
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

/** What follows a figure: age, percent, currency word or unit. "pounds" is money only after a scale ("2 million pounds"). */
function readSuffix(text: string, pos: number, scaled: boolean): Pick<Quantity, 'end' | 'kind' | 'unit'> | undefined {
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
  return glued ? { end: pos + 1, kind: 'measure', unit: glued[1] === 'C' ? '°C' : 'm' } : undefined;
}

/** The second half of "40,000-45,000", "between 5 and 10", "1 to 2 million", "$5 million to $7 million", "2019-20". */
type Range = Required<Pick<NumberMention, 'end' | 'kind' | 'value' | 'low' | 'high'>> & { unit: string | undefined };
function readRange(text: string, first: Quantity, between: boolean): Range | undefined {
  const sep = at(RANGE_SEP, text, first.end);
  if (!sep || (/and/i.test(sep[0]) && !between)) return undefined;
  const isOr = /\bor\b/i.test(sep[0]);
  const pos = first.end + sep[0].length;
  if (readTime(text, pos) !== undefined || at(PHONE, text, pos)) return undefined;
  const second = readQuantity(text, pos);
  if (!second || second.loneOne) return undefined;
  let high = second.value;
  let years = first.yearLike && second.yearLike;
  if (first.yearLike && second.plainDigits.length === 2 && /[-–]/.test(sep[0])) {
    high = first.value - (first.value % 100) + second.value;
    if (high <= first.value) high += 100;
    years = true;
  }
  // Scale reaches back across the range ("1 to 2 million") unless the first figure is already bigger ("500,000 to 2 million").
  const low = first.scale === 1 && second.scale > 1 && first.value < second.raw ? Number((first.value * second.scale).toPrecision(15)) : first.value;
  const kind = first.kind === 'count' ? second.kind : second.kind === 'count' || second.kind === first.kind ? first.kind : undefined;
  if (!kind || (first.unit && second.unit && first.unit !== second.unit) || !(low < high)) return undefined;
  // "three or four weeks", "two or three people": an uncertain count, but only between near neighbours.
  if (isOr && (first.unit || !Number.isInteger(low) || !Number.isInteger(high) || high > low * 2 + 1)) return undefined;
  return { end: second.end, kind: years ? 'year' : kind, value: (low + high) / 2, low, high, unit: first.unit ?? second.unit };
}

/** A quantity or a range of them, starting at a currency sign, digit or number word. */
function readExpression(text: string, pos: number, prevEnd: number): Found {
  const first = readQuantity(text, pos);
  if (!first) return undefined;
  const rangeWord = RANGE_WORD_BEFORE.exec(text.slice(Math.max(prevEnd, pos - 10), pos));
  const range = readRange(text, first, rangeWord?.[1]?.toLowerCase() === 'between');
  if (range) {
    const start = rangeWord ? pos - rangeWord[0].length : pos;
    return { ...mention(start, range.end, range.kind, range.value, range.unit), numberStart: pos, low: range.low, high: range.high };
  }
  // "one" alone is usually a pronoun; before a plural, a unit ("one year") or "more"/"other"
  // ("one more round") it is a figure, except the idiom "one day" (some day).
  if (first.loneOne && (!first.unit || first.unit === 'days') && !at(PLURAL_NEXT, text, first.end) && !at(ONE_MORE_NEXT, text, first.end)) return undefined;
  // "no one likes", "all one needs", "every one wins": after these "one" is a pronoun, and the next
  // word its verb, however plural it looks.
  if (first.loneOne && PRONOUN_ONE_BEFORE.test(text.slice(Math.max(prevEnd, pos - 8), pos))) return undefined;
  // "Page Six", "the Two Tall Towers": a capitalised number word inside a sentence is part of a name.
  if (first.kind === 'count' && /^[A-Z][a-z]/.test(text.slice(pos, pos + 2)) && /[\p{L}\d,;]\s+$/u.test(text.slice(Math.max(prevEnd, pos - 3), pos))) {
    return mention(pos, first.end, 'identifier', first.value);
  }
  if (first.kind === 'count' && /[A-Za-z]/.test(text[first.end] ?? '')) {
    return mention(pos, first.end + (at(IDENT_TAIL, text, first.end)?.[0].length ?? 0), 'identifier', first.value);
  }
  return mention(pos, first.end, first.yearLike ? 'year' : first.kind, first.value, first.unit);
}

/** Widen a mention over a qualifier written just before it ("about", "more than"). */
function withQualifier(text: string, m: NumberMention, prevEnd: number): NumberMention {
  if (!QUALIFIED_KINDS.has(m.kind)) return m;
  const before = text.slice(Math.max(prevEnd, m.start - 24), m.start);
  const q = QUALIFIER.exec(before);
  const start = m.start - before.length + (q?.index ?? 0);
  if (!q || /[A-Za-z]/.test(text[start - 1] ?? '')) return m;
  // "some 2000 people" is a count; "around 2010, ..." stays a year.
  const kind = m.kind === 'year' && m.low === undefined && /^\s+[a-z]/.test(text.slice(m.end, m.end + 2)) ? 'count' : m.kind;
  return { ...m, start, kind, qualifier: (q[1] ?? '').toLowerCase().replace(/\s+/g, ' ') };
}

/** All number expressions in text, ordered by start and non-overlapping. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  let prevEnd = 0;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    const pos = m.index;
    const g = m.groups ?? {};
    let found: Found;
    if (g['skip'] !== undefined) found = pos + m[0].length;
    else if (g['month'] !== undefined) found = readMonthDate(text, pos);
    else if (g['phone'] !== undefined) found = readPhone(text, pos);
    else if (g['ident'] !== undefined) found = readIdentifier(text, pos);
    else if (g['digit'] !== undefined) found = readDigit(text, pos, prevEnd);
    else found = readExpression(text, pos, prevEnd);
    if (typeof found === 'number') {
      ANCHOR.lastIndex = Math.max(found, pos + 1);
    } else if (found) {
      out.push(withQualifier(text, found, prevEnd));
      ANCHOR.lastIndex = prevEnd = found.end;
    } else {
      ANCHOR.lastIndex = pos + 1;
    }
  }
  return out;
}

/** At a bare digit: the first special pattern that matches, else a quantity. */
function readDigit(text: string, pos: number, prevEnd: number): Found {
  for (const special of SPECIALS) {
    const found = special(text, pos, prevEnd);
    if (found !== undefined) return found;
  }
  return readExpression(text, pos, prevEnd);
}
