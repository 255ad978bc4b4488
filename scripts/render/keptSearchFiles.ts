/**
 * A rebuild's search index made over the previous site's index files, so that Pagefind does not
 * compress again what it would write the same.
 *
 * Why it works: Pagefind builds its whole index on every run, but writes a content-named file
 * (a page's fragment, a chunk of the word index) only when its output folder has no file of that
 * name yet (pagefind 1.6, output/mod.rs: "immutable" files), and compressing those files at gzip's
 * best level is most of its writing: over the 200 multi-news events' site, writing took Pagefind
 * 2.7 to 3.1 s of CPU from scratch and 1.15 to 1.3 s over the previous files. So the previous `pagefind/` folder is moved into the new site
 * and Pagefind writes over it; then the files its new index does not name are removed. The result
 * is the folder a build from scratch writes, file for file.
 *
 * What is kept, and why that is safe: only the fragments of pages moved over unchanged (the
 * events whose pages were reused), and the chunks of the word index. A name is 7 hex digits of a
 * hash of the file's content, so an old file could, by a clash of those digits, stand where the
 * new index means other content; every way that can happen is checked and then the index is made
 * from scratch instead: a clash within the new index (Pagefind then lengthens a name), a kept
 * chunk named for another range of words than before, a kept fragment with another word count.
 * Everything else (the meta, the filters, Pagefind's scripts) is written again, and all of the
 * previous folder goes back where it was if anything fails.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { constants, gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { PagefindEntrySchema, PagefindMetaSchema, type PagefindMeta } from '../contracts/pagefindIndex.ts';
import { moveAll } from '../store/output.ts';
import { markBuild } from './buildTimings.ts';

/** Pagefind's folder in a site. */
export const PAGEFIND = 'pagefind';
/** What Pagefind puts before the CBOR or JSON of each file it compresses. */
const MAGIC = 'pagefind_dcd';

/** The previous site's index, being read while the new pages are rendered. */
export interface PreviousIndex {
  /** `<previous site>/pagefind`. */
  dir: string;
  /** Whether a page (by Pagefind's URL, "/event/claims/") was moved over unchanged. */
  kept: (url: string) => boolean;
  /** Each fragment file's name and the URL of its page (undefined when not found: not kept); undefined when the folder could not be read. */
  fragments: Promise<Map<string, string | undefined> | undefined>;
}

/** Starts reading the previous site's fragments; undefined when it has no search index. */
export function readPreviousIndex(previousSite: string, kept: (url: string) => boolean): PreviousIndex | undefined {
  const dir = join(previousSite, PAGEFIND);
  if (!existsSync(join(dir, 'fragment'))) return undefined;
  return { dir, kept, fragments: fragmentUrls(join(dir, 'fragment')).catch(() => undefined) };
}

async function fragmentUrls(folder: string): Promise<Map<string, string | undefined>> {
  const names = readdirSync(folder);
  const urls = await Promise.all(names.map(async (name) => fragmentUrl(await readFile(join(folder, name)))));
  return new Map(names.map((name, i) => [name, urls[i]]));
}

/**
 * A fragment's URL, from the start of its JSON (Pagefind writes `{"url":...` first): only the
 * first kilobyte is inflated (over the 1,167 fragments of the 200-event site: 142 ms, against
 * 433 ms for the whole files). Undefined when it is not there: that fragment is then not kept.
 */
function fragmentUrl(compressed: Buffer): string | undefined {
  try {
    const start = gunzipSync(compressed.subarray(0, 1024), { finishFlush: constants.Z_SYNC_FLUSH }).toString('utf8');
    const quoted = /^pagefind_dcd\{"url":("(?:[^"\\]|\\.)*")/.exec(start)?.[1];
    const url: unknown = quoted && JSON.parse(quoted);
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `write` (Pagefind over `siteDir`, into `<siteDir>/pagefind`) over the previous index's
 * reusable files. Returns false, with the previous folder as it was and no index written, when
 * reuse is not possible or not safe: the caller then indexes from scratch.
 */
export async function indexOverPrevious(siteDir: string, previous: PreviousIndex, write: () => Promise<void>): Promise<boolean> {
  const fragments = await previous.fragments;
  const before = fragments && readMetas(previous.dir);
  markBuild('search index: previous index read');
  if (!before) return false;
  const out = join(siteDir, PAGEFIND);
  // Beside the site, so that every move is a rename on one file system.
  const aside = mkdtempSync(`${siteDir}.search-`);
  const setAside = readdirSync(previous.dir).filter((name) => name !== 'fragment' && name !== 'index');
  for (const [name, url] of fragments) if (url === undefined || !previous.kept(url)) setAside.push(join('fragment', name));
  mkdirSync(join(aside, 'fragment'));
  const moves = setAside.map((path): [string, string] => [join(previous.dir, path), join(aside, path)]);
  moveAll(moves);
  const reused = new Set(listFiles(previous.dir));
  renameSync(previous.dir, out);
  const restore = (): void => {
    for (const name of readdirSync(out)) if (name !== 'fragment' && name !== 'index') rmSync(join(out, name), { recursive: true, force: true });
    for (const path of listFiles(out)) if (!reused.has(path)) rmSync(join(out, path));
    renameSync(out, previous.dir);
    moveAll(moves.map(([from, to]): [string, string] => [to, from]));
    rmSync(aside, { recursive: true, force: true });
  };
  try {
    await write();
    markBuild(`search index: written over ${reused.size} kept files`);
    const named = safelyNamed(readMetas(out), before, reused);
    if (!named) {
      markBuild('search index: a kept file may clash, made again from scratch');
      restore();
      return false;
    }
    for (const path of reused) if (!named.has(path)) rmSync(join(out, path));
    rmSync(aside, { recursive: true, force: true });
    return true;
  } catch (error) {
    restore();
    throw error;
  }
}

/**
 * The fragment and index files the new index names, or undefined when a kept file may stand
 * where the new index means other content (see the top of this file).
 */
function safelyNamed(after: PagefindMeta[] | undefined, before: PagefindMeta[], reused: ReadonlySet<string>): Set<string> | undefined {
  if (!after) return undefined;
  const oldChunks = new Map(before.flatMap((meta) => meta[2].map(([from, to, hash]) => [hash, `${from}\0${to}`] as const)));
  const oldPages = new Map(before.flatMap((meta) => meta[1].map(([hash, words]) => [hash, words] as const)));
  const named = new Set<string>();
  for (const [, pages, chunks, filters] of after) {
    const lengths = [...pages.map((p) => p[0]), ...chunks.map((c) => c[2]), ...filters.map((f) => f[1])].map((hash) => hash.length - hash.indexOf('_'));
    // "_" and 7 hex digits, unless Pagefind lengthened a name after a clash.
    if (lengths.some((length) => length !== 8)) return undefined;
    for (const [hash, words, group] of pages) {
      const path = join('fragment', `${hash}.pf_fragment`);
      if (group !== '' || (reused.has(path) && oldPages.get(hash) !== words)) return undefined;
      named.add(path);
    }
    for (const [from, to, hash] of chunks) {
      const path = join('index', `${hash}.pf_index`);
      if (reused.has(path) && oldChunks.get(hash) !== `${from}\0${to}`) return undefined;
      named.add(path);
    }
  }
  return named;
}

/** Every language's meta in an index folder; undefined when it is missing or not what Pagefind 1.6 writes. */
function readMetas(dir: string): PagefindMeta[] | undefined {
  try {
    const entry = PagefindEntrySchema.parse(JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')));
    return Object.values(entry.languages).map(({ hash }) => {
      const bytes = gunzipSync(readFileSync(join(dir, `pagefind.${hash}.pf_meta`)));
      if (bytes.subarray(0, MAGIC.length).toString('latin1') !== MAGIC) throw new Error('not a Pagefind meta file');
      return PagefindMetaSchema.parse(decode(bytes.subarray(MAGIC.length)));
    });
  } catch {
    return undefined;
  }
}

/** The files under `dir`, as paths relative to it. */
function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}
