/**
 * The extraction cache: one event's pipeline result, stored under a key made from everything
 * the result depends on (the generator version and every file of the event folder, names and
 * bytes, metadata files included). An unchanged event is then read back instead of extracted.
 *
 * Entries are written to a temporary file and renamed into place, so a reader never sees half
 * an entry; an entry that cannot be read or does not have the expected shape is ignored (and
 * overwritten by the next extraction), never trusted.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PipelineResultSchema, type PipelineResult } from '../contracts/generated.ts';
import { GENERATOR } from '../contracts/version.ts';
import { MARKER_FILE, markOutputFolder } from './ownedFolders.ts';
import { cacheDirectory } from '../contracts/environment.ts';

/** Bumped when the entry layout itself changes (the pipeline's changes are in pipelineFingerprint). */
const ENTRY_FORMAT = 1;

export interface ExtractionCache {
  /** The folder, for a cache kept in one (another process can open it there). */
  dir?: string;
  /** The cached result for `key`, or undefined on a miss or an unreadable entry. */
  read(key: string): PipelineResult | undefined;
  /** Whether an entry for `key` is there (it may still turn out unreadable); a cache without it is asked with read. */
  has?(key: string): boolean;
  /** Stores `result`; a cache that cannot be written is skipped silently (it only costs speed). */
  write(key: string, result: PipelineResult): void;
  /** Why the event of `key` in folder `dir` could not be read, when an earlier run found out; undefined otherwise. */
  readFailure?(key: string, dir: string): CachedFailure | undefined;
  /** Stores why the event of `key` in folder `dir` could not be read; skipped silently when the cache cannot be written. */
  writeFailure?(key: string, dir: string, failure: CachedFailure): void;
}

/**
 * An event whose files the pipeline cannot use (no article text, no readable article): the
 * InputError it threw. Kept so that a rebuild does not start a thread, load the language model
 * and read the folder again only to fail the same way (over the bench's 200 events one such
 * event was extracted again on every rebuild, beside the Astro process's bundling). Its message
 * names the folder, so an entry holds for that folder only.
 */
export interface CachedFailure {
  message: string;
  fix: string;
}

/**
 * Key of an event folder: a SHA-256 over the generator (pipelineFingerprint by default), then each file (recursively, in
 * code-unit order of relative paths) as its path, its length and its bytes. Any renamed,
 * added, removed or edited file, or a new generator version, gives a new key.
 */
export function eventCacheKey(dir: string, generator: string = memoisedPipelineFingerprint()): string {
  const hash = createHash('sha256');
  hash.update(`corroborate-cache ${ENTRY_FORMAT}\0${generator}\0`);
  return hashFolder(hash, dir).digest('hex');
}

/**
 * Adds every file under `dir` to `hash` (recursively, in code-unit order of relative paths), as
 * its path, its length and its bytes; `skip` leaves out files by relative path.
 */
export function hashFolder(hash: Hash, dir: string, skip: (path: string) => boolean = () => false): Hash {
  for (const path of filesUnder(dir)) {
    if (skip(path)) continue;
    const bytes = readFileSync(join(dir, path));
    hash.update(`${path}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash;
}

/**
 * What "generator version" means for the cache: the released version, plus the pipeline's own
 * code (every file under scripts/) and package.json (pinned dependency versions, the language
 * model among them). A version number alone is not enough: while the code changes between
 * releases, a cache keyed on "0.1.0" would hand back results of older code.
 */
export function pipelineFingerprint(): string {
  const scripts = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256').update(`${GENERATOR}\0`);
  hashFolder(hash, scripts);
  hash.update(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url))));
  return `${GENERATOR} ${hash.digest('hex').slice(0, 16)}`;
}

/**
 * Where the cache lives unless `--cache <dir>` says otherwise: the usual place for tools' caches,
 * or CORROBORATE_CACHE_DIR (the tests give each run its own, so no test reads another's results).
 */
export const DEFAULT_CACHE_DIR = cacheDirectory() ?? fileURLToPath(new URL('../../node_modules/.cache/corroborate', import.meta.url));

/** A cache of entries `<dir>/<key>.json`. The folder is created on first write. */
export function folderCache(dir: string): ExtractionCache {
  return {
    dir,
    read(key) {
      let text: string;
      try {
        text = readFileSync(join(dir, `${key}.json`), 'utf8');
      } catch {
        return undefined;
      }
      try {
        const entry = JSON.parse(text) as { format?: unknown; key?: unknown; result?: unknown };
        if (entry.format !== ENTRY_FORMAT || entry.key !== key || !PipelineResultSchema.safeParse(entry.result).success) return undefined;
        // The entry as written, not zod's copy: a result read back is the very result that was stored.
        return entry.result as PipelineResult;
      } catch {
        return undefined;
      }
    },
    has(key) {
      return existsSync(join(dir, `${key}.json`)) || existsSync(join(dir, `${key}${FAILED}`));
    },
    write(key, result) {
      writeEntry(dir, `${key}.json`, { format: ENTRY_FORMAT, key, result });
    },
    readFailure(key, folder) {
      try {
        const entry = JSON.parse(readFileSync(join(dir, `${key}${FAILED}`), 'utf8')) as { format?: unknown; key?: unknown; dir?: unknown; message?: unknown; fix?: unknown };
        if (entry.format !== ENTRY_FORMAT || entry.key !== key || entry.dir !== resolve(folder) || typeof entry.message !== 'string' || typeof entry.fix !== 'string') return undefined;
        return { message: entry.message, fix: entry.fix };
      } catch {
        return undefined; // none, or unreadable: the event is extracted again
      }
    },
    writeFailure(key, folder, failure) {
      writeEntry(dir, `${key}${FAILED}`, { format: ENTRY_FORMAT, key, dir: resolve(folder), ...failure });
    },
  };
}

/** The name of a failure's entry after its key. */
const FAILED = '.failed.json';

/** Writes one entry through a temporary file, so a reader never sees half of it. */
function writeEntry(dir: string, name: string, entry: object): void {
  const target = join(dir, name);
  const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    if (!existsSync(join(dir, MARKER_FILE))) markOutputFolder(dir, 'cache');
    writeFileSync(temporary, JSON.stringify(entry));
    renameSync(temporary, target);
  } catch {
    // A cache that cannot be written (read-only or full disk) only costs speed: the build goes on.
    try {
      rmSync(temporary, { force: true });
    } catch {
      // nothing was written there either
    }
  }
}

/**
 * Where `corroborate build` keeps the generated folder of `sourcesDir` when it is given no
 * --generated folder: inside the cache, one per sources folder (its real path hashed), so that a
 * rebuild moves unchanged events' folders over (store/eventFolders.ts) instead of reading them
 * back from the cache and writing their files again (1.3 s of a 200-event rebuild's 6.2 s,
 * measured with CORROBORATE_BUILD_TIMINGS=1). It is the cache's: losing it costs only speed.
 */
export function buildGeneratedDir(cacheDir: string, sourcesDir: string): string {
  return join(cacheDir, `generated-${createHash('sha256').update(realPathOr(sourcesDir)).digest('hex').slice(0, 16)}`);
}

/** The folder's real path, or its absolute path when it cannot be resolved (missing: the pipeline names the problem). */
function realPathOr(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return resolve(dir);
  }
}

let fingerprintOnce: string | undefined;
/** pipelineFingerprint, worked out once per process. */
export function memoisedPipelineFingerprint(): string {
  fingerprintOnce ??= pipelineFingerprint();
  return fingerprintOnce;
}

/** Relative paths of every file under `dir`, hidden files included, in code-unit order. */
function filesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, prefix)).sort(compareNames)) {
    const path = prefix ? `${prefix}/${name}` : name;
    const stat = statSync(join(dir, path));
    if (stat.isDirectory()) out.push(...filesUnder(dir, path));
    else if (stat.isFile()) out.push(path);
  }
  return out;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
