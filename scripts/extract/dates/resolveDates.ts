/**
 * The days a passage names, resolved to calendar dates. chrono-node finds and reads the phrases
 * (a kept library: weekdays, month names, "yesterday", ISO dates, in any of their written forms);
 * this module only decides which of its matches name a day, and which day a relative one means.
 * Pure: the article's publication date comes in, nothing is read from the clock.
 */
import * as chrono from '../../text/englishDates.ts';
import type { DateMention } from '../../contracts/facts.ts';
import { CALENDAR_NAMES } from '../../text/calendar.ts';

/** A calendar day, as numbers (month 1-12). */
export interface Day {
  year: number;
  month: number;
  day: number;
}

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const MONTH = new RegExp(String.raw`\b(?:${CALENDAR_NAMES.split('|').slice(7).join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?=\s|$|,)`);
const ISO = /\b\d{4}-\d{2}-\d{2}\b/;
/** The one-word days of news text; a list chrono merged ("today, tomorrow, two days ago") is not one. */
const CASUAL = /^(?:(?:on|by|until|since)\s+)?(?:yesterday|today|tomorrow|tonight|last night)$/i;
/** "will meet on Monday": a day to come. Without one, a bare weekday is the last one (news reports what happened). */
const FUTURE = /\b(?:will|shall|(?:is|are|was|were) (?:to|due to|set to|expected to|scheduled to|going to)|scheduled for|plans? to)\b|\w['’]ll\b/i;
/** "said on Tuesday", "told reporters Tuesday", "announced Monday": a day straight after a past verb of saying. */
const SAID_BEFORE = /\b(?:said|told(?:\s+\w+){0,2}|announced|added|reported|wrote|confirmed|stated|warned|tweeted)\s+(?:on\s+)?$/i;
/** "the Sunday Times", "Friday Night Lights": a weekday that starts a name is not a day. */
const NAME_AFTER = /^\s+\p{Lu}/u;

/**
 * The article's own day from its publication date as given ("2031-06-06", "2031-06-06T23:10:00-05:00",
 * "June 6, 2031"): an ISO date is read as written, in the publisher's own time zone; other forms by chrono.
 */
export function articleDay(published: string | undefined): Day | undefined {
  if (!published) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const found = chrono.parse(published).find((r) => r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  return found ? dayOf(found.start) : undefined;
}

/**
 * Every phrase of `text` that names a day, in reading order. A phrase that gives day, month and
 * year is "absolute"; one that needs the article's date (a weekday, "yesterday", a day and month
 * without the year) is resolved against `published`, or left "unresolved" with no date when the
 * article has none; inside a quotation a relative phrase is the speaker's and is left out. Offsets are into `text`. Times alone ("10 a.m."), months or years alone, "last week" or "now" are not days.
 */
export function findDates(text: string, published: Day | undefined): DateMention[] {
  // chrono costs a parse of every passage; a passage with none of the words namesDay keeps has no day to find.
  if (!MAY_NAME_A_DAY.test(text) && !MAY_BE_CASUAL.test(text)) return [];
  // chrono reads a Date in local time: noon of the article's day keeps every zone on that day.
  const ref = published ? new Date(published.year, published.month - 1, published.day, 12) : new Date(2000, 0, 1, 12);
  // The speaker's "will" inside a quotation says nothing of when the reported day falls.
  const future = FUTURE.test(text.replace(/“[^”]*”|"[^"]*"/g, ' '));
  const found: DateMention[] = [];
  for (const result of chrono.parse(text, ref, { forwardDate: future })) {
    const phrase = result.text.replace(/[\s,.;:]+$/, '');
    const start = result.index;
    const end = start + phrase.length;
    if (!namesDay(phrase, result, text.slice(end))) continue;
    if (insideTag(text, start)) continue;
    const c = result.start;
    const absolute = c.isCertain('year') && c.isCertain('month') && c.isCertain('day') && !CASUAL.test(phrase);
    // "Tomorrow they will say ...": inside a quotation, a relative day is the speaker's, whose date is not known.
    if (!absolute && insideQuotation(text, start)) continue;
    if (absolute) {
      found.push({ phrase, start, end, basis: 'absolute', date: iso(dayOf(c)) });
    } else if (!published) {
      found.push({ phrase, start, end, basis: 'unresolved' });
    } else {
      // "Repairs will begin Friday, Reyes said on Tuesday": the day of the saying is past, whatever was said of the future.
      const whenSaid = SAID_BEFORE.test(text.slice(Math.max(0, start - 40), start));
      found.push({ phrase, start, end, basis: 'publication', date: iso(lastOrNext(dayOf(c), published, phrase, future && !whenSaid)) });
    }
  }
  return found;
}

/**
 * Loose forms of what namesDay requires a phrase to hold (a weekday, a month's name or its
 * abbreviation, an ISO date, a casual day): a text without any of them gives no day, whatever chrono reads in it.
 */
const MAY_NAME_A_DAY = /Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d{4}-\d{2}-\d{2}/;
const MAY_BE_CASUAL = /yesterday|today|tomorrow|tonight|last night/i;

/** Whether chrono's match names one day, not a time, a month, a span or a name. */
function namesDay(phrase: string, result: chrono.ParsedResult, after: string): boolean {
  if (CASUAL.test(phrase)) return true;
  const c = result.start;
  // "June 3", "3 Jun. 2031", "2031-06-03"; never "2/3" (a fraction as often as a date) or "march 3" (a verb).
  if (c.isCertain('day') && c.isCertain('month')) return MONTH.test(phrase) || ISO.test(phrase);
  // "on Wednesday", "Sunday evening"; not "Wed" or "Sun" (a newspaper's name as often as a day).
  if (c.isCertain('weekday')) return WEEKDAY.test(phrase) && !(WEEKDAY.test(phrase.split(/\s+/).pop()!) && NAME_AFTER.test(after));
  return false;
}

/**
 * chrono takes the nearest such weekday; news names a weekday for a day of the past week ("said on
 * Wednesday" in a Friday paper), or of the coming one when the passage speaks of the future.
 */
function lastOrNext(day: Day, ref: Day, phrase: string, future: boolean): Day {
  if (!WEEKDAY.test(phrase) || /\b(?:next|last|this|coming|past)\b/i.test(phrase)) return day;
  const diff = (Date.UTC(day.year, day.month - 1, day.day) - Date.UTC(ref.year, ref.month - 1, ref.day)) / 86400000;
  if (!future && diff > 0) return addDays(day, -7);
  if (future && diff < 0) return addDays(day, 7);
  return day;
}

function addDays(day: Day, n: number): Day {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dayOf(c: chrono.ParsedComponents): Day {
  return { year: c.get('year')!, month: c.get('month')!, day: c.get('day')! };
}

export function iso(day: Day): string {
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** A saved page's passage may hold inline markup: a date inside a tag (a link's URL) is not the text's. */
function insideTag(text: string, at: number): boolean {
  const open = text.lastIndexOf('<', at);
  return open >= 0 && text.lastIndexOf('>', at) < open;
}

/** Whether `at` lies inside quotation marks opened earlier in the passage (curly or straight). */
function insideQuotation(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  return curly > 0 || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}
