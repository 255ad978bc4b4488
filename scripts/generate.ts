/** extract: run the pipeline on a folder and write facts.json, Markdown and page data. */
import { relative, resolve } from 'node:path';
import { runPipeline, type PipelineResult } from './pipeline.ts';
import { writeFolderAtomically, type OutputFile } from './output.ts';
import { verifyFacts } from './verify.ts';
import { eventCacheKey, type ExtractionCache } from './cache.ts';

/** What the generated folder records about its own making (read by verify and the site). */
export interface Manifest {
  generator: string;
  /** The sources folder, relative to the generated folder. */
  sources: string;
  warnings: PipelineResult['warnings'];
}

export function generatedFiles(result: PipelineResult, sourcesDir: string, outDir: string): OutputFile[] {
  const manifest: Manifest = {
    generator: result.facts.generator,
    sources: relative(resolve(outDir), resolve(sourcesDir)).split('\\').join('/') || '.',
    warnings: result.warnings,
  };
  return [
    { path: 'facts.json', content: json(result.facts) },
    { path: 'manifest.json', content: json(manifest) },
    ...result.documents.map((d) => ({ path: `documents/${d.id}.json`, content: json(d) })),
    ...result.files,
  ];
}

/** Runs the pipeline (or reads an unchanged folder's result from `cache`), checks every quote, then replaces `outDir` in one step. */
export function extractToFolder(sourcesDir: string, outDir: string, cache?: ExtractionCache): PipelineResult {
  const result = cachedPipeline(sourcesDir, cache);
  const mismatches = verifyFacts(result.facts, sourcesDir);
  if (mismatches.length) {
    const first = mismatches[0]!;
    throw new Error(`internal error: ${mismatches.length} evidence quote(s) do not match their source (first: claim ${first.claim} in ${first.file}: ${first.problem}); nothing was written`);
  }
  writeFolderAtomically(outDir, generatedFiles(result, sourcesDir, outDir));
  return result;
}

/** The pipeline's result for a folder, from the cache when its files and the generator are unchanged. */
export function cachedPipeline(sourcesDir: string, cache?: ExtractionCache): PipelineResult {
  if (!cache) return runPipeline(sourcesDir);
  let key: string | undefined;
  try {
    key = eventCacheKey(sourcesDir);
  } catch {
    return runPipeline(sourcesDir); // an unreadable folder: the pipeline names the problem
  }
  const known = cache.read(key);
  if (known) return known;
  const result = runPipeline(sourcesDir);
  cache.write(key, result);
  return result;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
