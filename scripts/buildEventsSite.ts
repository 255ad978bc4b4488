/**
 * build for a folder of event folders: extract every event (as `corroborate extract` does), then
 * ONE Astro build renders all of them, each under `<base><event>/`, with a home page listing the
 * events, and one search index over the whole site. As for one event, the generated folder and
 * the site are staged and swapped in only when everything succeeded.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { EventsResult } from './events.ts';
import type { ChildRequest } from './extractEventsChild.ts';
import { InputError } from './ingest/ingest.ts';
import { astroBuild, stagedBuild, type BuildOptions, type SiteRenderer } from './buildSite.ts';
import { EVENTS_PER_BUILD, eventIds, renderInBatches } from './renderInBatches.ts';

/** One Astro build for a few events; batches of builds, each in its own process, for many (memory grows with the events rendered). */
const renderEvents: SiteRenderer = (generatedDir, siteDir, base, quiet) =>
  eventIds(generatedDir).length > EVENTS_PER_BUILD ? renderInBatches(generatedDir, siteDir, base, quiet) : astroBuild(generatedDir, siteDir, base, quiet);

export type EventsBuildOptions = Pick<BuildOptions, 'sourcesDir' | 'outDir' | 'generatedDir' | 'base' | 'quiet' | 'onRender' | 'cache' | 'settings'> & {
  /** Called when extraction starts, with the number of event folders. */
  onExtract?: () => void;
};

/** Runs scripts/extractEventsChild.ts and returns its result, or throws its error (an InputError stays one). */
function extractInChild(request: ChildRequest): Promise<EventsResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'extractEventsChild.ts'), JSON.stringify(request)], { stdio: ['ignore', 'pipe', 'inherit'] });
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
