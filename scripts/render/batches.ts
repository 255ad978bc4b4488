/**
 * Renders a site of many events in batches, each an Astro build in a process of its own, then
 * merges their folders and indexes the whole site once.
 *
 * Why: one Astro build's memory grows with the events it renders (about 650 MB fixed and 4 MB per
 * event, measured: 1.4 GB for 200), and a process gives all of it back when it ends. Batches keep
 * the peak to one batch's, whatever the number of events. Each batch renders every page of its
 * events; the first also renders the site's own pages (home, search, sitemap). Built assets are
 * named by their content hash, so the same name from two batches is the same file.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readEventsIndex } from '../store/generatedFolder.ts';
import { indexSite } from './searchIndex.ts';
import { renderPagesInChild } from './astro.ts';
import { eventsPerBuild } from '../contracts/environment.ts';

/**
 * Events per Astro build. Measured over the 200 multi-news events (whole build, peak memory summed
 * over its processes, young generation capped as renderPages.ts does): 794-816 MB with 30 (38-44 s
 * on a busy machine), 836 MB with 40 (33 s), 864 MB with 50 (30 s). Larger batches make a full
 * build faster but not a rebuild after one change (one batch either way), and 30 keeps the peak
 * far under 1 GB.
 */
export const EVENTS_PER_BUILD = eventsPerBuild();

/** The ids in a generated folder's events.json, in its order. */
export function eventIds(generatedDir: string): string[] {
  return readEventsIndex(generatedDir).events.map((e) => e.id);
}

export async function renderInBatches(generatedDir: string, siteDir: string, base: string, quiet: boolean, perBuild = EVENTS_PER_BUILD): Promise<void> {
  await renderEventBatches(generatedDir, siteDir, base, quiet, eventIds(generatedDir), perBuild);
  await indexSite(siteDir);
}

/**
 * Renders the pages of the events `ids` (every one of them, or only those an incremental build
 * renders again) and the site's own pages into `siteDir`, in batches; with no event, one build
 * renders the site's own pages alone. The search index is left to the caller.
 */
export async function renderEventBatches(generatedDir: string, siteDir: string, base: string, quiet: boolean, ids: readonly string[], perBuild = EVENTS_PER_BUILD): Promise<void> {
  // Beside the site, so that moving a batch's folders into it never crosses file systems.
  const work = mkdtempSync(`${siteDir}.batches-`);
  try {
    let first = 0;
    do {
      const batch = ids.slice(first, first + perBuild);
      const out = join(work, String(first));
      await renderPagesInChild(generatedDir, out, base, quiet, { events: batch, sitePages: first === 0 });
      mergeBatch(out, siteDir, new Set(batch), first === 0);
      first += perBuild;
    } while (first < ids.length);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Moves a batch's event folders and assets into the site; the first batch brings the site's own pages too. */
function mergeBatch(batchDir: string, siteDir: string, events: ReadonlySet<string>, sitePages: boolean): void {
  mkdirSync(siteDir, { recursive: true });
  for (const name of readdirSync(batchDir)) {
    const from = join(batchDir, name);
    if (name === '_astro') {
      mkdirSync(join(siteDir, name), { recursive: true });
      for (const asset of readdirSync(from)) if (!existsSync(join(siteDir, name, asset))) renameSync(join(from, asset), join(siteDir, name, asset));
    } else if (events.has(name) || sitePages) {
      renameSync(from, join(siteDir, name));
    }
  }
}
