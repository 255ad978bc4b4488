/**
 * Dates on the evidence: each passage's day phrases ("on Wednesday", "June 3, 2031"), resolved
 * against its own article's publication date, with offsets into the source file as the passage's
 * own are, so `fileText.slice(start, end) === phrase` holds as `quote` does.
 */
import type { Facts } from '../contracts/facts.ts';
import { articleDay, findDates, type Day } from '../extract/dates/resolveDates.ts';

export function withDates(facts: Facts): Facts {
  const days = new Map<string, Day | undefined>(facts.sources.map((s) => [s.id, articleDay(s.published)]));
  return {
    ...facts,
    claims: facts.claims.map((claim) => ({
      ...claim,
      evidence: claim.evidence.map((e) => {
        const dates = findDates(e.quote, days.get(e.source)).map((d) => ({ ...d, start: e.start + d.start, end: e.start + d.end }));
        return dates.length ? { ...e, dates } : e;
      }),
    })),
  };
}
