/**
 * npm run identity: proves that a change (a refactor) leaves the output of the 200 real multi-news
 * clusters byte for byte as it was.
 *
 *   npm run identity -- --record /tmp/identity-baseline.json [--single] [--every 10]
 *   npm run identity -- --compare /tmp/identity-baseline.json
 *
 * Writes the clusters as event folders in a temporary folder with the corpus's own split.mjs
 * (tools/bench/material.ts), runs the real command line on them as a user would,
 * `corroborate extract <clusters> --out <dir> --no-cache --json` (the many-event path, one thread
 * per core; nothing read back from a cache), and hashes every file written (SHA-256 per relative
 * path) and the command's JSON report (less its `out` and `seconds`). With `--single`, it also runs
 * the single-event path, `corroborate extract <clusters>/<event> --out ...`, on every 10th cluster
 * (`--every <n>`), since the two paths are different code.
 *
 * --record writes the hashes to a JSON manifest (hashes only, never article text: keep it outside
 * the repository); --compare runs again with the options the manifest was recorded with (--single
 * and --every on the command line win) and lists the files that differ, are missing or are new:
 * exit 1 if any, 0 with "N files identical" if all match. The temporary folder is removed at the end.
 *
 * Measured on this 2-core machine: 21 to 28 s with --single (10 to 12 s writing the clusters with
 * split.mjs, one process per cluster; 3 to 6 s the 200-event extraction, 1,368 files; 8 to 10 s
 * the 20 single-event runs, 133 files), about 15 to 17 s without.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeClusters } from './bench/material.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CORPUS = resolve(process.env.CORROBORATE_SHARED ?? join(ROOT, '../shared'), 'corpora/multi-news');
const CLUSTERS = 200;
const MANIFEST_FORMAT = 1;

interface Options {
  single: boolean;
  every: number;
}

interface IdentityManifest {
  format: number;
  /** The commit the manifest was recorded at, and whether the tree had uncommitted changes. */
  commit: string;
  dirty: boolean;
  /** SHA-256 of the corpus file the clusters were split from. */
  corpus: string;
  clusters: number;
  options: Options;
  /** Relative path -> SHA-256 of its bytes: `many/<event>/...`, `single/<event>/...`, `cli/...` for the JSON reports. */
  files: Record<string, string>;
}

const USAGE = `usage: npm run identity -- (--record <file> | --compare <file>) [--single] [--every <n>]
  --record <file>   write the hashes of every output file to <file> (outside the repository)
  --compare <file>  run again and list the files that differ from <file>; exit 1 if any
  --single          also run the single-event path on every <n>th cluster (recorded in the manifest)
  --every <n>       which clusters --single runs on (default 10: clusters 0, 10, 20, ...)`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every file under `dir` by "/"-separated relative path (hidden ones included), with its SHA-256. */
function hashTree(dir: string, prefix: string, into: Record<string, string>): number {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; name: string; parentPath: string }>;
  let count = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    into[`${prefix}${relative(dir, path).split('\\').join('/')}`] = sha256(readFileSync(path));
    count++;
  }
  return count;
}

/**
 * Runs `corroborate extract <sources> --out <out> --no-cache --json` as a fresh process in `work`,
 * with paths relative to it (messages name the folders as given: an absolute path would put the
 * temporary folder's random name in them); returns its report without `out` and `seconds`.
 */
function extract(work: string, sources: string, out: string): string {
  // Nothing from the developer's shell that the command reads (CORROBORATE_DEBUG, a cache folder...).
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('CORROBORATE_')));
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/corroborate.js'), 'extract', sources, '--out', out, '--no-cache', '--json'], {
    cwd: work, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) fail(`corroborate extract ${sources} exited with ${run.status ?? run.signal}:\n${run.stdout}${run.stderr}`.slice(0, 4000), 1);
  const report = JSON.parse(run.stdout) as Record<string, unknown>;
  delete report.out;
  delete report.seconds;
  return `${JSON.stringify(report, null, 2)}\n`;
}

function git(...args: string[]): string {
  const run = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : '';
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function makeManifest(options: Options): IdentityManifest {
  const corpusFile = join(CORPUS, 'longbench_multi_news.jsonl');
  if (!existsSync(corpusFile)) fail(`the multi-news corpus is not at ${CORPUS} (set CORROBORATE_SHARED to the folder holding corpora/)`, 1);
  const work = mkdtempSync(join(tmpdir(), 'corroborate-identity-'));
  const cleanUp = (): void => rmSync(work, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanUp();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const files: Record<string, string> = {};
    let at = performance.now();
    const clusters = writeClusters(CORPUS, work, CLUSTERS);
    const events = readdirSync(clusters).sort();
    const from = relative(work, clusters).split('\\').join('/'); // "clusters"
    console.error(`identity: ${events.length} clusters written with split.mjs (${seconds(at)})`);

    at = performance.now();
    files['cli/extract-many.json'] = sha256(extract(work, from, 'many'));
    const many = hashTree(join(work, 'many'), 'many/', files);
    console.error(`identity: extract of the ${events.length}-event folder: ${many} files (${seconds(at)})`);

    if (options.single) {
      at = performance.now();
      const chosen = events.filter((_, i) => i % options.every === 0);
      let single = 0;
      for (const event of chosen) {
        files[`cli/extract-single/${event}.json`] = sha256(extract(work, `${from}/${event}`, `single/${event}`));
        single += hashTree(join(work, 'single', event), `single/${event}/`, files);
      }
      console.error(`identity: extract of ${chosen.length} single events (every ${options.every}th): ${single} files (${seconds(at)})`);
    }
    const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return {
      format: MANIFEST_FORMAT,
      commit: git('rev-parse', 'HEAD'),
      dirty: git('status', '--porcelain') !== '',
      corpus: sha256(readFileSync(corpusFile)),
      clusters: events.length,
      options,
      files: sorted,
    };
  } finally {
    cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function listed(one: string, many: string, paths: string[]): void {
  if (!paths.length) return;
  console.log(`${paths.length} ${paths.length === 1 ? one : many}:`);
  for (const path of paths.slice(0, 50)) console.log(`  ${path}`);
  if (paths.length > 50) console.log(`  ... and ${paths.length - 50} more`);
}

function main(): void {
  let values;
  try {
    ({ values } = parseArgs({ options: { record: { type: 'string' }, compare: { type: 'string' }, single: { type: 'boolean' }, every: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) return console.log(USAGE);
  if (Boolean(values.record) === Boolean(values.compare)) fail(USAGE);
  const every = values.every === undefined ? undefined : Number(values.every);
  if (every !== undefined && !(Number.isInteger(every) && every >= 1)) fail(`--every takes a whole number of at least 1, not ${values.every}`);
  const start = performance.now();

  if (values.record) {
    const target = resolve(values.record);
    if (!relative(ROOT, target).startsWith('..')) fail(`${target} is inside the repository: keep the baseline outside it (e.g. /tmp/identity-baseline.json)`);
    const manifest = makeManifest({ single: Boolean(values.single), every: every ?? 10 });
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`recorded ${Object.keys(manifest.files).length} files at ${manifest.commit.slice(0, 12)}${manifest.dirty ? ' (with uncommitted changes)' : ''} in ${target} (${seconds(start)})`);
    return;
  }

  const baselinePath = resolve(values.compare!);
  let baseline: IdentityManifest;
  try {
    baseline = JSON.parse(readFileSync(baselinePath, 'utf8')) as IdentityManifest;
  } catch (error) {
    fail(`${baselinePath} cannot be read: ${(error as Error).message}`);
  }
  if (baseline.format !== MANIFEST_FORMAT) fail(`${baselinePath} is a manifest of format ${baseline.format}, this tool writes ${MANIFEST_FORMAT}: record it again`);
  const options: Options = { single: values.single ?? baseline.options.single, every: every ?? baseline.options.every };
  const current = makeManifest(options);
  if (current.corpus !== baseline.corpus) console.log(`note: the corpus file changed since the baseline was recorded`);
  const differ: string[] = [];
  const missing: string[] = [];
  for (const [path, hash] of Object.entries(baseline.files)) {
    if (!(path in current.files)) missing.push(path);
    else if (current.files[path] !== hash) differ.push(path);
  }
  const added = Object.keys(current.files).filter((path) => !(path in baseline.files));
  const against = `the baseline of ${baseline.commit.slice(0, 12)}${baseline.dirty ? ' (with uncommitted changes)' : ''}`;
  if (differ.length || missing.length || added.length) {
    listed('file differs', 'files differ', differ);
    listed('file missing (in the baseline, not written now)', 'files missing (in the baseline, not written now)', missing);
    listed('file new (written now, not in the baseline)', 'files new (written now, not in the baseline)', added);
    console.log(`not identical to ${against} (${seconds(start)})`);
    process.exitCode = 1;
    return;
  }
  console.log(`${Object.keys(current.files).length} files identical to ${against} (${seconds(start)})`);
}

main();
