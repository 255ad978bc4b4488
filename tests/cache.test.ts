import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { InputError } from '../scripts/contracts/errors.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventCacheKey, folderCache, pipelineFingerprint, type ExtractionCache } from '../scripts/store/cache.ts';
import { buildEvent } from '../scripts/build/buildEvent.ts';

/** The event's result through buildEvent, with `cache`. */
const cachedPipeline = (dir: string, cache: ExtractionCache) => buildEvent(dir, { cache }).result;
import { runPipeline, type PipelineResult } from '../scripts/pipeline.ts';
import { checkOutputFolder, MARKER_FILE } from '../scripts/store/ownedFolders.ts';

const EVENT = join(import.meta.dirname, 'fixtures/events/bridge-closure');

/** A copy of the invented event that a test may edit. */
function eventCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'corroborate-cache-event-')), 'event');
  cpSync(EVENT, dir, { recursive: true });
  return dir;
}

/** A folder cache that also counts its writes. */
function countingCache(dir: string): ExtractionCache & { writes: number } {
  const inner = folderCache(dir);
  const counting = { writes: 0, read: inner.read, write: (key: string, result: PipelineResult) => { counting.writes++; inner.write(key, result); } };
  return counting;
}

/** An event folder whose one file holds no article text, with an empty folder cache and the event's key. */
function storyless(text: string) {
  const dir = join(mkdtempSync(join(tmpdir(), 'corroborate-cache-event-')), 'empty-event');
  mkdirSync(dir);
  writeFileSync(join(dir, 'notes.txt'), text);
  const cacheDir = mkdtempSync(join(tmpdir(), 'corroborate-cache-'));
  return { dir, cacheDir, cache: folderCache(cacheDir), key: eventCacheKey(dir) };
}

describe('eventCacheKey', () => {
  it('is the same for the same files and generator', () => {
    expect(eventCacheKey(eventCopy(), 'gen 1')).toBe(eventCacheKey(EVENT, 'gen 1'));
  });

  it('changes when one byte of one article changes', () => {
    const dir = eventCopy();
    const before = eventCacheKey(dir, 'gen 1');
    const file = join(dir, 'city-desk.txt');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/\d/, (d) => String((Number(d) + 1) % 10)));
    expect(eventCacheKey(dir, 'gen 1')).not.toBe(before);
  });

  it('changes when a file is renamed or a metadata file is added', () => {
    const dir = eventCopy();
    const before = eventCacheKey(dir, 'gen 1');
    writeFileSync(join(dir, 'sources.yaml'), 'city-desk.txt: {publisher: City Desk}\n');
    expect(eventCacheKey(dir, 'gen 1')).not.toBe(before);
  });

  it('changes with the generator version', () => {
    expect(eventCacheKey(EVENT, 'corroborate 0.1.0 aaaa')).not.toBe(eventCacheKey(EVENT, 'corroborate 0.1.0 bbbb'));
  });

  it('uses a generator fingerprint that covers the pipeline code, not only the version number', () => {
    expect(pipelineFingerprint()).toMatch(/^corroborate \S+ [0-9a-f]{16}$/);
  });
});

describe('buildEvent with a cache', () => {
  it('extracts on a miss, then reads an unchanged event back without extracting it again', () => {
    const cache = countingCache(mkdtempSync(join(tmpdir(), 'corroborate-cache-')));
    const first = cachedPipeline(EVENT, cache);
    expect(cache.writes).toBe(1);
    const second = cachedPipeline(EVENT, cache);
    expect(cache.writes).toBe(1);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(second)).toBe(JSON.stringify(runPipeline(EVENT)));
  });

  it('serves what the entry holds: a hit does not run the pipeline', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'corroborate-cache-'));
    const cache = folderCache(cacheDir);
    const result = runPipeline(EVENT);
    const marked = { ...result, warnings: [{ file: 'marker.txt', problem: 'came from the cache' }] };
    cache.write(eventCacheKey(EVENT), marked);
    expect(cachedPipeline(EVENT, cache).warnings).toEqual(marked.warnings);
  });

  it('extracts again after one byte of the event changed', () => {
    const dir = eventCopy();
    const cache = countingCache(mkdtempSync(join(tmpdir(), 'corroborate-cache-')));
    cachedPipeline(dir, cache);
    writeFileSync(join(dir, 'metro-report.txt'), `${readFileSync(join(dir, 'metro-report.txt'), 'utf8')} `);
    cachedPipeline(dir, cache);
    expect(cache.writes).toBe(2);
  });

  it('ignores a corrupt or truncated entry and rebuilds it', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'corroborate-cache-'));
    const cache = countingCache(cacheDir);
    const key = eventCacheKey(EVENT);
    const fresh = cachedPipeline(EVENT, cache);
    const entry = join(cacheDir, `${key}.json`);
    const whole = readFileSync(entry, 'utf8');
    const parsed = JSON.parse(whole);
    parsed.result.facts.claims[0].evidence = 'not a list'; // well-formed JSON, but not facts
    for (const broken of [whole.slice(0, whole.length >> 1), 'not json', '{"format":1}', JSON.stringify(parsed)]) {
      writeFileSync(entry, broken);
      expect(cache.read(key)).toBeUndefined();
      expect(JSON.stringify(cachedPipeline(EVENT, cache))).toBe(JSON.stringify(fresh));
      expect(cache.read(key)).toBeDefined(); // rebuilt in place
    }
  });

  it('still extracts when the cache cannot be written', () => {
    const notAFolder = join(mkdtempSync(join(tmpdir(), 'corroborate-cache-')), 'file');
    writeFileSync(notAFolder, 'a file where the cache folder should be');
    const cache = folderCache(notAFolder);
    expect(JSON.stringify(cachedPipeline(EVENT, cache))).toBe(JSON.stringify(runPipeline(EVENT)));
    expect(cache.read(eventCacheKey(EVENT))).toBeUndefined();
  });

  it('keeps why an event could not be read: the same files in the same folder fail again without the pipeline', () => {
    const { dir, cacheDir, cache, key } = storyless('Share this article\nSubscribe to our newsletter\n');
    const failure = (): unknown => { try { buildEvent(dir, { cache }); } catch (error) { return error; } return undefined; };
    const first = failure();
    expect(first).toBeInstanceOf(InputError);
    expect(cache.has!(key)).toBe(true);
    expect(readdirSync(cacheDir).sort()).toEqual([MARKER_FILE, `${key}.failed.json`]);
    expect(() => checkOutputFolder({ dir: cacheDir, kind: 'cache' })).not.toThrow(); // still known as corroborate's cache
    expect(cache.readFailure!(key, dir)).toEqual({ message: (first as InputError).message, fix: (first as InputError).fix });
    // Served from the entry: an entry that says something else is what the build reports.
    cache.writeFailure!(key, dir, { message: 'came from the cache', fix: 'nothing to fix' });
    expect(failure()).toMatchObject({ name: 'InputError', message: 'came from the cache', fix: 'nothing to fix' });
    // The message names the folder: the same files elsewhere are read again, and so named right.
    const moved = join(mkdtempSync(join(tmpdir(), 'corroborate-cache-event-')), 'empty-event');
    cpSync(dir, moved, { recursive: true });
    expect(eventCacheKey(moved)).toBe(key);
    expect(cache.readFailure!(key, moved)).toBeUndefined();
    expect(() => buildEvent(moved, { cache })).toThrow(moved);
    // An article with text: a new key, extracted, and its result cached.
    cpSync(join(EVENT, 'metro-report.txt'), join(dir, 'metro-report.txt'));
    expect(buildEvent(dir, { cache }).fromCache).toBe(false);
    expect(cache.read(eventCacheKey(dir))).toBeDefined();
  });

  it('ignores a failure entry it cannot trust', () => {
    const { dir, cacheDir, cache, key } = storyless('Share this article\n');
    for (const broken of ['not json', JSON.stringify({ format: 1, key, dir, message: 5, fix: '' }), JSON.stringify({ format: 1, key: 'another', dir, message: 'm', fix: 'f' })]) {
      writeFileSync(join(cacheDir, `${key}.failed.json`), broken);
      expect(cache.readFailure!(key, dir)).toBeUndefined();
      expect(() => buildEvent(dir, { cache })).toThrow(/no (article text|readable articles)/);
    }
  });

  it('writes entries whole, leaving no temporary files behind (the marker says the folder is a cache of corroborate\'s)', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'corroborate-cache-'));
    cachedPipeline(EVENT, folderCache(cacheDir));
    expect(readdirSync(cacheDir).sort()).toEqual([MARKER_FILE, `${eventCacheKey(EVENT)}.json`]);
  });
});
