/**
 * build: extract facts, check them, then run Astro on them into a staging folder that
 * replaces the site folder only when the whole build succeeded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractToFolder } from './generate.ts';
import { replaceFolderAtomicallyAsync } from './output.ts';
import type { PipelineResult } from './pipeline.ts';
import type { ExtractionCache } from './cache.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface BuildOptions {
  sourcesDir: string;
  outDir: string;
  /** Where facts.json and the Markdown go; a temporary folder when not given. */
  generatedDir?: string;
  /** URL path the site is served under ("/my-repo/"); "/" by default. */
  base?: string;
  quiet?: boolean;
  /** Where unchanged events' extraction results are kept; none when not given. */
  cache?: ExtractionCache;
}

export async function buildSite(options: BuildOptions): Promise<PipelineResult> {
  const temporary = options.generatedDir ? undefined : mkdtempSync(join(tmpdir(), 'corroborate-'));
  const generatedDir = resolve(options.generatedDir ?? join(temporary!, 'generated'));
  try {
    const result = extractToFolder(options.sourcesDir, generatedDir, options.cache);
    await renderSite(generatedDir, options.outDir, options.base, options.quiet);
    return result;
  } finally {
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  }
}

/** Runs Astro over a generated folder. The site reads its data folder from CORROBORATE_DATA. */
export async function renderSite(generatedDir: string, outDir: string, base = '/', quiet = false): Promise<void> {
  process.env.CORROBORATE_DATA = resolve(generatedDir);
  // astro.config.mjs reads the base too: the remark plugin needs it for citation links.
  process.env.CORROBORATE_BASE = base.endsWith('/') ? base : `${base}/`;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { build } = await import('astro');
  await replaceFolderAtomicallyAsync(outDir, async (staging) => {
    await build({ root: PROJECT_ROOT, outDir: staging, logLevel: quiet ? 'error' : 'warn' });
  });
}
