/** Every HTML page the site builds, as paths from the base: the sitemap's list. */
import { siteData } from './siteData.ts';

export function sitePages(base: string): string[] {
  const { facts, charts } = siteData();
  return [
    base,
    `${base}claims/`,
    `${base}about/`,
    ...facts.sources.map((s) => `${base}sources/${s.id}/`),
    ...charts.map((c) => `${base}charts/${c.id}/`),
  ];
}
