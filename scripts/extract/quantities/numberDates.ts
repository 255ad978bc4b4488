/**
 * Dates and times among numbers: "February 2, 2022", "2 March", "2021-05-12", "12/05/2021", "9:06 a.m.".
 *
 * Conventions: a date's value is yyyymmdd with 0 for a missing year or day ("Feb. 2" -> 202,
 * "February 2022" -> 20220200); slashed dates are read month-first unless the first part is
 * over 12. A time's value is minutes since midnight and ignores seconds.
 */
import { at, mention, pattern, type Found } from './numberMention.ts';

/** A month name or its abbreviation, capitalised (lower-case "may" is a verb). */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\\.?)(?![A-Za-z])';
/** An ordinal's suffix ("1st", "22nd"). */
export const ORD = '(?:st|nd|rd|th)';

const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;
const SLASH_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/y;
const TIME = /(\d{1,2})(?:(?::|\.(?=\d\d\s?[ap]\.?m))([0-5]\d)(?::[0-5]\d)?(?!\d))?(?:\s?([ap])(?:\.m\.|\.m|m)(?![A-Za-z]))?/iy;
const DAY_MONTH = new RegExp(`(\\d{1,2})${ORD}?(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`, 'y');
const MONTH_DAY = new RegExp(`(${MONTH})\\s+(?:(\\d{1,2})${ORD}?(?!\\d|,\\d)(?:\\s?[-–]\\s?(\\d{1,2})${ORD}?(?!\\d))?(?:,?\\s+(\\d{4})(?!\\d|,\\d))?|(\\d{4})(?!\\d|,\\d))`, 'y');

/** yyyymmdd, with 0 for a missing part; undefined when month or day is impossible. */
function ymd(year: number, month: number, day: number): number | undefined {
  return month >= 1 && month <= 12 && day >= 0 && day <= 31 ? year * 10000 + month * 100 + day : undefined;
}
const monthNumber = (name: string): number => 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;

/** "February 2, 2022", "Feb. 2", "February 2-5", "June 2020" (month first; capitalised month only, since "may" is a verb). */
export function readMonthDate(text: string, pos: number): Found {
  const m = at(MONTH_DAY, text, pos);
  const month = monthNumber(m?.[1] ?? '');
  const year = Number(m?.[4] ?? m?.[5] ?? 0);
  const low = m && m[2] !== '0' && m[2] !== '00' ? ymd(year, month, Number(m[2] ?? 0)) : undefined;
  if (!m || low === undefined) return undefined;
  const found = mention(pos, pos + m[0].length, 'date', low);
  const high = m[3] === undefined ? undefined : ymd(year, month, Number(m[3]));
  return high !== undefined && high > low ? { ...found, value: (low + high) / 2, low, high } : found;
}

/** "12/05/2021": month first, as US copy writes it, unless the first part cannot be a month. */
function slashDate(m: RegExpExecArray): number | undefined {
  const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const year = (m[3] ?? '').length === 2 ? (y < 50 ? 2000 + y : 1900 + y) : y;
  return a > 12 ? ymd(year, b, a) : ymd(year, a, b);
}

/** "2021-05-12". */
export const readIsoDate = pattern(ISO_DATE, 'date', (m) => ymd(Number(m[1]), Number(m[2]), Number(m[3])));
/** "12/05/2021", "5/12/21". */
export const readSlashDate = pattern(SLASH_DATE, 'date', slashDate);
/** "2 March", "22nd of June 2020" (day first). */
export const readDayMonth = pattern(DAY_MONTH, 'date', (m) => (Number(m[1]) > 0 ? ymd(Number(m[3] ?? 0), monthNumber(m[2] ?? ''), Number(m[1])) : undefined));

/** "9:06", "9:06 a.m.", "10 p.m.", "9.30pm": needs minutes or a.m./p.m., and a possible hour. */
export function readTime(text: string, pos: number): Found {
  const m = at(TIME, text, pos);
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  const hour = Number(m[1]);
  const half = m[3]?.toLowerCase();
  if (half ? hour < 1 || hour > 12 : hour > 24) return undefined;
  const h24 = half === undefined ? hour : (hour % 12) + (half === 'p' ? 12 : 0);
  return mention(pos, pos + m[0].length, 'time', h24 * 60 + Number(m[2] ?? 0));
}
