/**
 * build for a folder of event folders: extract every event (as `corroborate extract` does), then
 * ONE Astro build renders all of them, each under `<base><event>/`, with a home page listing the
 * events, and one search index over the whole site. As for one event, the generated folder and
 * the site are staged and swapped in only when everything succeeded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractEvents, type EventsResult } from './events.ts';
import { replaceFolderAtomicallyAsync, stageFolder } from './output.ts';
import { astroBuild, type BuildOptions, type SiteRenderer } from './buildSite.ts';

export type EventsBuildOptions = Pick<BuildOptions, 'sourcesDir' | 'outDir' | 'generatedDir' | 'base' | 'quiet' | 'onRender' | 'cache' | 'settings'> & {
  /** Called when extraction starts, with the number of event folders. */
  onExtract?: () => void;
};

export async function buildEventsSite(options: EventsBuildOptions, render: SiteRenderer = astroBuild): Promise<EventsResult> {
  const temporary = options.generatedDir ? undefined : mkdtempSync(join(tmpdir(), 'corroborate-'));
  const generatedDir = resolve(options.generatedDir ?? join(temporary!, 'generated'));
  const generated = stageFolder(generatedDir);
  try {
    options.onExtract?.();
    const events = await extractEvents(options.sourcesDir, generated.staging, { cache: options.cache, settings: options.settings });
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
