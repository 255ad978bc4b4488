/**
 * build for a folder of event folders: extract every event (as `corroborate extract` does), then
 * render all of them, each under `<base><event>/`, with a home page listing the events, and one
 * search index over the whole site; a rebuild renders again only the events whose pages change.
 * As for one event, the generated folder and the site are staged and swapped in only when
 * everything succeeded.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventsResult } from './events.ts';
import type { ChildRequest } from './extractChild.ts';
import { InputError } from '../ingest/ingest.ts';
import { astroBuild, stagedBuild, type BuildOptions, type SiteRenderer } from './site.ts';
import { EVENTS_PER_BUILD, eventIds, renderEventBatches, renderInBatches } from '../render/batches.ts';
import { pageKeys, recordPages, reusablePages } from '../render/reusedPages.ts';
import { indexSite } from '../render/searchIndex.ts';
import { moveAll } from '../store/output.ts';

/**
 * Renders a site of many events. Every event's pages are rendered: in one Astro build for a few
 * events, in batches of builds, each in its own process, for many (memory grows with the events
 * rendered); except, when the previous site has them, the pages of events whose page key is
 * unchanged (scripts/render/reusedPages.ts): their folders are moved over, and only the other events
 * and the site's own pages (home, search, sitemap) are rendered. The search index always covers
 * the whole site.
 */
const renderEvents: SiteRenderer = async (generatedDir, siteDir, base, quiet, previousSite) => {
  const ids = eventIds(generatedDir);
  const keys = pageKeys(generatedDir, ids, base);
  const reused = reusablePages(previousSite, keys);
  if (reused.length === 0) {
    if (ids.length > EVENTS_PER_BUILD) await renderInBatches(generatedDir, siteDir, base, quiet);
    else await astroBuild(generatedDir, siteDir, base, quiet);
    recordPages(siteDir, keys);
    return;
  }
  const kept = new Set(reused);
  await renderEventBatches(generatedDir, siteDir, base, quiet, ids.filter((id) => !kept.has(id)));
  // The kept pages were built by the same code, so they use the same (content-named) assets; a
  // build that rendered no event page does not emit the ones only event pages load.
  copyMissingAssets(join(previousSite, ASSETS), join(siteDir, ASSETS));
  recordPages(siteDir, keys);
  // Moved last, and back if indexing fails, so that a failed build leaves the previous site whole.
  // The search index is made over the whole site, as a full build makes it: the same bytes.
  const moves = reused.map((id): [string, string] => [join(previousSite, id), join(siteDir, id)]);
  moveAll(moves);
  try {
    await indexSite(siteDir);
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

export type EventsBuildOptions = Pick<BuildOptions, 'sourcesDir' | 'outDir' | 'generatedDir' | 'base' | 'quiet' | 'onRender' | 'cache' | 'settings'> & {
  /** Called when extraction starts, with the number of event folders. */
  onExtract?: () => void;
};

/** Runs scripts/extractEventsChild.ts and returns its result, or throws its error (an InputError stays one). */
function extractInChild(request: ChildRequest): Promise<EventsResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'extractChild.ts'), JSON.stringify(request)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { out += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      let reply: { result?: EventsResult; error?: { message: string; fix?: string; input: boolean } };
      try {
        reply = JSON.parse(out);
      } catch {
        reject(new Error(`the extraction process ended with code ${code} and no result`));
        return;
      }
      if (reply.result) resolve(reply.result);
      else if (reply.error?.input) reject(new InputError(reply.error.message, reply.error.fix ?? ''));
      else reject(new Error(reply.error?.message ?? `the extraction process ended with code ${code}`));
    });
  });
}

export async function buildEventsSite(options: EventsBuildOptions, render: SiteRenderer = renderEvents): Promise<EventsResult> {
  return stagedBuild(options, render, (staging) => {
    options.onExtract?.();
    // In a process of its own: its memory is given back before the pages are rendered.
    return extractInChild({ sourcesDir: options.sourcesDir, outDir: staging, cacheDir: options.cache?.dir, settings: options.settings });
  });
}
