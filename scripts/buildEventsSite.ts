/**
 * build for a folder of event folders: extract every event (as `corroborate extract` does), then
 * ONE Astro build renders all of them, each under `<base><event>/`, with a home page listing the
 * events, and one search index over the whole site. As for one event, the generated folder and
 * the site are staged and swapped in only when everything succeeded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EventsResult } from './events.ts';
import type { ChildRequest } from './extractEventsChild.ts';
import { InputError } from './ingest/ingest.ts';
import { replaceFolderAtomicallyAsync, stageFolder } from './output.ts';
import { astroBuild, type BuildOptions, type SiteRenderer } from './buildSite.ts';
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
  const temporary = options.generatedDir ? undefined : mkdtempSync(join(tmpdir(), 'corroborate-'));
  const generatedDir = resolve(options.generatedDir ?? join(temporary!, 'generated'));
  const generated = stageFolder(generatedDir);
  try {
    options.onExtract?.();
    // In a process of its own: its memory is given back before the pages are rendered.
    const events = await extractInChild({ sourcesDir: options.sourcesDir, outDir: generated.staging, cacheDir: options.cache?.dir, settings: options.settings });
    options.onRender?.();
    await replaceFolderAtomicallyAsync(options.outDir, (staging) => render(generated.staging, staging, options.base ?? '/', options.quiet ?? false));
    generated.commit();
    return events;
  } catch (error) {
    generated.abort();
    throw error;
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}
