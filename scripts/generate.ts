/** extract: run the pipeline on a folder and write facts.json, Markdown and page data. */
import { relative, resolve } from 'node:path';
import { runPipeline, type PipelineEffects, type PipelineResult } from './pipeline.ts';
import { writeFolderAtomically, type OutputFile } from './output.ts';
import { verifyFacts } from './verify.ts';
import { siteSettings, type SiteSettings } from './config.ts';

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

/** Runs the pipeline, checks every quote, then replaces `outDir` in one step. */
export function extractToFolder(sourcesDir: string, outDir: string, settings?: SiteSettings, effects?: PipelineEffects): PipelineResult {
  const { result, files } = extractVerified(sourcesDir, outDir, settings, effects);
  writeFolderAtomically(outDir, files);
  return result;
}

/**
 * Runs the pipeline and checks every quote against its source; returns the files to write
 * to `outDir` (which is only used to record where the sources are, relative to it).
 */
export function extractVerified(sourcesDir: string, outDir: string, settings?: SiteSettings, effects?: PipelineEffects): { result: PipelineResult; files: OutputFile[] } {
  const result = runPipeline(sourcesDir, effects);
  const mismatches = verifyFacts(result.facts, sourcesDir);
  if (mismatches.length) {
    const first = mismatches[0]!;
    throw new Error(`internal error: ${mismatches.length} evidence quote(s) do not match their source (first: claim ${first.claim} in ${first.file}: ${first.problem}); nothing was written`);
  }
  return { result, files: generatedFiles(result, sourcesDir, outDir, settings) };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
