/**
 * Geometry of the timeline, computed at build time: a strip across the top on a d3 time scale
 * (the days at their true distance apart), then the days one under another, each with its claims,
 * so the text reads at phone width without sideways scrolling. Pure: data in, numbers and lines out.
 */
import { scaleUtc } from 'd3-scale';
import type { Timeline, TimelinePoint } from '../../scripts/charts/timeline.ts';
import { dayLabel } from '../../scripts/charts/timeline.ts';

export interface TimelineItem {
  point: TimelinePoint;
  /** The claim's text cut at word boundaries into at most LINES lines (the last ending in "…" when cut). */
  lines: string[];
  /** Baseline of the first line. */
  y: number;
}

export interface TimelineRow {
  date: string;
  label: string;
  /** Baseline of the day's heading; its dot sits beside it on the axis. */
  y: number;
  /** "3 days later", above the heading, when days lie between this one and the last. */
  gap?: { y: number; text: string };
  items: TimelineItem[];
  /** Claims of the day not drawn (they are in the data table). */
  more: { y: number; count: number } | undefined;
  published: string[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The strip: x of each day on a time scale, and its ticks. */
  strip: { y: number; days: Array<{ date: string; x: number; claims: number; published: boolean }>; ticks: Array<{ x: number; label: string }> };
  rows: TimelineRow[];
  /** The axis the day dots sit on. */
  axis: { x: number; y1: number; y2: number };
}

// The same narrow drawing space as the bars: 13px text stays legible when a phone scales it down.
const WIDTH = 440;
const TEXT_X = 22;
const LINE = 17;
const CHARS = 58;
const LINES = 2;
/** Claims drawn per day; the rest are in the data table. */
export const PER_DAY = 4;
const DAY_MS = 86400000;

export function timelineLayout(timeline: Timeline): TimelineLayout {
  const time = (date: string) => new Date(`${date}T00:00:00Z`);
  const first = time(timeline.days[0]!.date);
  const last = time(timeline.days.at(-1)!.date);
  const x = scaleUtc().domain([first, last]).range([8, WIDTH - 8]);
  // "Jun 2" over days and weeks, "Jun 2031" over a longer span: d3's own tick format mixes weekdays in ("Wed 04").
  const long = last.getTime() - first.getTime() > 200 * DAY_MS;
  const format = (t: Date) => t.toLocaleDateString('en-US', long ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const strip = {
    y: 14,
    days: timeline.days.map((d) => ({ date: d.date, x: round(x(time(d.date))), claims: d.points.length, published: d.published.length > 0 })),
    // Over a span of two or three days d3 ticks every 12 hours: only whole days are labelled.
    ticks: x.ticks(4).filter((t) => t.getUTCHours() === 0).map((t) => ({ x: round(x(t)), label: format(t) })),
  };
  let y = 64;
  let previous: Date | undefined;
  const rows = timeline.days.map((day): TimelineRow => {
    const date = time(day.date);
    const between = previous ? Math.round((date.getTime() - previous.getTime()) / DAY_MS) : 0;
    let gap: TimelineRow['gap'];
    if (between > 1) {
      gap = { y: y + 2, text: `${between} days later` };
      y += 20;
    }
    previous = date;
    const row: TimelineRow = { date: day.date, label: dayLabel(day.date), y: y + 14, gap, items: [], more: undefined, published: day.published };
    y += 24;
    for (const point of day.points.slice(0, PER_DAY)) {
      const lines = wrap(around(point.text, point.at), CHARS, LINES);
      row.items.push({ point, lines, y: y + 13 });
      y += lines.length * LINE + 6;
    }
    const hidden = day.points.length - PER_DAY;
    if (hidden > 0) {
      row.more = { y: y + 12, count: hidden };
      y += LINE + 2;
    }
    y += 8;
    return row;
  });
  return { width: WIDTH, height: y, strip, rows, axis: { x: 8, y1: rows[0]!.y - 4, y2: rows.at(-1)!.y - 4 } };
}

/**
 * The text from a little before its day phrase when the phrase would fall past the lines drawn
 * ("… square earlier in the week, on Thursday ..."): the day's own words stay in sight.
 */
export function around(text: string, at: number): string {
  if (at < 0 || at < CHARS * LINES - 24) return text;
  const from = text.lastIndexOf(' ', at - 24);
  return `…${text.slice(from + 1)}`;
}

/** Lines of at most `width` characters, cut at spaces; the last of `max` ends in "…" when text is left. */
export function wrap(text: string, width: number, max: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === max) break;
  }
  if (lines.length < max) return [...lines, line].map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  // Text was left over: the last line ends in an ellipsis, still within the width.
  const lastLine = lines[max - 1]!;
  lines[max - 1] = lastLine.length > width - 1 ? `${lastLine.slice(0, lastLine.lastIndexOf(' ', width - 2)) || lastLine.slice(0, width - 1)}…` : `${lastLine}…`;
  return lines;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
