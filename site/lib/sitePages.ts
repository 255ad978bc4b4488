/** Every HTML page the site builds, as paths from the base: the sitemap's list. */
import { siteData } from './siteData.ts';
import { loadFacts } from './data.ts';
import { siteEvents } from './events.ts';

/**
 * One event's pages (the only event's, at the base, when `event` is not given). `chartIds`: the
 * charts events.json records for it, else they are chosen here.
 */
function eventPages(base: string, event?: string, chartIds?: readonly string[]): string[] {
  const facts = chartIds ? loadFacts(event) : siteData(event).facts;
  const charts = chartIds ?? siteData(event).charts.map((c) => c.id);
  return [
    base,
    `${base}claims/`,
    `${base}about/`,
    ...facts.sources.map((s) => `${base}sources/${s.id}/`),
    ...charts.map((id) => `${base}charts/${id}/`),
    ...(facts.corrections?.length ? [`${base}corrections/`] : []),
  ];
}

/** The site's pages: one event's, or the home page and every event's. */
export function sitePages(base: string): string[] {
  const events = siteEvents();
  if (!events) return eventPages(base);
  return [base, ...events.flatMap((e) => eventPages(`${base}${e.id}/`, e.id, e.charts))];
}
