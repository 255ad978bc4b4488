/**
 * Incremental rendering of a site of many events: an event whose pages would come out the same
 * as in the previous build keeps the folder that build rendered (`<site>/<event>/`), and only
 * the other events, and the site's own pages, are rendered again.
 *
 * "The same" is decided by a key per event: a hash of everything its pages are made from (its
 * generated files, byte for byte; the site's settings; the base path; and the site's code: the
 * pipeline, the pages, the components, the configuration and the pinned dependencies). The site
 * records each event's key in `.corroborate-pages.json`, beside the pages it describes, so the
 * record always travels with the folder it speaks for.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFolder, memoisedPipelineFingerprint } from '../store/cache.ts';

const RECORD_FILE = '.corroborate-pages.json';

/**
 * Whether `siteDir` holds a site whose pages a build can likely reuse, before the facts are
 * extracted: its record was written by the same site code (after an upgrade every page is
 * rendered again, so a rebuild is a full build and must not start early what only a rebuild can
 * afford beside a full extraction: Astro's bundling, Pagefind's reading of the previous pages).
 */
export function hasReusablePages(siteDir: string): boolean {
  return readRecordFile(siteDir)?.code === siteCodeFingerprint();
}
/** Bumped when the record's shape or the key's recipe changes: a record of another format reuses nothing. */
const RECORD_FORMAT = 1;

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What a page can be made from besides the pipeline (memoisedPipelineFingerprint: scripts/ and package.json) and the generated data. */
const SITE_CODE_FOLDERS = ['site', 'components'];
const SITE_CODE_FILES = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

let fingerprintOnce: string | undefined;
/** A hash of the site's code and dependencies: any change to it renders every page again. */
export function siteCodeFingerprint(): string {
  if (fingerprintOnce) return fingerprintOnce;
  const hash = createHash('sha256').update(`${memoisedPipelineFingerprint()}\0`);
  for (const folder of SITE_CODE_FOLDERS) hashFolder(hash.update(`${folder}\0`), join(ROOT, folder));
  for (const file of SITE_CODE_FILES) {
    const path = join(ROOT, file);
    hash.update(`${file}\0`);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  fingerprintOnce = hash.digest('hex');
  return fingerprintOnce;
}

/**
 * Each event's page key: its generated folder's files but the manifest (paths, lengths and bytes),
 * the site's settings (the generated top-level site.json), the base path and the site's code.
 */
export function pageKeys(generatedDir: string, ids: readonly string[], base: string, code: string = siteCodeFingerprint()): Map<string, string> {
  const settingsPath = join(generatedDir, 'site.json');
  const settings = existsSync(settingsPath) ? readFileSync(settingsPath) : Buffer.alloc(0);
  const keys = new Map<string, string>();
  for (const id of ids) {
    const hash = createHash('sha256').update(`corroborate-pages ${RECORD_FORMAT}\0${code}\0${base}\0${settings.length}\0`).update(settings);
    // manifest.json says where the sources are, relative to the generated folder; no page reads it,
    // and a build into another generated folder must not render every event again.
    keys.set(id, hashFolder(hash, join(generatedDir, id), (path) => path === 'manifest.json').digest('hex'));
  }
  return keys;
}

/**
 * The events whose folder in `previousSite` was rendered from the same key and is still there:
 * those folders can be moved into the new site as they are.
 */
export function reusablePages(previousSite: string, keys: ReadonlyMap<string, string>): string[] {
  const recorded = readRecord(previousSite);
  return [...keys].filter(([id, key]) => recorded[id] === key && existsSync(join(previousSite, id, 'index.html'))).map(([id]) => id);
}

/** Records the key of every event page folder in `siteDir`, and the site code that rendered them. */
export function recordPages(siteDir: string, keys: ReadonlyMap<string, string>, code: string = siteCodeFingerprint()): void {
  writeFileSync(join(siteDir, RECORD_FILE), `${JSON.stringify({ format: RECORD_FORMAT, code, events: Object.fromEntries(keys) })}\n`);
}

function readRecord(siteDir: string): Record<string, string> {
  const record = readRecordFile(siteDir);
  if (!record || typeof record.events !== 'object' || record.events === null) return {};
  return Object.fromEntries(Object.entries(record.events).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

/** The record as written, when it is one of this format; undefined when missing or unreadable. */
function readRecordFile(siteDir: string): { code?: unknown; events?: unknown } | undefined {
  try {
    const record = JSON.parse(readFileSync(join(siteDir, RECORD_FILE), 'utf8')) as { format?: unknown; code?: unknown; events?: unknown };
    return record.format === RECORD_FORMAT ? record : undefined;
  } catch {
    return undefined;
  }
}
