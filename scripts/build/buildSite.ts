/**
 * build: extract the facts (one event or many), check them, then render the site. Both the
 * generated folder and the site are written to staging folders and swapped in only when the
 * whole build succeeded, so a failed build leaves the previous output of both exactly as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { SiteSettings } from '../contracts/generated.ts';
import { renderEventsSite, renderSite, type SiteRenderer } from '../render/renderSite.ts';
import { coolDownAstro, warmUpAstro } from '../render/astro.ts';
import { markBuild } from '../render/buildTimings.ts';
import { hasReusablePages } from '../render/reusedPages.ts';
import { dropEarlyReading, readPreviousSiteEarly } from '../render/searchIndex.ts';
import { buildGeneratedDir, type ExtractionCache } from '../store/cache.ts';
import { replaceFolderAtomicallyAsync, stageFolder } from '../store/output.ts';
import { checkOutputFolder } from '../store/ownedFolders.ts';
import { normaliseBase } from '../contracts/environment.ts';
import type { ExtractEffects, Extraction } from './extractFolder.ts';
import { eventFolders } from './sourcesLayout.ts';
import { extractInChild, type ChildRequest } from './extractChild.ts';

export type { SiteRenderer };

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
  /** Where unchanged events' extraction results are kept; none when not given. */
  cache?: ExtractionCache;
}

/** The side effects of a build; tests hand in their own renderer and an extraction that needs no child process. */
export interface BuildEffects extends ExtractEffects {
  /** Renders the site; Astro (in batches for many events) unless given. */
  render?: SiteRenderer;
  /** Extracts a folder of events elsewhere: in a process of its own unless given, so that its memory is given back before the pages are rendered. */
  extractElsewhere?: (request: ChildRequest) => Promise<Extraction>;
  /** Called when the pages start to be rendered. */
  onRender?: () => void;
}

/** Builds the site of `options.sourcesDir`: one event, or a folder of events with a home page listing them. */
export async function buildSite(options: BuildOptions, effects: BuildEffects = {}): Promise<Extraction> {
  const many = Boolean(eventFolders(options.sourcesDir));
  const render = effects.render ?? (many ? renderEventsSite : renderSite);
  const extractElsewhere = effects.extractElsewhere ?? extractInChild;
  markBuild('modules loaded');
  // Astro's process starts now (unless bin/corroborate.js started it) and loads Astro while the
  // facts are extracted (render/astro.ts); for one event, whose build's settings are known now,
  // it bundles meanwhile too.
  // Many events bundle early only in a rebuild (a previous site there): beside a cold extraction of
  // every event (573 MB at its peak for 200), a bundled Astro process would take the peak near 1 GB.
  if (!effects.render) warmUpAstro(!many || hasReusablePages(options.outDir) ? { base: options.base ?? '/', quiet: options.quiet ?? false } : undefined);
  try {
    return await stagedBuild(options, render, effects.onRender, (staging, generatedDir, kept) => {
      // Paths recorded in the generated files are relative to where they will end up, not the staging folder.
      // One event is extracted here; the pipeline's modules are loaded only then (build/sourcesLayout.ts says why).
      if (!many) return import('./extractFolder.ts').then(({ extractInto }) => extractInto(options.sourcesDir, staging, generatedDir, { cache: options.cache, settings: options.settings, effects }));
      effects.onLayout?.('events');
      // A rebuild: Pagefind reads the previous site's pages beside the extraction (render/searchIndex.ts).
      if (!effects.render && hasReusablePages(options.outDir)) readPreviousSiteEarly(options.outDir);
      // From the cache's own generated folder (never from a --generated folder of the user's: a
      // build that fails after the move would leave it without those events), unchanged events move over.
      return extractElsewhere({ sourcesDir: options.sourcesDir, staging, finalDir: generatedDir, cacheDir: options.cache?.dir, settings: options.settings, ...(kept ? { previousDir: generatedDir } : {}) });
    });
  } finally {
    // A build that failed before rendering leaves no process waiting.
    coolDownAstro();
    await dropEarlyReading();
  }
}

/**
 * `extract` fills a staging copy of the generated folder, the site is rendered from it, and both
 * are swapped in only when everything succeeded.
 */
async function stagedBuild<T>(
  options: BuildOptions,
  render: SiteRenderer,
  onRender: (() => void) | undefined,
  extract: (staging: string, generatedDir: string, keptInCache: boolean) => T | Promise<T>,
): Promise<T> {
  const sources = [options.sourcesDir];
  // Both folders are checked before any work (a temporary generated folder is ours by making).
  checkOutputFolder({ dir: options.outDir, kind: 'site' }, sources);
  // With no --generated folder: the cache keeps one for the next build (store/cache.ts says why), else a temporary one.
  const keptInCache = !options.generatedDir && !!options.cache?.dir;
  const temporary = options.generatedDir || keptInCache ? undefined : mkdtempSync(join(tmpdir(), 'corroborate-'));
  const generatedDir = resolve(options.generatedDir ?? (keptInCache ? buildGeneratedDir(options.cache!.dir!, options.sourcesDir) : join(temporary!, 'generated')));
  try {
    const generated = stageFolder(generatedDir, { kind: 'generated', sources });
    try {
      const result = await extract(generated.staging, generatedDir, keptInCache);
      markBuild('facts extracted');
      onRender?.();
      const base = options.base ?? '/';
      await replaceFolderAtomicallyAsync(options.outDir, { kind: 'site', sources, base: normaliseBase(base) }, (staging) => render(generated.staging, staging, base, options.quiet ?? false, resolve(options.outDir)));
      generated.commit();
      markBuild('site swapped in');
      return result;
    } catch (error) {
      generated.abort();
      throw error;
    }
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}
