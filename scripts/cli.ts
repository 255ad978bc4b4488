/**
 * The corroborate command line: extract, build, verify.
 * Exit codes: 0 success; 1 nothing could be built (bad input folder, failed check);
 * 2 wrong usage; 3 an internal error (a bug: please report it with the message).
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractToFolder, type Manifest } from './generate.ts';
import { buildSite } from './buildSite.ts';
import { InputError } from './ingest/ingest.ts';
import { verifyFacts } from './verify.ts';
import { FactsSchema } from './schema.ts';
import { VERSION } from './version.ts';
import type { Warning } from './types.ts';
import { DEFAULT_CACHE_DIR, folderCache } from './cache.ts';
import { eventFolders, extractEvents } from './events.ts';

const USAGE = `corroborate ${VERSION}: news articles in, a sourced explainer site out

Usage:
  corroborate extract <sourcesDir> --out <dir>     write <dir>/facts.json and the generated Markdown
  corroborate build <sourcesDir> --out <siteDir>   build the static site for that folder
        [--generated <dir>]  keep facts.json and the Markdown there (default: a temporary folder)
        [--base <path>]      serve the site under a sub-path, e.g. /my-repo/
  corroborate verify <dir>                         re-check every evidence quote in <dir>/facts.json
        [--sources <dir>]    the articles (default: the folder recorded when <dir> was extracted)

A sources folder of sub-folders (<sourcesDir>/<event>/<articles>) is many events: extract writes
<dir>/<event>/... for each and <dir>/events.json. Unchanged events are read from a cache:
  --cache <dir>  where (default node_modules/.cache/corroborate);  --no-cache  extract everything

Options: --quiet  only errors;  --help;  --version`;

class UsageError extends Error {}

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
        cache: { type: 'string' },
        'no-cache': { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return fail(2, `${(error as Error).message}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.version) return print(VERSION);
  const [command, input, ...extra] = positionals;
  if (values.help || !command) return print(USAGE);
  try {
    if (extra.length) throw new UsageError(`unexpected argument: ${extra[0]}`);
    const cache = values['no-cache'] ? undefined : folderCache(values.cache ?? DEFAULT_CACHE_DIR);
    switch (command) {
      case 'extract': {
        const out = required(values.out, '--out <dir>');
        if (eventFolders(required(input, '<sourcesDir>'))) {
          const events = await extractEvents(input!, out, { cache });
          report(events.warnings, values.quiet);
          if (!values.quiet) console.log(`${events.index.events.length} events (${events.cached} unchanged, from the cache) written to ${out}, listed in ${join(out, 'events.json')}`);
          return 0;
        }
        const result = extractToFolder(input!, out, cache);
        report(result.warnings, values.quiet);
        if (!values.quiet) console.log(`${result.facts.claims.length} claims from ${result.facts.sources.length} articles written to ${join(out, 'facts.json')}`);
        return 0;
      }
      case 'build': {
        const out = required(values.out, '--out <siteDir>');
        if (eventFolders(required(input, '<sourcesDir>'))) {
          throw new InputError(`${input} holds one folder per event; the site for many events is not built yet`, `Run \`corroborate extract ${input} --out <dir>\` to extract every event, or build one event's folder.`);
        }
        const result = await buildSite({ sourcesDir: input!, outDir: out, generatedDir: values.generated, base: values.base, quiet: values.quiet, cache });
        report(result.warnings, values.quiet);
        if (!values.quiet) console.log(`site for ${result.facts.sources.length} articles (${result.facts.claims.length} claims) built in ${out}`);
        return 0;
      }
      case 'verify':
        return verifyCommand(required(input, '<dir>'), values.sources, values.quiet);
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) return fail(2, `${error.message}\n\n${USAGE}`);
    if (error instanceof InputError) return fail(1, `error: ${error.message}\n  fix: ${error.fix}`);
    const message = error instanceof Error ? error.message : String(error);
    return fail(3, `error: ${message}\n${error instanceof Error && process.env.CORROBORATE_DEBUG ? error.stack : '(set CORROBORATE_DEBUG=1 for the stack trace)'}`);
  }
}

function verifyCommand(dir: string, sourcesOption: string | undefined, quiet?: boolean): number {
  let facts;
  try {
    facts = FactsSchema.parse(JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')));
  } catch (error) {
    throw new InputError(`${join(dir, 'facts.json')} is missing or not a valid facts file (${(error as Error).message.split('\n')[0]})`, 'Run `corroborate extract <sourcesDir> --out <dir>` first.');
  }
  let sourcesDir = sourcesOption;
  if (!sourcesDir) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
      sourcesDir = resolve(dir, manifest.sources);
    } catch {
      throw new InputError(`${dir} does not record where its articles are`, 'Pass --sources <dir>.');
    }
  }
  const mismatches = verifyFacts(facts, sourcesDir);
  const count = facts.claims.reduce((n, c) => n + c.evidence.length, 0);
  for (const m of mismatches) console.error(`${m.file}: claim ${m.claim}: ${m.problem}`);
  if (mismatches.length) return fail(1, `verify: ${mismatches.length} of ${count} evidence quotes do not match their sources`);
  if (!quiet) console.log(`verify: all ${count} evidence quotes match their sources at their offsets`);
  return 0;
}

function report(warnings: Warning[], quiet?: boolean): void {
  if (quiet || warnings.length === 0) return;
  for (const w of warnings) console.warn(`warning: ${w.file}: ${w.problem}${w.fix ? ` (${w.fix})` : ''}`);
  console.warn(`${warnings.length} file(s) had problems; the others were used.`);
}

function required(value: string | undefined, what: string): string {
  if (!value) throw new UsageError(`missing ${what}`);
  return value;
}

function print(text: string): number {
  console.log(text);
  return 0;
}

function fail(code: number, message: string): number {
  console.error(message);
  return code;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
