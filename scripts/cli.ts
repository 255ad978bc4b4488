/**
 * The corroborate command line: extract, build, dev, verify, add (help texts in cli/help.ts,
 * output in cli/reporter.ts, the live preview in cli/dev.ts, fetching pages in cli/add.ts).
 * Exit codes: 0 success; 1 nothing could be built (bad input folder, invalid config, failed
 * check); 2 wrong usage; 3 an internal error (a bug: please report it with the message).
 */
import { parseArgs } from 'node:util';
import { readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { buildSite } from './build/buildSite.ts';
import { verifyFacts } from './build/verify.ts';
import { VERSION } from './contracts/version.ts';
import { findConfigFile, loadConfig, siteSettings, type SiteConfig } from './config.ts';
import { COMMAND_HELP, COMMANDS, USAGE, type Command } from './cli/help.ts';
import { createReporter, type Outcome, type Reporter } from './cli/reporter.ts';
import { DEFAULT_CACHE_DIR, folderCache, type ExtractionCache } from './store/cache.ts';
import { extractFolder, type ExtractEffects, type Extraction } from './build/extractFolder.ts';
import { readFacts, readManifest } from './store/generatedFolder.ts';
import { countOf } from './compose/counting.ts';
import { checkOutputFolders, type OutputFolder } from './store/ownedFolders.ts';
import { InputError, UsageError } from './contracts/errors.ts';
import { debugging, normaliseBase } from './contracts/environment.ts';

type Values = {
  out?: string; generated?: string; base?: string; sources?: string; config?: string; port?: string;
  host?: boolean; quiet?: boolean; json?: boolean; help?: boolean; version?: boolean;
  cache?: string; 'no-cache'?: boolean; to?: string; from?: string; refresh?: boolean;
};

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', short: 'o' },
        generated: { type: 'string' },
        base: { type: 'string' },
        sources: { type: 'string' },
        config: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'boolean' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean' },
        to: { type: 'string' },
        from: { type: 'string' },
        refresh: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usageError((error as Error).message, argv.includes('--json'));
  }
  const values = parsed.values as Values;
  const { positionals } = parsed;
  if (values.version) return print(VERSION);
  const [command, input, ...extra] = positionals;
  if (!command) return print(USAGE);
  if (!isCommand(command)) return usageError(`unknown command: ${command}`, values.json);
  if (values.help) return print(COMMAND_HELP[command]);
  const reporter = createReporter({ quiet: values.quiet, json: values.json });
  let outcome: Outcome;
  try {
    if (command === 'add') outcome = await (await import('./cli/add.ts')).addCommand(positionals.slice(1), values, reporter);
    else if (extra.length) throw new UsageError(`unexpected argument: ${extra[0]}`);
    else outcome = await run(command, input, values, reporter);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message, values.json, command);
    if (error instanceof InputError) outcome = { code: 1, error: { message: error.message, fix: error.fix } };
    else {
      const message = error instanceof Error ? error.message : String(error);
      const trace = error instanceof Error && debugging() ? error.stack : '(set CORROBORATE_DEBUG=1 for the stack trace, and please report this)';
      outcome = { code: 3, error: { message, fix: trace } };
    }
  }
  return reporter.finish(command, outcome);
}

async function run(command: Exclude<Command, 'add'>, input: string | undefined, values: Values, reporter: Reporter): Promise<Outcome> {
  switch (command) {
    case 'extract': {
      const sourcesDir = required(input, '<sourcesDir>');
      const out = required(values.out, '--out <dir>');
      checkOutputFolders([{ dir: out, kind: 'generated', option: '--out' }, ...cacheFolder(values)], [sourcesDir]);
      const config = await configFor(sourcesDir, values.config);
      const extraction = await extractFolder(sourcesDir, out, { cache: cacheFor(values), settings: siteSettings(config), effects: progressOf(reporter, 'extract', sourcesDir) });
      return outcomeOf(extraction, 'extract', out);
    }
    case 'build': {
      const sourcesDir = required(input, '<sourcesDir>');
      const out = required(values.out, '--out <siteDir>');
      checkOutputFolders([{ dir: out, kind: 'site', option: '--out' }, ...generatedFolder(values), ...cacheFolder(values)], [sourcesDir]);
      const config = await configFor(sourcesDir, values.config);
      const extraction = await buildSite(
        { sourcesDir, outDir: out, generatedDir: values.generated, base: values.base ?? config.base, quiet: values.quiet || values.json, cache: cacheFor(values), settings: siteSettings(config) },
        { ...progressOf(reporter, 'build', sourcesDir), onRender: () => reporter.progress('build: rendering the pages with Astro') },
      );
      return outcomeOf(extraction, 'build', out);
    }
    case 'dev':
      return devCommand(required(input, '<sourcesDir>'), values, reporter);
    case 'verify':
      return verifyCommand(required(input, '<dir>'), values.sources);
  }
}

/** The --generated folder, to check before a run. */
function generatedFolder(values: Values): OutputFolder[] {
  return values.generated ? [{ dir: values.generated, kind: 'generated', option: '--generated' }] : [];
}

/** The cache folder, to check before a run (none with --no-cache). */
function cacheFolder(values: Values): OutputFolder[] {
  return values['no-cache'] ? [] : [{ dir: values.cache ?? DEFAULT_CACHE_DIR, kind: 'cache', option: values.cache ? '--cache' : 'the cache folder' }];
}

/** Unchanged events are read back from the cache, unless --no-cache. */
function cacheFor(values: Values): ExtractionCache | undefined {
  return values['no-cache'] ? undefined : folderCache(values.cache ?? DEFAULT_CACHE_DIR);
}

async function configFor(sourcesDir: string, explicit: string | undefined): Promise<SiteConfig> {
  return loadConfig(findConfigFile(sourcesDir, explicit));
}

/**
 * Progress lines: for a folder of events, that it is one; for one event, how many article files
 * it holds, then each stage's time ("extract 5 articles: align done (7 ms)").
 */
function progressOf(reporter: Reporter, command: 'extract' | 'build', sourcesDir: string): ExtractEffects {
  let articles = 0;
  return {
    onLayout: (layout) => {
      if (layout === 'events') return reporter.progress(`${command}: ${sourcesDir} holds one folder per event`);
      articles = countArticleFiles(sourcesDir);
      reporter.progress(`extract: reading ${countOf(articles, 'article file')} in ${sourcesDir}`);
    },
    pipeline: { timed: (stage, ms) => reporter.progress(`extract ${countOf(articles, 'article')}: ${stage} done (${Math.round(ms)} ms)`) },
  };
}

function countArticleFiles(dir: string): number {
  try {
    return readdirSync(dir).filter((n) => /^\.(txt|text|md|markdown|html?)$/i.test(extname(n)) && !n.startsWith('.')).length;
  } catch {
    return 0;
  }
}

/** What the command reports of an extraction: one event's claims and sources, or how many events. */
function outcomeOf(extraction: Extraction, command: 'extract' | 'build', out: string): Outcome {
  const { result, index, cached, warnings } = extraction;
  if (!result) {
    const count = index.events.length;
    const where = command === 'extract' ? `written to ${out}, listed in ${join(out, 'events.json')}` : `built in ${out}`;
    return { code: 0, summary: `${command === 'build' ? 'site for ' : ''}${countOf(count, 'event')} (${cached} unchanged, from the cache) ${where}`, warnings, data: { out, events: count, cached } };
  }
  const { facts } = result;
  const claims = countOf(facts.claims.length, 'claim');
  const articles = countOf(facts.sources.length, 'article');
  return {
    code: 0,
    summary: command === 'extract' ? `${claims} from ${articles} written to ${join(out, 'facts.json')}` : `site for ${articles} (${claims}) built in ${out}`,
    warnings,
    usedFiles: facts.sources.map((s) => s.file),
    data: { out, articles: facts.sources.length, claims: facts.claims.length, conflicts: facts.conflicts.length, sources: facts.sources.map((s) => ({ id: s.id, file: s.file })) },
  };
}

async function devCommand(sourcesDir: string, values: Values, reporter: Reporter): Promise<Outcome> {
  checkOutputFolders(generatedFolder(values), [sourcesDir]);
  const { startDev } = await import('./cli/dev.ts');
  const config = await configFor(sourcesDir, values.config);
  const base = normaliseBase(values.base ?? config.base ?? '/');
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new UsageError(`--port must be a port number, not ${values.port}`);
  let firstError: Error | undefined;
  const handle = await startDev({
    sourcesDir, generatedDir: values.generated, base, port, host: values.host, settings: siteSettings(config), quiet: values.quiet,
    onExtract: (result, ms) => {
      if (result instanceof Error) {
        firstError ??= result;
        const fix = result instanceof InputError ? ` (fix: ${result.fix})` : '';
        console.error(`dev: extraction failed, still showing the last good version: ${result.message}${fix}`);
        return;
      }
      for (const w of result.warnings) if (!values.quiet) console.error(`warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.problem}`);
      const facts = result.result?.facts;
      const what = facts ? `${countOf(facts.claims.length, 'claim')} from ${countOf(facts.sources.length, 'article')}` : `${countOf(result.index.events.length, 'event')} (${result.cached} unchanged)`;
      if (!values.quiet) console.log(`dev: ${what} (${Math.round(ms)} ms)`);
    },
  }).catch((error: Error) => {
    if (firstError) throw firstError;
    throw error;
  });
  console.log(`Live preview at ${handle.url} (watching ${resolve(sourcesDir)}; Ctrl-C to stop)`);
  await new Promise<void>((done) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => done());
  });
  await handle.stop();
  reporter.progress('dev: stopped');
  return { code: 0 };
}

function verifyCommand(dir: string, sourcesOption: string | undefined): Outcome {
  let facts;
  try {
    facts = readFacts(dir);
  } catch (error) {
    throw new InputError(`${join(dir, 'facts.json')} is missing or not a valid facts file (${(error as Error).message.split('\n')[0]})`, 'Run `corroborate extract <sourcesDir> --out <dir>` first.');
  }
  let sourcesDir = sourcesOption;
  if (!sourcesDir) {
    try {
      sourcesDir = resolve(dir, readManifest(dir).sources);
    } catch {
      throw new InputError(`${dir} does not record where its articles are`, 'Pass --sources <dir>.');
    }
  }
  const mismatches = verifyFacts(facts, sourcesDir);
  const count = facts.claims.reduce((n, c) => n + c.evidence.length, 0);
  const data = { quotes: count, mismatches };
  if (mismatches.length) {
    return {
      code: 1, data,
      error: {
        message: `verify: ${mismatches.length} of ${count} evidence quotes do not match their sources`,
        fix: 'Re-run `corroborate extract` on the current articles; an article changed after extraction, or facts.json was edited.',
        details: mismatches.map((m) => `${m.file}: claim ${m.claim}: ${m.problem}`),
      },
    };
  }
  return { code: 0, data, summary: `verify: all ${count} evidence quotes match their sources at their offsets` };
}

function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}

function print(text: string): number {
  console.log(text);
  return 0;
}

function usageError(message: string, json?: boolean, command?: Command): number {
  if (json) console.log(JSON.stringify({ command: command ?? null, ok: false, exitCode: 2, error: { message } }, null, 2));
  else console.error(`error: ${message}\n\n${command ? COMMAND_HELP[command] : USAGE}`);
  return 2;
}

if (import.meta.main) {
  const code = await main(process.argv.slice(2));
  process.exitCode = code;
}
