/**
 * The two commands that serve until stopped: `dev` (the live preview of a sources folder) and
 * `preview` (a built site). Both print their address once serving (with --json, the report then,
 * since that is when its figures are known), and stop on Ctrl-C or SIGTERM with exit code 0.
 */
import { resolve } from 'node:path';
import type { SiteSettings, Warning } from '../contracts/generated.ts';
import { InputError } from '../contracts/errors.ts';
import { countOf } from '../compose/counting.ts';
import type { Extraction } from '../build/extractFolder.ts';
import type { Outcome, Reporter } from './reporter.ts';

interface ServeOptions {
  port?: number;
  host?: boolean;
  quiet?: boolean;
  json?: boolean;
}

export interface DevCommandOptions extends ServeOptions {
  sourcesDir: string;
  generatedDir?: string;
  base: string;
  settings: SiteSettings;
  /** Warnings from before the extraction (a misnamed config file): told once, when it starts serving, not again when it stops. */
  notes: Warning[];
  /** Review actions even when served to the network (--host). */
  review?: boolean;
}

export async function serveDev(options: DevCommandOptions, reporter: Reporter): Promise<Outcome> {
  const { startDev } = await import('./dev.ts');
  // Human lines only without --json: then stdout holds the report alone.
  const say = options.quiet || options.json ? () => {} : (line: string) => console.log(line);
  let firstError: Error | undefined;
  let first: Extraction | undefined;
  const handle = await startDev({
    sourcesDir: options.sourcesDir, generatedDir: options.generatedDir, base: options.base, port: options.port, host: options.host, review: options.review, settings: options.settings, quiet: options.quiet || options.json,
    onExtract: (result, ms) => {
      if (result instanceof Error) {
        firstError ??= result;
        const fix = result instanceof InputError ? ` (fix: ${result.fix})` : '';
        if (first) console.error(`dev: extraction failed, still showing the last good version: ${result.message}${fix}`);
        return;
      }
      const reported = first !== undefined || !options.json; // the first extraction's warnings go in the --json report
      first ??= result;
      if (reported && !options.quiet) for (const w of result.warnings) console.error(`warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.problem}`);
      const facts = result.result?.facts;
      const what = facts ? `${countOf(facts.claims.length, 'claim')} from ${countOf(facts.sources.length, 'article')}` : `${countOf(result.index.events.length, 'event')} (${result.cached} unchanged)`;
      say(`dev: ${what} (${Math.round(ms)} ms)`);
    },
  }).catch((error: Error) => {
    throw firstError ?? error;
  });
  const notes = options.notes.splice(0);
  if (!options.quiet && !options.json) for (const w of notes) console.error(`warning: ${w.file}: ${w.problem}${w.fix ? ` (fix: ${w.fix})` : ''}`);
  say(`Live preview at ${handle.url} (watching ${resolve(options.sourcesDir)}; Ctrl-C to stop)`);
  if (options.json) reporter.finish('dev', { code: 0, data: { ...figuresOf(first!), url: handle.url, base: options.base }, warnings: [...notes, ...first!.warnings] });
  await stopSignal();
  await handle.stop();
  reporter.progress('dev: stopped');
  return { code: 0, reported: options.json };
}

export interface PreviewCommandOptions extends ServeOptions {
  siteDir: string;
  base?: string;
}

export async function servePreview(options: PreviewCommandOptions, reporter: Reporter): Promise<Outcome> {
  const { startPreview } = await import('./preview.ts');
  const handle = await startPreview(options);
  if (options.json) reporter.finish('preview', { code: 0, data: { siteDir: options.siteDir, url: handle.url, base: handle.base } });
  else if (!options.quiet) console.log(`Serving ${resolve(options.siteDir)} at ${handle.url} (Ctrl-C to stop)`);
  await stopSignal();
  await handle.stop();
  reporter.progress('preview: stopped');
  return { code: 0, reported: options.json };
}

/** What an extraction adds to the report: one event's figures, or a folder of events'. */
function figuresOf(extraction: Extraction): Record<string, unknown> {
  const facts = extraction.result?.facts;
  if (!facts) return { events: extraction.index.events.length, cached: extraction.cached };
  return { articles: facts.sources.length, claims: facts.claims.length, conflicts: facts.conflicts.length, sources: facts.sources.map((s) => ({ id: s.id, file: s.file })) };
}

function stopSignal(): Promise<void> {
  return new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
}
