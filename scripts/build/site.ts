/**
 * build: extract facts, check them, then run Astro on them. Both the generated folder and
 * the site are written to staging folders and swapped in only when the whole build
 * succeeded, so a failed build leaves the previous output of both exactly as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractVerified } from './event.ts';
import { indexSite } from '../render/searchIndex.ts';
import { replaceFolderAtomicallyAsync, stageFolder, writeFiles } from '../store/output.ts';
import { checkOutputFolder } from '../store/ownedFolders.ts';
import { renderPagesInChild } from '../render/astro.ts';
import type { PipelineEffects, PipelineResult } from '../pipeline.ts';
import type { SiteSettings } from '../config.ts';
import type { ExtractionCache } from '../store/cache.ts';

export interface BuildOptions {
  sourcesDir: string;
  outDir: string;
  /** Where facts.json and the Markdown go; a temporary folder when not given. */
  generatedDir?: string;
  /** URL path the site is served under ("/my-repo/"); "/" by default. */
  base?: string;
  quiet?: boolean;
  /** Title, language and theme from corroborate.config, written to the generated site.json. */
  settings?: SiteSettings;
  /** Per-stage timings of the extraction (progress on the command line). */
  effects?: PipelineEffects;
  /** Called when Astro starts rendering the pages. */
  onRender?: () => void;
  /** Where unchanged events' extraction results are kept; none when not given. */
  cache?: ExtractionCache;
}

/**
 * Renders a generated folder into an (empty, staging) site folder; `previousSite` is the site
 * being replaced (it may not exist), whose unchanged pages a renderer may take over. Tests hand
 * in their own.
 */
export type SiteRenderer = (generatedDir: string, siteDir: string, base: string, quiet: boolean, previousSite: string) => Promise<void>;

export async function buildSite(options: BuildOptions, render: SiteRenderer = astroBuild): Promise<PipelineResult> {
  return stagedBuild(options, render, (staging, generatedDir) => {
    // Paths recorded in the generated files are relative to where they will end up, not the staging folder.
    const { result, files } = extractVerified(options.sourcesDir, generatedDir, options.settings, options.effects, options.cache);
    writeFiles(staging, files);
    return result;
  });
}

/**
 * A build of one event or many: `extract` fills a staging copy of the generated folder, the site is
 * rendered from it, and both are swapped in only when everything succeeded.
 */
export async function stagedBuild<T>(
  options: Pick<BuildOptions, 'sourcesDir' | 'generatedDir' | 'outDir' | 'base' | 'quiet' | 'onRender'>,
  render: SiteRenderer,
  extract: (staging: string, generatedDir: string) => T | Promise<T>,
): Promise<T> {
  const temporary = options.generatedDir ? undefined : mkdtempSync(join(tmpdir(), 'corroborate-'));
  const generatedDir = resolve(options.generatedDir ?? join(temporary!, 'generated'));
  const sources = [options.sourcesDir];
  const site = { kind: 'site', sources } as const;
  // Both folders are checked before any work (a temporary generated folder is ours by making).
  checkOutputFolder({ dir: options.outDir, kind: 'site' }, sources);
  const generated = stageFolder(generatedDir, { kind: 'generated', sources });
  try {
    const result = await extract(generated.staging, generatedDir);
    options.onRender?.();
    await replaceFolderAtomicallyAsync(options.outDir, site, (staging) => render(generated.staging, staging, options.base ?? '/', options.quiet ?? false, resolve(options.outDir)));
    generated.commit();
    return result;
  } catch (error) {
    generated.abort();
    throw error;
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

/** Runs Astro over a generated folder (one event's, or many events' with events.json) into an existing (staging) folder, then indexes it for search. */
export async function astroBuild(generatedDir: string, siteDir: string, base: string, quiet: boolean): Promise<void> {
  await renderPagesInChild(generatedDir, siteDir, base, quiet);
  await indexSite(siteDir);
}
