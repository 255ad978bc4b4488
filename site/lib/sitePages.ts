/** Every HTML page the site builds, as paths from the base: the sitemap's list. */
import { eventBase, siteData } from './siteData.ts';
import { siteEvents } from './events.ts';

/** One event's pages (the only event's, at the base, when `event` is not given). */
function eventPages(base: string, event?: string): string[] {
  const { facts, charts } = siteData(event);
  return [
    base,
    `${base}claims/`,
    `${base}about/`,
    ...facts.sources.map((s) => `${base}sources/${s.id}/`),
    ...charts.map((c) => `${base}charts/${c.id}/`),
    ...(facts.corrections?.length ? [`${base}corrections/`] : []),
  ];
}

/** The site's pages: one event's, or the home page and every event's. */
export function sitePages(base: string): string[] {
  const events = siteEvents();
  if (!events) return eventPages(base);
  return [base, ...events.flatMap((e) => eventPages(`${base}${e.id}/`, e.id))];
}
