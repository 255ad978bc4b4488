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
 * it, so mentions come out ordered and non-overlapping. The readers live beside this file, one
 * concern each: numberDates.ts, readPhone.ts, readMagnitude.ts, readHeight.ts, readLabelled.ts (names and
 * identifiers), readFigure.ts and readQuantity.ts (figures, scales, currencies, units),
 * readExpression.ts (ranges, a lone "one") and withQualifier.ts ("about", "more than").
 *
 * numberStart keeps a currency sign ("$250 million") and skips "between"/"from" and qualifiers.
 */
import { CURRENCY_CODES, parseNumberWords, WORD_START_SOURCE } from './numberWords.ts';
import { at, pattern, type Found, type NumberMention } from './numberMention.ts';
import { MONTH, ORD, readDayMonth, readIsoDate, readMonthDate, readSlashDate, readTime } from './numberDates.ts';
import { readPhone } from './readPhone.ts';
import { readMagnitude } from './readMagnitude.ts';
import { readHeight } from './readHeight.ts';
import { readIdentifier, readLabelled } from './readLabelled.ts';
import { readExpression } from './readExpression.ts';
import { withQualifier } from './withQualifier.ts';
import { readSuffix } from './readQuantity.ts';

export { parseNumberWords };
export type { NumberKind, NumberMention } from './numberMention.ts';

/** Every place an expression may start; the named group says which reader handles it. */
const ANCHOR = new RegExp([
  // Links, e-mail addresses and reference marks ("[12]", "[3][4]") hold no figures.
  String.raw`(?<skip>https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|\[\d+(?:[-–,]\s?\d+)*\])`,
  String.raw`(?<month>\b${MONTH}\s+\d)`,
  String.raw`(?<money>(?:\b(?:US|AU?|CA?|NZ|HK|S|R))?\$\s?\d|[£€¥₹₩₽]\s?\d|\b(?:Rs\.?|${CURRENCY_CODES})\s?\d)`,
  String.raw`(?<phone>\(\d{3}\)|\+\d)`,
  // Not a span written as one compound that opens on a number word ("a three-to-10-year term"): the word reads it.
  String.raw`(?<ident>#\d|\b(?!(?:${WORD_START_SOURCE})-to-\d)[A-Za-z]+(?:-[A-Za-z]+)*-?\d)`,
  String.raw`(?<digit>\d)`,
  // Not \b: a bulleted line may open with an underscore glued to the word ("_Two officers were hurt").
  String.raw`(?<word>(?<![A-Za-z\d])(?:${WORD_START_SOURCE}))`,
].join('|'), 'gi');

const SLASHED = /\d+(?:\/\d+)+/y;
const DOTTED = /\d+(?:\.\d+){2,}/y;
const ORDINAL = new RegExp(`(\\d{1,3}(?:,\\d{3})+|\\d+)${ORD}(?![A-Za-z])`, 'iy');
const DECADE = /(\d{3}0)s(?![A-Za-z])/y;
/** "the 8800 block of Elm Road": a street address as police give it, never a count. */
const BLOCK_ADDRESS = /(\d{1,6})\s+block\s+of(?![A-Za-z])/y;
const ADDRESS = /(\d{1,5})[A-Z]?\s+(?:(?:[A-Z][A-Za-z'’.-]*|\d+(?:st|nd|rd|th))\s+){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive|Way|Place|Court|Terrace|Parkway|Highway|Square|St\.?|Ave\.?|Rd\.?|Blvd\.?|Ln\.?|Dr\.?)(?![A-Za-z])/y;

/** Patterns that start with a digit but are not quantities, tried in order before reading a quantity. */
const SPECIALS: ReadonlyArray<(text: string, pos: number, prevEnd: number) => Found> = [
  readMagnitude,
  readHeight,
  readPhone,
  readIsoDate,
  readSlashDate,
  (text, pos) => (at(SLASHED, text, pos) ? SLASHED.lastIndex : undefined), // fractions, "24/7": not counts, not worth reporting
  pattern(DOTTED, 'identifier', (m) => parseInt(m[0], 10)), // versions, IP addresses
  (text, pos) => readTime(text, pos),
  readDayMonth,
  pattern(ORDINAL, 'ordinal', (m) => Number((m[1] ?? '').replaceAll(',', ''))),
  pattern(DECADE, 'year', (m) => Number(m[1])),
  pattern(ADDRESS, 'address', (m) => Number(m[1])),
  pattern(BLOCK_ADDRESS, 'address', (m) => Number(m[1])),
  readLabelled,
];

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
      found = withEra(text, withPlus(text, found));
      out.push(withQualifier(text, found, prevEnd));
      ANCHOR.lastIndex = prevEnd = found.end;
    } else {
      ANCHOR.lastIndex = pos + 1;
    }
  }
  return out;
}

/** "614 AD", "2,400 BC", "(1185-1396 AD)": an era after a figure; "AD 50", "(c. 570-628)": an era or "circa" before it. */
const ERA_AFTER = /\s*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.|B\.C\.E\.|C\.E\.)(?![A-Za-z])/y;
const ERA_BEFORE = /(?:(?<![A-Za-z])(?:AD|A\.D\.)|(?<![A-Za-z])(?:c|ca|circa)\.?)\s*$/;

/** A whole count or span dated by an era ("614 AD", "c. 570-628") is a year, which counts nothing. */
function withEra(text: string, m: NumberMention): NumberMention {
  if (m.kind !== 'count' || m.qualifier || (!Number.isInteger(m.value) && m.low === undefined)) return m;
  return at(ERA_AFTER, text, m.end) || ERA_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) ? { ...m, kind: 'year' } : m;
}

/** "16-plus women", "a 100+ crowd": a plus glued to a whole count before a word is a lower bound ("at least"). */
const PLUS_AFTER = /(?:-plus|\+)(?=\s+\p{L})/uy;

/** A count widened over a "-plus" or "+" written right after it, with the bound as its qualifier. */
function withPlus(text: string, m: NumberMention): NumberMention {
  if (m.kind !== 'count' || m.low !== undefined || m.qualifier || !Number.isInteger(m.value)) return m;
  const plus = at(PLUS_AFTER, text, m.end);
  if (!plus) return m;
  const end = m.end + plus[0].length;
  // "20-plus years", "40-plus percent": the unit after the plus is the figure's.
  const suffix = readSuffix(text, end, false);
  return suffix ? { ...m, ...suffix, qualifier: 'at least' } : { ...m, end, qualifier: 'at least' };
}

/** At a bare digit: the first special pattern that matches, else a quantity. */
function readDigit(text: string, pos: number, prevEnd: number): Found {
  for (const special of SPECIALS) {
    const found = special(text, pos, prevEnd);
    if (found !== undefined) return found;
  }
  return readExpression(text, pos, prevEnd);
}
