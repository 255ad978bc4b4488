/**
 * The search index of a rebuild (render/searchIndex.ts, render/keptSearchFiles.ts): Pagefind reads
 * the previous site early, reads again only the pages rendered again, and writes over the previous
 * index's files; the result must be the index a build from scratch writes, byte for byte, and must
 * find the changed page's new words. Over invented pages.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dropEarlyReading, indexSite, readPreviousSiteEarly, startRebuildIndex } from '../scripts/render/searchIndex.ts';
import { indexOverPrevious, readPreviousIndex } from '../scripts/render/keptSearchFiles.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-search-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (title: string, text: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** An invented site of three events, each with an explainer and a source page, and a home page. */
function writeSite(dir: string, changes: Record<string, string> = {}): string {
  const pages: Record<string, string> = {
    'index.html': page('Events', 'Three events in the harbour town.'),
    'ferry/index.html': page('Ferry fire', 'A ferry caught fire near the pier; 40 passengers were taken off.'),
    'ferry/sources/desk/index.html': page('Desk', 'The harbour master said the fire began in the engine room.'),
    'bridge/index.html': page('Bridge closure', 'The old bridge closed for repairs to its girders.'),
    'bridge/sources/desk/index.html': page('Desk', 'Engineers found rust in 12 girders.'),
    'grain/index.html': page('Grain shipments', 'Grain shipments resumed after the strike.'),
    'grain/sources/wire/index.html': page('Wire', 'About 30 ships waited outside the port.'),
    ...changes,
  };
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

function files(root: string): Record<string, { digest: string; inode: number }> {
  return Object.fromEntries(readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => {
    const path = join(e.parentPath, e.name);
    return [path.slice(root.length + 1), { digest: createHash('sha256').update(readFileSync(path)).digest('hex'), inode: statSync(path).ino }];
  }));
}
const digests = (root: string) => Object.fromEntries(Object.entries(files(root)).map(([path, f]) => [path, f.digest]));

/** The text of every fragment (each page's indexed words), decompressed. */
function fragmentTexts(pagefind: string): string[] {
  return readdirSync(join(pagefind, 'fragment')).map((name) => gunzipSync(readFileSync(join(pagefind, 'fragment', name))).toString('utf8'));
}

/** Builds the previous site with its index, then rebuilds it as renderEventsSite does: rendered pages in a new folder, kept events moved over. */
async function rebuild(name: string, changes: Record<string, string>, keptEvents: string[], readEarly = false) {
  const previous = writeSite(join(work, name, 'previous'));
  await indexSite(previous);
  const previousFiles = files(join(previous, 'pagefind'));
  const site = join(work, name, 'site');
  // As a build does before it knows which events it keeps: the reading is then taken over.
  if (readEarly) readPreviousSiteEarly(previous);
  const search = startRebuildIndex(previous, new Set(keptEvents));
  expect(search).toBeDefined();
  // The pages rendered again: all but the kept events'.
  const rendered = writeSite(join(work, name, 'rendered'), changes);
  mkdirSync(site);
  for (const entry of readdirSync(rendered)) if (!keptEvents.includes(entry)) renameSync(join(rendered, entry), join(site, entry));
  await search!.read();
  for (const event of keptEvents) renameSync(join(previous, event), join(site, event));
  await search!.finish(site);
  const scratch = writeSite(join(work, name, 'scratch'), changes);
  await indexSite(scratch);
  return { previousFiles, rebuilt: files(join(site, 'pagefind')), scratch: digests(join(scratch, 'pagefind')), site };
}

describe('the search index of a rebuild', () => {
  it('is the index a build from scratch writes, keeps the unchanged files it had, and finds the new words', async () => {
    const changed = { 'bridge/sources/desk/index.html': page('Desk', 'Engineers found corrosion in 14 girders.') };
    const { previousFiles, rebuilt, scratch, site } = await rebuild('changed', changed, ['ferry', 'grain']);
    expect(Object.fromEntries(Object.entries(rebuilt).map(([path, f]) => [path, f.digest]))).toEqual(scratch);
    // The kept events' fragments are the previous site's files, not written again.
    const keptFragments = Object.keys(rebuilt).filter((path) => path.startsWith('fragment/') && previousFiles[path]?.inode === rebuilt[path]!.inode);
    expect(keptFragments.length).toBe(4);
    const texts = fragmentTexts(join(site, 'pagefind'));
    expect(texts.some((text) => text.includes('corrosion in 14 girders'))).toBe(true);
    expect(texts.some((text) => text.includes('rust in 12 girders'))).toBe(false);
  }, 60_000);

  it('is the same index when the previous pages were read before the kept events were known', async () => {
    const changed = { 'bridge/sources/desk/index.html': page('Desk', 'Engineers found corrosion in 14 girders.') };
    const { previousFiles, rebuilt, scratch } = await rebuild('early', changed, ['ferry', 'grain'], true);
    expect(Object.fromEntries(Object.entries(rebuilt).map(([path, f]) => [path, f.digest]))).toEqual(scratch);
    expect(Object.keys(rebuilt).filter((path) => path.startsWith('fragment/') && previousFiles[path]?.inode === rebuilt[path]!.inode).length).toBe(4);
  }, 60_000);

  it('drops an early reading no rebuild took, and indexes from scratch after it', async () => {
    const previous = writeSite(join(work, 'dropped', 'previous'));
    await indexSite(previous);
    const before = digests(join(previous, 'pagefind'));
    readPreviousSiteEarly(previous);
    await dropEarlyReading();
    expect(digests(join(previous, 'pagefind'))).toEqual(before); // read, never written
    const scratch = writeSite(join(work, 'dropped', 'scratch'));
    await indexSite(scratch);
    expect(digests(join(scratch, 'pagefind'))).toEqual(before);
  }, 60_000);

  it('indexes from scratch when a page came or went, with the same result', async () => {
    const added = { 'bridge/sources/wire/index.html': page('Wire', 'Traffic was sent over the new bridge.') };
    const { rebuilt, scratch } = await rebuild('added', added, ['ferry', 'grain']);
    expect(Object.fromEntries(Object.entries(rebuilt).map(([path, f]) => [path, f.digest]))).toEqual(scratch);
  }, 60_000);

  it('leaves the previous index as it was when writing fails', async () => {
    const previous = writeSite(join(work, 'failed', 'previous'));
    await indexSite(previous);
    const before = digests(join(previous, 'pagefind'));
    const site = join(work, 'failed', 'site');
    cpSync(previous, site, { recursive: true, filter: (src) => !src.includes('pagefind') });
    const reading = readPreviousIndex(previous, (url) => !url.startsWith('/bridge/'))!;
    await expect(indexOverPrevious(site, reading, async () => {
      writeFileSync(join(site, 'pagefind', 'half-written.pf_index'), 'x');
      throw new Error('disk full');
    })).rejects.toThrow('disk full');
    expect(digests(join(previous, 'pagefind'))).toEqual(before);
    expect(readdirSync(site)).not.toContain('pagefind');
  }, 60_000);
});
