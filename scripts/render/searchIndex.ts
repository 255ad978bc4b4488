/**
 * Site search: Pagefind indexes the built pages into <site>/pagefind/, loaded only when a reader
 * searches. A build from scratch indexes the finished site; a rebuild starts while Astro renders
 * (see startRebuildIndex).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { markBuild } from './buildTimings.ts';
import { childProcessesNamed, setNiceness } from '../effects/childPriority.ts';
import { indexOverPrevious, PAGEFIND, readPreviousIndex } from './keptSearchFiles.ts';

/** Indexes every page of `siteDir` from scratch. */
export async function indexSite(siteDir: string): Promise<void> {
  const pagefind = await import('pagefind');
  try {
    const index = await newIndex();
    await added(index.addDirectory({ path: siteDir }), siteDir);
    markBuild('search index: pages read');
    await writeFiles(index, siteDir);
  } finally {
    await pagefind.close();
  }
}

/** The previous site's pages being read into an index before the build knows which events it keeps (readPreviousSiteEarly). */
let early: { site: string; index: Promise<PagefindIndex> } | undefined;

/**
 * Starts reading every page of the previous site into Pagefind at once, for a rebuild that has
 * not yet extracted its facts: startRebuildIndex then takes this reading instead of starting its
 * own. Reading does not depend on which events are kept (every page is read; a page rendered
 * again is read again later, keeping its place), so it can run beside the extraction, whose
 * time has room (the pages wait on Astro's bundling), rather than after it: in a 200-event
 * rebuild it was still reading when Astro had finished. It reads at a lower priority, so that
 * the extraction and Astro's bundling, which the pages wait on, are not slowed by it on a
 * machine of few cores (at the normal priority it made the rebuild no faster: it slowed the
 * extraction and Astro's start as much as it saved at the end; lowered, 200-event rebuilds went
 * 4.69 -> 4.45 s, medians of 8 interleaved pairs, each pair faster). Nothing is
 * written; a build that does not take it ends it with dropEarlyReading.
 */
export function readPreviousSiteEarly(previousSite: string): void {
  if (early || !existsSync(join(previousSite, PAGEFIND, 'fragment'))) return;
  const site = resolve(previousSite);
  early = { site, index: readSite(site, true) };
  // Failures surface where the reading is taken; none is left unhandled meanwhile.
  early.index.catch(() => undefined);
}

/** Ends an early reading no rebuild took (the build failed, or it renders every page again). */
export async function dropEarlyReading(): Promise<void> {
  if (!early) return;
  const { index } = early;
  early = undefined;
  await index.catch(() => undefined);
  await (await import('pagefind')).close();
}

/** A rebuild's index, begun over the previous site before the new pages exist. */
export interface RebuildIndex {
  /** Waits until the previous site's pages are read: call it before any folder is moved out of the previous site. */
  read: () => Promise<void>;
  /** Reads the pages rendered again (all but the kept events'), writes the index into `siteDir`, and stops Pagefind. */
  finish: (siteDir: string) => Promise<void>;
  /** Stops Pagefind, for a build that failed before finish. */
  close: () => Promise<void>;
}

/**
 * Starts a rebuild's index: Pagefind reads every page of the previous site while Astro renders the
 * new ones (or has read them already: readPreviousSiteEarly). Pagefind numbers pages in the order it reads them and keeps a page's place when a page
 * of the same URL is read again, so reading the pages rendered again afterwards gives the order,
 * and so the bytes, of an index of the new site from scratch, as long as the site has the same
 * pages; when it has not (a page came or went), the new site is indexed from scratch. Then
 * Pagefind writes over the previous index's files (render/keptSearchFiles.ts). Undefined when the
 * previous site has no index.
 */
export function startRebuildIndex(previousSite: string, keptEvents: ReadonlySet<string>): RebuildIndex | undefined {
  const kept = (url: string) => keptEvents.has(url.split('/')[1] ?? '');
  const previous = readPreviousIndex(previousSite, kept);
  if (!previous) return undefined;
  const pagefindLoaded = import('pagefind');
  const taken = early?.site === resolve(previousSite) ? early.index : undefined;
  if (taken) early = undefined;
  const reading = taken ?? readSite(previousSite);
  // Failures surface in finish; none is left unhandled meanwhile.
  reading.catch(() => undefined);
  const close = async () => { await (await pagefindLoaded).close(); };
  return {
    read: async () => { await reading.catch(() => undefined); },
    close,
    finish: async (siteDir) => {
      try {
        const index = await reading.catch(() => undefined);
        const again = htmlFiles(siteDir, keptEvents);
        const before = htmlFiles(previousSite, keptEvents);
        if (!index || again.length !== before.length || again.some((path, i) => path !== before[i])) {
          markBuild('search index: the previous pages do not fit, indexed from scratch');
          await close();
          await indexSite(siteDir);
          return;
        }
        for (const path of again) await added(index.addHTMLFile({ url: pagefindUrl(path), content: readFileSync(join(siteDir, path), 'utf8') }), join(siteDir, path));
        markBuild('search index: pages read');
        if (!await indexOverPrevious(siteDir, previous, () => writeFiles(index, siteDir))) await writeFiles(index, siteDir);
      } finally {
        await close();
      }
    },
  };
}

/** A new index holding every page of `site`; read at a lower priority when `inBackground`, then back to the normal one where the system allows. */
async function readSite(site: string, inBackground = false): Promise<PagefindIndex> {
  const index = await newIndex();
  const indexer = inBackground ? childProcessesNamed('pagefind') : [];
  setNiceness(indexer, BACKGROUND_NICENESS);
  try {
    await added(index.addDirectory({ path: site }), site);
  } finally {
    setNiceness(indexer, 0);
  }
  markBuild('search index: previous pages read');
  return index;
}

/** The niceness of an early reading: below the extraction and Astro, above idle. */
const BACKGROUND_NICENESS = 10;

async function newIndex(): Promise<PagefindIndex> {
  const { index, errors } = await (await import('pagefind')).createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}

async function added(response: Promise<{ errors: string[] }>, what: string): Promise<void> {
  const { errors } = await response;
  if (errors.length) throw new Error(`Pagefind could not index ${what}: ${errors.join('; ')}`);
}

async function writeFiles(index: PagefindIndex, siteDir: string): Promise<void> {
  const written = await index.writeFiles({ outputPath: join(siteDir, PAGEFIND) });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
}

/** The URL Pagefind gives a page read from a folder: "/", "/event/claims/", "/404.html". */
function pagefindUrl(path: string): string {
  const url = `/${path.split(sep).join('/')}`;
  return url.endsWith('/index.html') ? url.slice(0, -'index.html'.length) : url;
}

/** The HTML files of a site outside the kept events' folders and Pagefind's, sorted, relative to the site. */
function htmlFiles(siteDir: string, keptEvents: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const top of readdirSync(siteDir, { withFileTypes: true })) {
    if (top.isDirectory() && (keptEvents.has(top.name) || top.name === PAGEFIND)) continue;
    if (top.isFile()) {
      if (top.name.endsWith('.html')) found.push(top.name);
      continue;
    }
    if (!top.isDirectory()) continue;
    for (const entry of readdirSync(join(siteDir, top.name), { recursive: true, withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith('.html')) found.push(join(entry.parentPath, entry.name).slice(siteDir.length + 1));
    }
  }
  return found.sort();
}
