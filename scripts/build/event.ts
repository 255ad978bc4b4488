/** extract: run the pipeline on a folder and write facts.json, Markdown and page data. */
import { relative, resolve } from 'node:path';
import { runPipeline, type PipelineEffects, type PipelineResult } from '../pipeline.ts';
import { writeFolderAtomically, type OutputFile } from '../store/output.ts';
import { verifyFacts } from './verify.ts';
import { siteSettings, type SiteSettings } from '../config.ts';
import { eventCacheKey, type ExtractionCache } from '../store/cache.ts';

/** What the generated folder records about its own making (read by verify and the site). */
export interface Manifest {
  generator: string;
  /** The sources folder, relative to the generated folder. */
  sources: string;
  warnings: PipelineResult['warnings'];
}

export function generatedFiles(result: PipelineResult, sourcesDir: string, outDir: string, settings: SiteSettings = siteSettings({})): OutputFile[] {
  const manifest: Manifest = {
    generator: result.facts.generator,
    sources: relative(resolve(outDir), resolve(sourcesDir)).split('\\').join('/') || '.',
    warnings: result.warnings,
  };
  return [
    { path: 'facts.json', content: json(result.facts) },
    { path: 'manifest.json', content: json(manifest) },
    // The site's title, language and theme from corroborate.config (read by site/lib/siteConfig.ts).
    { path: 'site.json', content: json(settings) },
    ...result.documents.map((d) => ({ path: `documents/${d.id}.json`, content: json(d) })),
    ...result.files,
  ];
}

/** Runs the pipeline (or reads an unchanged folder's result from `cache`), checks every quote, then replaces `outDir` in one step. */
export function extractToFolder(sourcesDir: string, outDir: string, settings?: SiteSettings, effects?: PipelineEffects, cache?: ExtractionCache): PipelineResult {
  const { result, files } = extractVerified(sourcesDir, outDir, settings, effects, cache);
  writeFolderAtomically(outDir, { kind: 'generated', sources: [sourcesDir] }, files);
  return result;
}

/**
 * Runs the pipeline and checks every quote against its source; returns the files to write
 * to `outDir` (which is only used to record where the sources are, relative to it).
 */
export function extractVerified(sourcesDir: string, outDir: string, settings?: SiteSettings, effects?: PipelineEffects, cache?: ExtractionCache): { result: PipelineResult; files: OutputFile[] } {
  const result = cachedPipeline(sourcesDir, cache, effects);
  const mismatches = verifyFacts(result.facts, sourcesDir);
  if (mismatches.length) {
    const first = mismatches[0]!;
    throw new Error(`internal error: ${mismatches.length} evidence quote(s) do not match their source (first: claim ${first.claim} in ${first.file}: ${first.problem}); nothing was written`);
  }
  return { result, files: generatedFiles(result, sourcesDir, outDir, settings) };
}

/** The pipeline's result for a folder, from the cache when its files and the generator are unchanged. */
export function cachedPipeline(sourcesDir: string, cache?: ExtractionCache, effects?: PipelineEffects): PipelineResult {
  if (!cache) return runPipeline(sourcesDir, effects);
  let key: string | undefined;
  try {
    key = eventCacheKey(sourcesDir);
  } catch {
    return runPipeline(sourcesDir, effects); // an unreadable folder: the pipeline names the problem
  }
  const known = cache.read(key);
  if (known) return known;
  const result = runPipeline(sourcesDir, effects);
  cache.write(key, result);
  return result;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
