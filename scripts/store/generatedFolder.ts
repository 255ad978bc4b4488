/**
 * The generated folder of one event, both ways: the files an extraction writes (facts.json,
 * manifest.json, site.json, documents/<id>.json, explainer.md, spoken.json), and the one loader of each file
 * that the site, `corroborate verify` and the renderer read, checked against its schema
 * (contracts/). A folder of events holds one such folder per event and events.json.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { z } from 'zod';
import { FactsSchema, type Facts } from '../contracts/facts.ts';
import { EventsIndexSchema, type EventsIndex } from '../contracts/events.ts';
import { DocumentViewSchema, ManifestSchema, SiteSettingsSchema, SpokenTextsSchema, type DocumentView, type GeneratedFile, type Manifest, type PipelineResult, type SiteSettings, type SpokenTexts } from '../contracts/generated.ts';

/** The settings a folder without site.json (or an event of a folder of events) has: corroborate.config's defaults. */
export const DEFAULT_SETTINGS: SiteSettings = { lang: 'en', theme: 'auto' };

/**
 * The files of one event's generated folder. `outDir` is where the folder ends up: the manifest
 * records the sources folder relative to it.
 */
export function generatedFiles(result: PipelineResult, sourcesDir: string, outDir: string, settings: SiteSettings = DEFAULT_SETTINGS): GeneratedFile[] {
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

/**
 * Writes one event's files into `target` (a new folder, or a folder inside a staging folder).
 * `finalDir` is where the folder will end up: paths in the manifest are relative to it, not to
 * `target`. Used by the thread that extracted the event, so results never travel between
 * threads to be written.
 */
export function writeGeneratedFolder(result: PipelineResult, sourcesDir: string, target: string, finalDir: string, settings?: SiteSettings): void {
  // Folders made so far: an event's dozen files share two or three folders.
  const made = new Set<string>();
  for (const file of generatedFiles(result, sourcesDir, finalDir, settings)) {
    const path = join(target, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, file.content);
  }
}

/** `value` as every generated JSON file is written: two-space indents and a final newline. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A generated folder's file that is missing, is not JSON, or does not match its schema. */
export class GeneratedFileError extends Error {
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path} ${problem}`);
    this.name = 'GeneratedFileError';
    this.path = path;
  }
}

/** Reads `path` and checks it against `schema`; the parsed value, or a GeneratedFileError naming the file and the first problem. */
function readChecked<T>(path: string, schema: z.ZodType<T>, what: string): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new GeneratedFileError(path, `is missing or not JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new GeneratedFileError(path, `does not match the ${what} schema: ${parsed.error.message}`);
  return parsed.data;
}

/** `<dir>/facts.json`. */
export function readFacts(dir: string): Facts {
  return readChecked(join(dir, 'facts.json'), FactsSchema, 'facts');
}

/** `<dir>/manifest.json`. */
export function readManifest(dir: string): Manifest {
  return readChecked(join(dir, 'manifest.json'), ManifestSchema, 'manifest');
}

/** `<dir>/site.json`, with the defaults for what it leaves out; the defaults alone when there is none. */
export function readSiteSettings(dir: string): SiteSettings {
  const path = join(dir, 'site.json');
  if (!existsSync(path)) return DEFAULT_SETTINGS;
  return { ...DEFAULT_SETTINGS, ...readChecked(path, SiteSettingsSchema.partial(), 'site settings') };
}

/** `<dir>/documents/<id>.json`. */
export function readDocument(dir: string, id: string): DocumentView {
  return readChecked(join(dir, 'documents', `${id}.json`), DocumentViewSchema, 'document');
}

/** `<dir>/spoken.json`: how the /claims/ list writes each reported-speech claim (compose/quoteLine.ts spokenTexts). */
export function readSpokenTexts(dir: string): SpokenTexts {
  return readChecked(join(dir, 'spoken.json'), SpokenTextsSchema, 'spoken texts');
}

/** `<dir>/events.json` of a folder of events. */
export function readEventsIndex(dir: string): EventsIndex {
  return readChecked(join(dir, 'events.json'), EventsIndexSchema, 'events');
}
