/**
 * Dates on the evidence: each passage's day phrases ("on Wednesday", "June 3, 2031"), resolved
 * against its own article's publication date, with offsets into the source file as the passage's
 * own are, so `fileText.slice(start, end) === phrase` holds as `quote` does.
 */
import type { DateMention, Facts } from '../contracts/facts.ts';
import { articleDay, findDates, type Day } from '../extract/dates/resolveDates.ts';

export function withDates(facts: Facts): Facts {
  const days = new Map<string, Day | undefined>(facts.sources.map((s) => [s.id, articleDay(s.published)]));
  // One sentence is often the evidence of several claims (a figure, a quote, a statement): read once.
  const read = new Map<string, DateMention[]>();
  const datesIn = (source: string, quote: string): DateMention[] => {
    const key = `${source}\u0000${quote}`;
    let dates = read.get(key);
    if (!dates) read.set(key, dates = findDates(quote, days.get(source)));
    return dates;
  };
  return {
    ...facts,
    claims: facts.claims.map((claim) => ({
      ...claim,
      evidence: claim.evidence.map((e) => {
        const dates = datesIn(e.source, e.quote).map((d) => ({ ...d, start: e.start + d.start, end: e.start + d.end }));
        return dates.length ? { ...e, dates } : e;
      }),
    })),
  };
}
