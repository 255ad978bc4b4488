/**
 * The timeline: what the sources report happened on which day. A claim is placed on every day its
 * passages name (evidence `dates`, resolved against each article's own publication date); a claim
 * with no dated passage is never placed, nor one whose day is relative to an article with no date
 * (those are counted, and listed in the data as not placed). Articles' publication days are marked
 * too: when each source reported.
 */
import type { Claim, Evidence, Facts } from '../contracts/facts.ts';
import { articleDay, iso } from '../extract/dates/resolveDates.ts';
import { visibleText } from '../corrections/passageWords.ts';

/** Fewer distinct days than this make a list, not a timeline. */
export const MIN_TIMELINE_DAYS = 3;

export interface TimelinePoint {
  /** ISO day ("2031-06-04"). */
  date: string;
  claim: Claim;
  /**
   * What is shown: the first dated passage as its source wrote it (its own quotation marks kept), so
   * the day stands beside the words that name it; a quote's claim text alone would lose "on Monday".
   */
  text: string;
  /** Where the first phrase naming the day starts in `text` (-1 if markup hid it), so a cut text can keep it. */
  at: number;
  /** The phrases that name the day, as written ("on Wednesday"), distinct, in source order. */
  phrases: string[];
  /** Sources whose passage for the claim names this day, in site order. */
  sources: string[];
  /** True when some source's phrase needed its article's date ("on Wednesday", not "June 4, 2031"). */
  relative: boolean;
}

export interface TimelineDay {
  date: string;
  points: TimelinePoint[];
  /** Sources published on this day. */
  published: string[];
}

export interface Timeline {
  /** Every day with a dated claim or a publication, earliest first. */
  days: TimelineDay[];
  /** Claims whose only day phrases are relative to an article with no publication date: not placed. */
  unplaced: Array<{ claim: Claim; text: string; phrases: string[]; sources: string[] }>;
}

export function timelineOf(facts: Facts): Timeline | undefined {
  const order = new Map(facts.sources.map((s, i) => [s.id, i]));
  const files = new Map(facts.sources.map((s) => [s.id, s.file]));
  const passage = (e: Evidence): string => visibleText(e.quote, files.get(e.source)!).replace(/\s+/g, ' ').trim();
  const unplacedSpans = new Set<string>();
  const points = new Map<string, TimelinePoint>();
  const unplaced: Timeline['unplaced'] = [];
  for (const claim of facts.claims) {
    const before = points.size;
    const waiting = { claim, text: '', phrases: [] as string[], sources: [] as string[] };
    const waitingSpans: string[] = [];
    for (const e of claim.evidence) {
      for (const d of e.dates ?? []) {
        if (!d.date) {
          waiting.text ||= passage(e);
          add(waiting.phrases, d.phrase);
          add(waiting.sources, e.source);
          add(waitingSpans, spanOf(e));
          continue;
        }
        const key = `${d.date} ${claim.id}`;
        const point = points.get(key) ?? { date: d.date, claim, text: passage(e), at: -1, phrases: [], sources: [], relative: false };
        if (point.at < 0) point.at = point.text.indexOf(d.phrase);
        add(point.phrases, d.phrase);
        add(point.sources, e.source);
        point.relative ||= d.basis === 'publication';
        points.set(key, point);
      }
    }
    // Listed once per passage, as the timeline's points are (a figure's sentence is a statement's too).
    if (points.size === before && waiting.phrases.length && !waitingSpans.every((s) => unplacedSpans.has(s))) unplaced.push(waiting);
    for (const s of waitingSpans) unplacedSpans.add(s);
  }
  const byDay = new Map<string, TimelineDay>();
  const dayOf = (date: string): TimelineDay => byDay.get(date) ?? byDay.set(date, { date, points: [], published: [] }).get(date)!;
  for (const point of points.values()) {
    point.sources.sort((a, b) => order.get(a)! - order.get(b)!);
    dayOf(point.date).points.push(point);
  }
  if (byDay.size < MIN_TIMELINE_DAYS) return undefined;
  for (const source of facts.sources) {
    const day = articleDay(source.published);
    if (day && !source.empty) dayOf(iso(day)).published.push(source.id);
  }
  // Claims keep facts.json's order within a day: best-corroborated first.
  const rank = new Map(facts.claims.map((c, i) => [c.id, i]));
  const days = [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const day of days) day.points = distinctPassages(day.points.sort((a, b) => rank.get(a.claim.id)! - rank.get(b.claim.id)!), day.date);
  return { days, unplaced };
}

/**
 * One point per passage: a sentence that is both a figure's and a statement's evidence is shown once,
 * as the better-corroborated claim, not twice on the same day.
 */
function distinctPassages(points: TimelinePoint[], date: string): TimelinePoint[] {
  const shown = new Set<string>();
  return points.filter((p) => {
    const spans = p.claim.evidence.filter((e) => e.dates?.some((d) => d.date === date)).map(spanOf);
    const covered = spans.every((s) => shown.has(s)) || spans.every((s) => [...shown].some((t) => within(s, t)));
    for (const s of spans) shown.add(s);
    return !covered;
  });
}

/** Whether passage span a lies inside span b (same source). */
function within(a: string, b: string): boolean {
  const [sa, a0, a1] = a.split(':');
  const [sb, b0, b1] = b.split(':');
  return sa === sb && Number(a0) >= Number(b0) && Number(a1) <= Number(b1);
}

function spanOf(e: Evidence): string {
  return `${e.source}:${e.start}:${e.end}`;
}

function add(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

/** "Wed, Jun 4, 2031": a day as the chart and its table write it (the date is a day, not an instant: UTC). */
export function dayLabel(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}
