/** The timeline as a chart: its note, text alternative and data table (timeline.ts finds the days). */
import type { Facts } from '../contracts/facts.ts';
import { countOf } from '../compose/counting.ts';
import { dayLabel, timelineOf, MIN_TIMELINE_DAYS, type Timeline } from './timeline.ts';

/** The timeline chart's parts; choose.ts adds its kind and id (the fields are ChartSpec's). */
export interface TimelineChart {
  title: string;
  note: string;
  summary: string;
  sources: string[];
  table: { columns: string[]; rows: string[][]; claims: string[] };
  timeline: Timeline;
}

const NOT_PLACED = 'not placed: its article has no publication date';

/** inOrder sorts source ids in site order; names joins their labels ("Harbour Times; Nordic Wire"). */
export function timelineChart(facts: Facts, inOrder: (ids: Iterable<string>) => string[], names: (ids: string[]) => string): TimelineChart | undefined {
  const timeline = timelineOf(facts);
  if (!timeline) return undefined;
  const placed = timeline.days.flatMap((d) => d.points);
  const dated = timeline.days.filter((d) => d.points.length);
  const published = new Map(facts.sources.map((s) => [s.id, s.published ?? '']));
  const short = (text: string) => (text.length > 80 ? `${text.slice(0, 80).replace(/\s+\S*$/, '')}…` : text.replace(/[.;]$/, ''));
  const left = timeline.unplaced.length;
  const rows: string[][] = [];
  const claims: string[] = [];
  for (const day of timeline.days) {
    for (const p of day.points) {
      rows.push([p.date, p.phrases.join('; '), p.relative ? 'the article’s publication date' : 'the date as written', p.text, p.claim.id, names(p.sources)]);
      claims.push(p.claim.id);
    }
    for (const id of day.published) {
      rows.push([day.date, published.get(id)!, 'publication date', 'The article was published', '', names([id])]);
      claims.push(''); // no claim: the table shows no link
    }
  }
  for (const u of timeline.unplaced) {
    rows.push(['', u.phrases.join('; '), NOT_PLACED, u.text, u.claim.id, names(u.sources)]);
    claims.push(u.claim.id);
  }
  return {
    title: 'What was reported when', timeline,
    note: 'Claims on the day their passage names, earliest first; a day written relative to the article (“on Wednesday”) is counted from that article’s own publication date. A ringed dot marks the day a source was published.'
      + (left ? ` ${countOf(left, 'claim')} naming a day only relative to an undated article ${left > 1 ? 'are' : 'is'} not placed (listed in the data).` : ''),
    summary: `${countOf(placed.length, 'dated claim')} on ${countOf(dated.length, 'day')} (at least ${MIN_TIMELINE_DAYS} are needed for a timeline), from ${dayLabel(dated[0]!.date)} to ${dayLabel(dated.at(-1)!.date)}. `
      + timeline.days.map((d) => `${dayLabel(d.date)}: ${[...d.points.map((p) => short(p.text)), ...(d.published.length ? [`published: ${names(d.published)}`] : [])].join(' / ')}`).join('; ')
      + (left ? `. Not placed: ${countOf(left, 'claim')}.` : '.'),
    sources: inOrder([...placed.flatMap((p) => p.sources), ...timeline.days.flatMap((d) => d.published)]),
    table: { columns: ['Date', 'Day as written', 'Dated by', 'What was reported', 'Claim', 'Sources'], rows, claims },
  };
}
