/**
 * Everything the pages share, prepared once per build from the generated data: facts,
 * source numbers and labels, the charts chosen for the event and the base path. Pages stay
 * thin and read from here, so they can later be parametrised by event.
 */
import type { Facts } from '../../scripts/contracts/facts.ts';
import { chooseCharts, type ChartSpec } from '../../scripts/charts/choose.ts';
import { sourceLabels } from '../../components/sourceLabel.ts';
import { loadFacts } from './data.ts';
import { countedSources } from '../../scripts/compose/counting.ts';
import { siteBase } from '../../scripts/contracts/environment.ts';

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

const cached = new Map<string, SiteData>();

/** One event's shared data (the only event's when `event` is not given). */
export function siteData(event?: string): SiteData {
  let data = cached.get(event ?? '');
  if (!data) {
    const facts = loadFacts(event);
    const labels = sourceLabels(facts.sources);
    data = {
      facts,
      numbers: new Map(facts.sources.map((s, i) => [s.id, i + 1])),
      labels,
      independent: countedSources(facts.sources),
      charts: chooseCharts(facts, (id) => labels.get(id) ?? id),
    };
    cached.set(event ?? '', data);
  }
  return data;
}

/**
 * The base path with a trailing slash ("/" or "/my-repo/"), from the same setting
 * astro.config.mjs reads (import.meta.env.BASE_URL came out as "/" in pages here).
 */
export function basePath(): string {
  return siteBase();
}

/** The base path of one event's pages: `<base><event>/`, or the base itself for a single-event site. */
export function eventBase(event?: string): string {
  return event ? `${basePath()}${event}/` : basePath();
}
