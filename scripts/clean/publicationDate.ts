/**
 * An article's publication day from its own lines, for articles whose metadata gives none: a time
 * stamp ("Posted at 10:15 AM on March 2, 2031", "Published: Tue 3 Mar 2031", "Updated 5:36 pm ET,
 * Mon Sep 28, 2031"), a byline with its date ("By Ana Lima, HTN • June 14, 2031 2:30 pm"), a line
 * that is only a date ("Tuesday, October 16, 2031"), or the dateline that opens the story ("Sept. 3,
 * 2031 -- ", "PORTO, Nov. 30, 2031 /Wire/ -- ", "MONDAY, Jan. 25, 2031 (Health Wire) -- "). chrono-node
 * reads the dates (a kept library: every written form of a day); this module only says which lines
 * are the article's own date. A date anywhere else in the text (a photo caption's, an event's) is
 * never the article's.
 */
import * as chrono from '../text/englishDates.ts';

/** How sure a line is to give the day the article came out: a stamp of publication first, an update's last. */
const Rank = { Published: 0, Byline: 1, DateOnly: 2, Dateline: 3, Appeared: 4, Updated: 5 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

/** "Posted", "Published:", "First published on" opening a line: the article's own stamp. */
const PUBLISHED_STAMP = /^(?:[([]\s*)?(?:Posted|Published|First published|Originally published|First posted)\b/i;
/** "... headline Posted: Monday, June 23, 2031 11:03 PM EDT": a stamp run on after the headline, with its colon. */
const INLINE_STAMP = /\b(?:Posted|Published):\s/;
const UPDATED_STAMP = /^(?:[([]\s*)?(?:Updated|Last updated|Last modified)\b/i;
/** "A version of this article appeared in print on June 3, 2031": a print edition's day, the same story's. */
const APPEARED = /^A version of this (?:article|story|report) appeared\b/i;
/** A byline: the date after the names ("By Ana Lima, HTN Staff • June 14, 2031"). */
const BYLINE = /^By\s+\p{Lu}/u;
/** What may stand around a date on a line of its own: a time, a zone, "by HTN Staff", separators. */
const DATE_ONLY_REST = /^[\s,.|•·–—-]*(?:(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?[\s,.|•·–—-]*(?:by\s+\p{Lu}[\p{L}\s.'’-]{0,40})?$/iu;
/** After the dateline's date: an outlet in brackets or slashes, then a dash or colon before the story. */
const DATELINE_REST = /^\s*(?:\([^()]{1,40}\)|\/[^/]{1,40}\/)?\s*(?:--|—|–|:)\s*\S/;
/** Before the dateline's date: a place in capitals or title case and a comma ("PORTO,", "Porto, Norland,"), or a weekday ("MONDAY,"). */
/** What DATELINE_REST must find somewhere in the line: "--", an en or em dash, or a colon. */
const DASH_OR_COLON = /--|[—–:]/;
const DATELINE_PLACE = /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s*){0,2}$/u;

/**
 * The publication day (ISO, "2031-06-03") the lines give, or undefined. `head` is the article's
 * first lines, `tail` its last: a stamp or a dateline stands at the top, a print note at the end.
 */
export function publicationDate(head: readonly string[], tail: readonly string[]): string | undefined {
  let best: { rank: Rank; date: string } | undefined;
  const offer = (rank: Rank, date: string | undefined): void => {
    if (date && (!best || rank < best.rank)) best = { rank, date };
  };
  head.forEach((line, i) => {
    const rank = stampRank(line);
    if (rank !== undefined) offer(rank, fullDate(line));
    else if (BYLINE.test(line)) offer(Rank.Byline, fullDate(line));
    else if (INLINE_STAMP.test(line)) offer(Rank.Published, fullDate(line.slice(line.search(INLINE_STAMP))));
    else {
      const only = dateOnly(line);
      if (only) offer(Rank.DateOnly, only);
      // The story's first paragraphs only: "Sept. 3, 2031 -- The ferry ...".
      else if (i < 4) offer(Rank.Dateline, datelineDate(line));
    }
  });
  for (const line of tail) {
    const rank = stampRank(line);
    // An update at the end is a correction's note ("Updated on June 4: ..."), not the article's day.
    if (rank === Rank.Published || rank === Rank.Appeared) offer(rank, fullDate(line));
  }
  return best?.date;
}

function stampRank(line: string): Rank | undefined {
  if (PUBLISHED_STAMP.test(line)) return Rank.Published;
  if (APPEARED.test(line)) return Rank.Appeared;
  if (UPDATED_STAMP.test(line)) return Rank.Updated;
  return undefined;
}

/** The first date in `text` that gives day, month and year as written (not "Tuesday" or "June 3" alone). */
function fullDate(text: string): string | undefined {
  const found = firstFullDay(text.slice(0, 200));
  return found && isoDay(found);
}

/** "Tuesday, October 16, 2031", "March 10, 2031 10:54 am ET by HTN Staff": a line that is a date and nothing else. */
function dateOnly(line: string): string | undefined {
  if (line.length > 80) return undefined;
  const found = firstFullDay(line);
  if (!found || line.slice(0, found.index).trim() !== '') return undefined;
  return DATE_ONLY_REST.test(line.slice(found.index + found.text.length)) ? isoDay(found) : undefined;
}

/** "Sept. 3, 2031 -- The ...", "PORTO, Nov. 30, 2031 /Wire/ -- ...": a date that opens the story, then a dash or colon. */
function datelineDate(line: string): string | undefined {
  // DATELINE_REST needs a dash or a colon after the date: a line with none is not parsed (most story lines).
  if (!DASH_OR_COLON.test(line)) return undefined;
  const found = firstFullDay(line.slice(0, 120));
  if (!found || !DATELINE_PLACE.test(line.slice(0, found.index))) return undefined;
  return DATELINE_REST.test(line.slice(found.index + found.text.length)) ? isoDay(found) : undefined;
}

/**
 * chrono's first match in `text` that is a full written day. A full day has a year of four digits,
 * so a line without four digits in a row is not parsed at all (chrono was most of cleaning's time).
 */
function firstFullDay(text: string): chrono.ParsedResult | undefined {
  return /\d{4}/.test(text) ? chrono.parse(text).find((r) => isFullDay(r)) : undefined;
}

function isFullDay(r: chrono.ParsedResult): boolean {
  // chrono takes "now" and "today" for certain days too: a written day has a year of four digits.
  return r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day') && /\b\d{4}\b/.test(r.text);
}

/** The day as written (chrono's components, not a Date: no time zone moves it). */
function isoDay(r: chrono.ParsedResult): string {
  const c = r.start;
  return `${String(c.get('year')).padStart(4, '0')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
}
