/**
 * Output folders that corroborate may replace, and the marker that says it wrote them.
 *
 * People point the tool at their own folders. A folder given as an output (`--out`,
 * `--generated`, `--cache`) is replaced only when it is missing, empty, or holds nothing but what
 * corroborate wrote there: every folder it makes gets a marker file listing the files and folders
 * it wrote, and that list is checked before anything is removed. A file added afterwards (a
 * CNAME beside the site, a thesis in the wrong folder) stops the run, named, before any work is
 * done. Some folders are never outputs whatever they hold: the sources (or a folder above or
 * inside them), the project, the home folder and the file system's root.
 *
 * Folders written by versions from before the marker are recognised by their own files (a
 * facts.json with its manifest, an events.json, a built site's pages) so that existing users are
 * not locked out; their first new build writes the marker.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, writeFileSync, type Dirent } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countOf } from '../compose/counting.ts';
import { InputError } from '../contracts/errors.ts';

/** What an output folder holds: the extracted files, a built site, or the extraction cache. */
export type OutputKind = 'generated' | 'site' | 'cache';

/** The marker file corroborate writes into every output folder it makes. */
export const MARKER_FILE = '.corroborate-output.json';

/** The marker's content: which tool wrote the folder, as what, and every entry it wrote. */
interface Marker {
  writtenBy: 'corroborate';
  kind: OutputKind;
  /** Every file and folder written, relative to the folder, folders ending in "/", sorted; none for the cache (it grows entry by entry). */
  entries?: string[];
  /** A site's base path ("/" or "/my-repo/"), which `corroborate preview` serves it under. */
  base?: string;
}

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** An output folder to check before a run: where it is, what it will hold, and the option that named it (for the message). */
export interface OutputFolder {
  dir: string;
  kind: OutputKind;
  /** How the user named it ("--out", "--generated"); "the output folder" when not given. */
  option?: string;
}

/**
 * Throws an InputError unless every folder of `outputs` may be replaced: not a protected folder
 * (the sources in `sources`, a folder above or inside them, the project, the home folder, the
 * root), not overlapping another output, and missing, empty or written by corroborate.
 */
export function checkOutputFolders(outputs: readonly OutputFolder[], sources: readonly string[]): void {
  for (const output of outputs) checkOutputFolder(output, sources);
  for (const [i, a] of outputs.entries()) {
    for (const b of outputs.slice(i + 1)) {
      const [pa, pb] = [realPath(a.dir), realPath(b.dir)];
      if (pa === pb || isInside(pa, pb) || isInside(pb, pa)) {
        throw new InputError(`${name(a)} (${a.dir}) and ${name(b)} (${b.dir}) are the same folder or one is inside the other; nothing was changed`, `Give ${name(a)} and ${name(b)} two separate folders.`);
      }
    }
  }
}

/** One folder of checkOutputFolders (overlap with other outputs is not checked). */
export function checkOutputFolder(output: OutputFolder, sources: readonly string[] = []): void {
  const path = realPath(output.dir);
  const refuse = (why: string, fix = `Choose an empty or new folder for ${name(output)}.`): never => {
    throw new InputError(`${name(output)} ${output.dir} ${why}; nothing was changed`, fix);
  };
  if (path === resolve('/')) refuse('is the root of the file system');
  const home = realPath(homedir());
  if (path === home || isInside(home, path)) refuse('is the home folder or holds it');
  const project = realPath(PROJECT_ROOT);
  if (path === project || isInside(project, path)) refuse(`holds corroborate itself (${PROJECT_ROOT})`);

  for (const source of sources) {
    const sourcePath = realPath(source);
    if (path === sourcePath) refuse('is the articles folder; corroborate never replaces the folder of the sources');
    if (isInside(sourcePath, path)) refuse(`holds the articles folder ${source}; corroborate never replaces a folder above the sources`);
    if (isInside(path, sourcePath)) refuse(`is inside the articles folder ${source}; what is written there would be read as articles next time`, `Choose an empty or new folder outside ${source} for ${name(output)}.`);
  }
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return; // missing: it will be made
  }
  if (!stat.isDirectory()) refuse('is a file, not a folder');
  const foreign = foreignEntries(path, output.kind);
  if (foreign.length) refuse(`holds ${describe(foreign)} that corroborate did not write (${list(foreign)})`, `Choose an empty or new folder for ${name(output)}, or move those out of it first.`);
}

/**
 * Writes the marker into `dir` (a staging folder about to become an output of `kind`), listing
 * every file and folder in it (and a site's base path); for the cache, the marker alone.
 */
export function markOutputFolder(dir: string, kind: OutputKind, base?: string): void {
  const marker: Marker = { writtenBy: 'corroborate', kind };
  if (kind !== 'cache') marker.entries = entriesUnder(dir);
  if (base !== undefined) marker.base = base;
  writeFileSync(join(dir, MARKER_FILE), `${JSON.stringify(marker)}\n`);
}

/** The entries of an existing folder that corroborate did not write there (files, and folders ending in "/"), each at its highest level. */
export function foreignEntries(dir: string, kind: OutputKind): string[] {
  const names = readdirSync(dir).sort(compare);
  if (names.length === 0) return [];
  // With a marker, whatever kind it names: replacing one output of corroborate's by another loses nothing of the user's.
  const marker = readMarker(dir);
  if (marker?.kind === 'cache') return names.filter((n) => n !== MARKER_FILE && !isCacheEntry(dir, n)).map((n) => withSlash(dir, n));
  if (marker?.entries) return unlisted(dir, new Set(marker.entries));
  return legacyForeign(dir, names, kind);
}

/** Entries of `dir` that are not in `listed`, walking only into folders that are listed. */
function unlisted(dir: string, listed: ReadonlySet<string>, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of entriesOf(join(dir, prefix))) {
    const path = `${prefix}${entry.name}`;
    if (path === MARKER_FILE) continue;
    const isFolder = entry.isDirectory();
    if (isFolder && listed.has(`${path}/`)) out.push(...unlisted(dir, listed, `${path}/`));
    else if (isFolder) out.push(`${path}/`);
    else if (!listed.has(path)) out.push(path);
  }
  return out;
}

/** Every file and folder under `dir` but the marker, relative, folders ending in "/", in code-unit order. */
function entriesUnder(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of entriesOf(join(dir, prefix))) {
    const path = `${prefix}${entry.name}`;
    if (path === MARKER_FILE) continue;
    if (entry.isDirectory()) out.push(`${path}/`, ...entriesUnder(dir, `${path}/`));
    else out.push(path);
  }
  return out;
}

/**
 * A folder's entries in code-unit order, each knowing whether it is a folder (a symbolic link is
 * not, as with lstat): the kind comes with the listing itself, where a stat of every entry cost a
 * call each (an output of 200 events holds about 2,000 entries, walked three times a run).
 */
function entriesOf(path: string): Dirent[] {
  return readdirSync(path, { withFileTypes: true }).sort((a, b) => compare(a.name, b.name));
}

/** The base path a site folder was built for, as its marker records it; undefined when it does not (an older site). */
export function siteBaseOf(dir: string): string | undefined {
  const marker = readMarker(dir);
  return marker?.kind === 'site' && typeof marker.base === 'string' && marker.base.startsWith('/') ? marker.base : undefined;
}

function readMarker(dir: string): Marker | undefined {
  try {
    const marker = JSON.parse(readFileSync(join(dir, MARKER_FILE), 'utf8')) as Partial<Marker>;
    if (marker.writtenBy !== 'corroborate' || !['generated', 'site', 'cache'].includes(marker.kind as string)) return undefined;
    if (marker.entries !== undefined && !(Array.isArray(marker.entries) && marker.entries.every((e) => typeof e === 'string'))) return undefined;
    return marker as Marker;
  } catch {
    return undefined;
  }
}

/**
 * A cache entry as cache.ts names them: `<sha-256>.json` (a result) or `<sha-256>.failed.json` (why
 * an event could not be read), or one being written (`.tmp`); or a
 * build's own generated folder kept there (cache.ts's buildGeneratedDir: `generated-<16 hex>`,
 * with its staging or retired copies while it is swapped), a folder only corroborate makes.
 */
function isCacheEntry(dir: string, name: string): boolean {
  const stat = lstatSync(join(dir, name));
  if (/^generated-[0-9a-f]{16}(\.(?:staging|old)-[0-9A-Za-z]{6})?$/.test(name)) return stat.isDirectory();
  return /^[0-9a-f]{64}(\.failed)?\.json(\.\d+\.[0-9a-z]+\.tmp)?$/.test(name) && stat.isFile();
}

/** Top-level names a generated folder of one event holds (store/generatedFiles.ts, compose/compose.ts). */
const GENERATED_NAMES = new Set(['facts.json', 'manifest.json', 'site.json', 'explainer.md', 'spoken.json', 'documents']);
/** Top-level names of a built site (site/pages, Astro's assets, Pagefind's index, the page keys). */
const SITE_NAMES = new Set(['index.html', '404.html', 'sitemap.xml', '_astro', 'pagefind', 'about', 'charts', 'claims', 'data', 'og', 'search', 'sources', '.corroborate-pages.json']);

/**
 * For a folder with no marker: when it is recognisably the output of an earlier version (it has
 * that version's own files), its top-level entries that such a version never writes; else every
 * top-level entry.
 */
function legacyForeign(dir: string, names: string[], kind: OutputKind): string[] {
  const all = names.map((n) => withSlash(dir, n));
  const has = (file: string) => existsSync(join(dir, file));
  const isEventFolder = (n: string, file: string) => lstatSync(join(dir, n)).isDirectory() && has(join(n, file));
  let ours: (n: string) => boolean;
  if (kind === 'cache') ours = (n) => isCacheEntry(dir, n);
  else if (kind === 'generated' && has('facts.json') && madeByCorroborate(join(dir, 'manifest.json'))) ours = (n) => GENERATED_NAMES.has(n);
  else if (kind === 'generated' && has('events.json')) ours = (n) => ['events.json', 'site.json', '.event-keys.json'].includes(n) || isEventFolder(n, 'facts.json');
  else if (kind === 'site' && has('index.html') && has('_astro')) ours = (n) => SITE_NAMES.has(n) || isEventFolder(n, 'index.html');
  else return all;
  return all.filter((entry) => !ours(entry.replace(/\/$/, '')));
}

function madeByCorroborate(manifestPath: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { generator?: unknown };
    return typeof manifest.generator === 'string' && manifest.generator.startsWith('corroborate');
  } catch {
    return false;
  }
}

/** "2 files and 1 folder" */
function describe(entries: readonly string[]): string {
  const folders = entries.filter((e) => e.endsWith('/')).length;
  const files = entries.length - folders;
  return [files ? countOf(files, 'file') : '', folders ? countOf(folders, 'folder') : ''].filter(Boolean).join(' and ');
}

/** The first few entries, then how many more. */
function list(entries: readonly string[], shown = 5): string {
  const head = entries.slice(0, shown).join(', ');
  return entries.length > shown ? `${head} and ${entries.length - shown} more` : head;
}

function withSlash(dir: string, name: string): string {
  return lstatSync(join(dir, name)).isDirectory() ? `${name}/` : name;
}

function name(output: OutputFolder): string {
  return output.option ?? 'the output folder';
}

/**
 * The absolute path with symbolic links resolved as far as the path exists (the rest, not made
 * yet, appended), so that `--out ./link-to-articles` is seen to be the articles.
 */
export function realPath(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      return join(realpathSync(at), ...missing.reverse());
    } catch {
      const parent = dirname(at);
      if (parent === at) return absolute;
      missing.push(basename(at));
      at = parent;
    }
  }
}

/** Whether `inner` lies strictly inside `outer` (both absolute and resolved). */
function isInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
