/**
 * Renders a generated folder into a site: Astro's pages, then one search index over them. One
 * event is one Astro build; many events are rendered in batches of builds, and a rebuild renders
 * again only the events whose pages change.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderPagesInChild } from './astro.ts';
import { EVENTS_PER_BUILD, eventIds, renderEventBatches, renderInBatches } from './batches.ts';
import { pageKeys, recordPages, reusablePages } from './reusedPages.ts';
import { dropEarlyReading, indexSite, startRebuildIndex } from './searchIndex.ts';
import { moveAll } from '../store/output.ts';
import { markBuild } from './buildTimings.ts';

/**
 * Renders a generated folder into an (empty, staging) site folder; `previousSite` is the site
 * being replaced (it may not exist), whose unchanged pages a renderer may take over. Tests hand
 * in their own.
 */
export type SiteRenderer = (generatedDir: string, siteDir: string, base: string, quiet: boolean, previousSite: string) => Promise<void>;

/** One event's site (or a few events' in one build): Astro over the generated folder, then the search index. */
export const renderSite: SiteRenderer = async (generatedDir, siteDir, base, quiet) => {
  await renderPagesInChild(generatedDir, siteDir, base, quiet);
  markBuild('astro process ended');
  await indexSite(siteDir);
  markBuild('search index written');
};

/**
 * Renders a site of many events. Every event's pages are rendered: in one Astro build for a few
 * events, in batches of builds, each in its own process, for many (memory grows with the events
 * rendered); except, when the previous site has them, the pages of events whose page key is
 * unchanged (render/reusedPages.ts): their folders are moved over, and only the other events
 * and the site's own pages (home, search, sitemap) are rendered. The search index always covers
 * the whole site.
 */
export const renderEventsSite: SiteRenderer = async (generatedDir, siteDir, base, quiet, previousSite) => {
  const ids = eventIds(generatedDir);
  const keys = pageKeys(generatedDir, ids, base);
  const reused = reusablePages(previousSite, keys);
  if (reused.length === 0) {
    // Nothing kept (the site's code changed, say): an early reading of the previous pages is of no use.
    await dropEarlyReading();
    if (ids.length > EVENTS_PER_BUILD) await renderInBatches(generatedDir, siteDir, base, quiet);
    else await renderSite(generatedDir, siteDir, base, quiet, previousSite);
    recordPages(siteDir, keys);
    return;
  }
  const kept = new Set(reused);
  // Pagefind reads the previous site while Astro renders (render/searchIndex.ts).
  const search = startRebuildIndex(previousSite, kept);
  try {
    await renderEventBatches(generatedDir, siteDir, base, quiet, ids.filter((id) => !kept.has(id)));
    await search?.read();
  } catch (error) {
    await search?.close();
    throw error;
  }
  // The kept pages were built by the same code, so they use the same (content-named) assets; a
  // build that rendered no event page does not emit the ones only event pages load.
  copyMissingAssets(join(previousSite, ASSETS), join(siteDir, ASSETS));
  recordPages(siteDir, keys);
  // Moved last, and back if indexing fails, so that a failed build leaves the previous site whole.
  // The search index covers the whole site and has the bytes a full build gives it.
  const moves = reused.map((id): [string, string] => [join(previousSite, id), join(siteDir, id)]);
  moveAll(moves);
  try {
    await (search ? search.finish(siteDir) : indexSite(siteDir));
  } catch (error) {
    moveAll(moves.map(([from, to]): [string, string] => [to, from]));
    throw error;
  }
};

/** Astro's folder of built scripts and styles, named by their content. */
const ASSETS = '_astro';

function copyMissingAssets(from: string, to: string): void {
  if (!existsSync(from)) return;
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) if (!existsSync(join(to, name))) copyFileSync(join(from, name), join(to, name));
}
