/**
 * Everything the pages share, prepared once per build from the generated data: facts,
 * source numbers and labels, the charts chosen for the event and the base path. Pages stay
 * thin and read from here, so they can later be parametrised by event.
 */
import type { Facts } from '../../scripts/schema.ts';
import { chooseCharts, type ChartSpec } from '../../scripts/charts/choose.ts';
import { sourceLabel } from '../../components/sourceLabel.ts';
import { loadFacts } from './data.ts';

export interface SiteData {
  facts: Facts;
  /** Source id -> 1-based citation number. */
  numbers: Map<string, number>;
  /** Source id -> outlet as the site names it. */
  labels: Map<string, string>;
  /** Sources that are not copies of another: the N of "n of N". */
  independent: number;
  charts: ChartSpec[];
}

let cached: SiteData | undefined;

export function siteData(): SiteData {
  if (!cached) {
    const facts = loadFacts();
    const labels = new Map(facts.sources.map((s) => [s.id, sourceLabel(s)]));
    cached = {
      facts,
      numbers: new Map(facts.sources.map((s, i) => [s.id, i + 1])),
      labels,
      independent: facts.sources.filter((s) => !s.copyOf).length,
      charts: chooseCharts(facts, (id) => labels.get(id) ?? id),
    };
  }
  return cached;
}

/**
 * The base path with a trailing slash ("/" or "/my-repo/"), from the same setting
 * astro.config.mjs reads (import.meta.env.BASE_URL came out as "/" in pages here).
 */
export function basePath(): string {
  const base = process.env.CORROBORATE_BASE || '/';
  return base.endsWith('/') ? base : `${base}/`;
}
