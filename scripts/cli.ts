/**
 * The corroborate command line: extract, build, dev, verify, preview, add (help texts in cli/help.ts,
 * output in cli/reporter.ts, the live preview in cli/dev.ts, the built site's in cli/preview.ts,
 * fetching pages in cli/add.ts). With --json every command prints one object of the shape in
 * contracts/cliReport.ts.
 * Exit codes: 0 success; 1 nothing could be built (bad input folder, invalid config, failed
 * check); 2 wrong usage; 3 an internal error (a bug: please report it with the message).
 */
import { parseArgs } from 'node:util';
import { readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { verifyFacts } from './build/verify.ts';
import { VERSION } from './contracts/version.ts';
import { findConfigFile, loadConfig, misnamedConfigFiles, siteSettings, type SiteConfig } from './config.ts';
import type { Warning } from './contracts/generated.ts';
import { didYouMean } from './text/closestName.ts';
import { COMMAND_HELP, COMMANDS, USAGE, type Command } from './cli/help.ts';
import { createReporter, type Outcome, type Reporter } from './cli/reporter.ts';
import { serveDev, servePreview } from './cli/serveCommands.ts';
import { DEFAULT_CACHE_DIR, folderCache, type ExtractionCache } from './store/cache.ts';
import type { ExtractEffects, Extraction } from './build/extractFolder.ts';
import { readFacts, readManifest } from './store/generatedFolder.ts';
import { countOf } from './compose/counting.ts';
import { checkOutputFolders, type OutputFolder } from './store/ownedFolders.ts';
import { InputError, UsageError } from './contracts/errors.ts';
import { debugging, normaliseBase } from './contracts/environment.ts';

type Values = {
  out?: string; generated?: string; base?: string; sources?: string; config?: string; port?: string;
  host?: boolean; review?: boolean; quiet?: boolean; json?: boolean; help?: boolean; version?: boolean;
  cache?: string; 'no-cache'?: boolean; to?: string; from?: string; refresh?: boolean;
};

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  generated: { type: 'string' },
  base: { type: 'string' },
  sources: { type: 'string' },
  config: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'boolean' },
  review: { type: 'boolean' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean' },
  to: { type: 'string' },
  from: { type: 'string' },
  refresh: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    // The command is named in the report even when its options could not be read.
    const named = argv.find((a) => isCommand(a)) ?? argv.find((a) => !a.startsWith('-')) ?? '';
    return usageError(optionProblem(error as Error & { code?: string }), argv.includes('--json'), named);
  }
  const values = parsed.values as Values;
  const { positionals } = parsed;
  if (values.version) return print(VERSION);
  const [command, input, ...extra] = positionals;
  if (!command) return values.json ? usageError('missing command', true, '') : print(USAGE);
  if (!isCommand(command)) return usageError(`unknown command: ${command}${didYouMean(command, COMMANDS)}`, values.json, command);
  if (values.help) return print(COMMAND_HELP[command]);
  const reporter = createReporter({ quiet: values.quiet, json: values.json });
  const notes: Warning[] = [];
  let outcome: Outcome;
  try {
    if (command === 'add') outcome = await (await import('./cli/add.ts')).addCommand(positionals.slice(1), values, reporter);
    else if (extra.length) throw new UsageError(`unexpected argument: ${extra[0]}`);
    else outcome = await run(command, input, values, reporter, notes);
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message, values.json, command, notes);
    if (error instanceof InputError) outcome = { code: 1, error: { message: error.message, fix: error.fix } };
    else {
      const message = error instanceof Error ? error.message : String(error);
      const trace = error instanceof Error && debugging() ? error.stack : '(set CORROBORATE_DEBUG=1 for the stack trace, and please report this)';
      outcome = { code: 3, error: { message, fix: trace } };
    }
  }
  return reporter.finish(command, { ...outcome, warnings: [...notes, ...(outcome.warnings ?? [])] });
}

/** parseArgs's message, with the nearest option for an unknown one ("unknown option --outt (did you mean --out?)"). */
function optionProblem(error: Error & { code?: string }): string {
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(error.message);
  if (error.code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || !unknown) return error.message;
  const typed = unknown[1]!.replace(/^-+/, '').split('=')[0]!;
  return `unknown option ${unknown[1]}${didYouMean(typed, Object.keys(OPTIONS), '--')}`;
}

async function run(command: Exclude<Command, 'add'>, input: string | undefined, values: Values, reporter: Reporter, notes: Warning[]): Promise<Outcome> {
  switch (command) {
    case 'extract': {
      const sourcesDir = required(input, '<sourcesDir>');
      const out = required(values.out, '--out <dir>');
      checkOutputFolders([{ dir: out, kind: 'generated', option: '--out' }, ...cacheFolder(values)], [sourcesDir]);
      const config = await configFor(sourcesDir, values.config, notes);
      // Loaded here: a build of many events never runs the pipeline in this process (build/sourcesLayout.ts).
      const { extractFolder } = await import('./build/extractFolder.ts');
      const extraction = await extractFolder(sourcesDir, out, { cache: cacheFor(values), settings: siteSettings(config), effects: progressOf(reporter, 'extract', sourcesDir) });
      return outcomeOf(extraction, 'extract', out);
    }
    case 'build': {
      const sourcesDir = required(input, '<sourcesDir>');
      const out = required(values.out, '--out <siteDir>');
      checkOutputFolders([{ dir: out, kind: 'site', option: '--out' }, ...generatedFolder(values), ...cacheFolder(values)], [sourcesDir]);
      const config = await configFor(sourcesDir, values.config, notes);
      // Loaded here: the renderer's modules (Astro's runner, the search index, reused pages) serve only `build`.
      const { buildSite } = await import('./build/buildSite.ts');
      const extraction = await buildSite(
        { sourcesDir, outDir: out, generatedDir: values.generated, base: values.base ?? config.base, quiet: values.quiet || values.json, cache: cacheFor(values), settings: siteSettings(config) },
        { ...progressOf(reporter, 'build', sourcesDir), onRender: () => reporter.progress('build: rendering the pages with Astro') },
      );
      return outcomeOf(extraction, 'build', out);
    }
    case 'dev': {
      const sourcesDir = required(input, '<sourcesDir>');
      checkOutputFolders(generatedFolder(values), [sourcesDir]);
      const config = await configFor(sourcesDir, values.config, notes);
      const base = normaliseBase(values.base ?? config.base ?? '/');
      return serveDev({ sourcesDir, generatedDir: values.generated, base, port: portOf(values.port), host: values.host, review: values.review, settings: siteSettings(config), notes, quiet: values.quiet, json: values.json }, reporter);
    }
    case 'verify':
      return verifyCommand(required(input, '<dir>'), values.sources);
    case 'preview':
      return servePreview({ siteDir: input ?? 'dist', base: values.base, port: portOf(values.port), host: values.host, quiet: values.quiet, json: values.json }, reporter);
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

/** The run's config; a file that looks meant as one but is misnamed is a warning in `notes`. */
async function configFor(sourcesDir: string, explicit: string | undefined, notes: Warning[]): Promise<SiteConfig> {
  notes.push(...misnamedConfigFiles([sourcesDir, process.cwd()], explicit));
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

function portOf(value: string | undefined): number | undefined {
  const port = value === undefined ? undefined : Number(value);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new UsageError(`--port must be a port number, not ${value}`);
  return port;
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

/** Wrong usage: the message and the command's help, or with --json the report naming the command as typed. */
function usageError(message: string, json: boolean | undefined, command: string, warnings: Warning[] = []): number {
  const help = isCommand(command) ? COMMAND_HELP[command] : USAGE;
  if (json) return createReporter({ json }).finish(command, { code: 2, warnings, error: { message, fix: `Run \`corroborate ${isCommand(command) ? `${command} ` : ''}--help\` for the usage.` } });
  console.error(`error: ${message}\n\n${help}`);
  return 2;
}

if (import.meta.main) {
  const code = await main(process.argv.slice(2));
  process.exitCode = code;
}
