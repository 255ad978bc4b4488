import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { eventFolders, extractFolder } from '../scripts/build/extractFolder.ts';
import { EventsIndexSchema, type EventsIndex } from '../scripts/contracts/events.ts';
import { folderCache, type ExtractionCache } from '../scripts/store/cache.ts';
import { runPipeline } from '../scripts/pipeline.ts';
import { runEventJobs } from '../scripts/build/workers.ts';
import type { EventJob, EventOutcome } from '../scripts/build/eventJob.ts';
import { corroborate } from './support/cli.ts';
import { InputError } from '../scripts/contracts/errors.ts';

const EVENTS = join(import.meta.dirname, 'fixtures/events');
/** The fixture events, in code-unit order of their folder names. */
const ALL = readdirSync(EVENTS).filter((name) => !name.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'corroborate-events-'));
}

/** A scratch copy of the fixture events, to edit. */
function copyOfEvents(): string {
  const sources = scratch();
  cpSync(EVENTS, sources, { recursive: true });
  return sources;
}

/** A scratch copy of the fixture events, with an empty cache and an output folder yet to be written. */
function cachedRun(): { sources: string; cache: ExtractionCache; out: string } {
  return { sources: copyOfEvents(), cache: folderCache(scratch()), out: join(scratch(), 'generated') };
}

function readIndex(out: string): EventsIndex {
  return JSON.parse(readFileSync(join(out, 'events.json'), 'utf8')) as EventsIndex;
}

describe('eventFolders', () => {
  it('finds one sub-folder per event, in name order', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(2);
    expect(eventFolders(EVENTS)).toEqual(ALL);
  });

  it('treats a folder of articles as one event, even beside a sub-folder', () => {
    expect(eventFolders(join(EVENTS, 'ferry-fire'))).toBeUndefined();
    const dir = scratch();
    cpSync(join(EVENTS, 'bridge-closure'), dir, { recursive: true });
    mkdirSync(join(dir, 'notes'));
    expect(eventFolders(dir)).toBeUndefined();
  });
});

describe('extractFolder of a folder of events', () => {
  it('writes each event as a single-event extraction would, and lists them in events.json', async () => {
    const out = join(scratch(), 'generated');
    const { index, warnings } = await extractFolder(EVENTS, out, { threads: 2 });
    expect(warnings.filter((w) => !w.file.endsWith('/'))).toEqual(warnings); // no event left out
    for (const event of ALL) {
      const alone = runPipeline(join(EVENTS, event)).facts;
      expect(readFileSync(join(out, event, 'facts.json'), 'utf8')).toBe(`${JSON.stringify(alone, null, 2)}\n`);
      expect(existsSync(join(out, event, 'explainer.md'))).toBe(true);
      // The manifest points at the event's own folder, so `verify <out>/<event>` finds the articles.
      expect(resolve(out, event, JSON.parse(readFileSync(join(out, event, 'manifest.json'), 'utf8')).sources)).toBe(join(EVENTS, event));
    }
    expect(readIndex(out)).toEqual(index);
    expect(() => EventsIndexSchema.parse(readIndex(out))).not.toThrow();
    expect(index.events.map((e) => e.id)).toEqual(ALL);
    const ferry = index.events.find((e) => e.id === 'ferry-fire')!;
    expect(ferry.sources).toBe(3);
    expect(ferry.title.length).toBeGreaterThan(0);
    expect(ferry.headline.some((h) => h.counts === 'passengers on board' && h.sources === 3)).toBe(true);
  });

  it('gives the same files with worker threads as in one thread', async () => {
    const one = join(scratch(), 'one');
    const two = join(scratch(), 'two');
    await extractFolder(EVENTS, one, { threads: 1 });
    await extractFolder(EVENTS, two, { threads: 2 });
    for (const path of ['events.json', 'ferry-fire/facts.json', 'ferry-fire/explainer.md', 'bridge-closure/facts.json']) {
      expect(readFileSync(join(two, path), 'utf8')).toBe(readFileSync(join(one, path), 'utf8'));
    }
  });

  it('reads unchanged events from the cache and extracts only the changed one', async () => {
    const { sources, cache, out } = cachedRun();
    expect((await extractFolder(sources, out, { cache })).cached).toBe(0);
    const before = readFileSync(join(out, 'ferry-fire/facts.json'), 'utf8');
    expect((await extractFolder(sources, out, { cache })).cached).toBe(ALL.length);
    expect(readFileSync(join(out, 'ferry-fire/facts.json'), 'utf8')).toBe(before);
    writeFileSync(join(sources, 'bridge-closure/city-desk.txt'), `${readFileSync(join(sources, 'bridge-closure/city-desk.txt'), 'utf8')}\nOfficials said the work would take two weeks.\n`);
    expect((await extractFolder(sources, out, { cache })).cached).toBe(ALL.length - 1);
  });

  it('moves an unchanged event\'s folder over from the previous output instead of writing it again', async () => {
    const { sources, cache, out } = cachedRun();
    await extractFolder(sources, out, { cache });
    const ferryFile = statSync(join(out, 'ferry-fire/facts.json')).ino;
    const bridgeFile = statSync(join(out, 'bridge-closure/facts.json')).ino;
    writeFileSync(join(sources, 'bridge-closure/city-desk.txt'), `${readFileSync(join(sources, 'bridge-closure/city-desk.txt'), 'utf8')}\nThe detour adds 20 minutes.\n`);
    await extractFolder(sources, out, { cache });
    expect(statSync(join(out, 'ferry-fire/facts.json')).ino).toBe(ferryFile); // the same file, moved
    expect(statSync(join(out, 'bridge-closure/facts.json')).ino).not.toBe(bridgeFile);
    expect(readFileSync(join(out, 'bridge-closure/facts.json'), 'utf8')).toBe(`${JSON.stringify(runPipeline(join(sources, 'bridge-closure')).facts, null, 2)}\n`);
    // Written to another place, the same events get fresh folders whose manifests point back at the sources.
    const elsewhere = join(scratch(), 'deeper', 'generated');
    await extractFolder(sources, elsewhere, { cache });
    expect(resolve(elsewhere, 'ferry-fire', JSON.parse(readFileSync(join(elsewhere, 'ferry-fire/manifest.json'), 'utf8')).sources)).toBe(join(sources, 'ferry-fire'));
  });

  it('moves an unchanged event\'s folder over with the listing entry and warnings it had, without reading the cache', async () => {
    const sources = copyOfEvents();
    writeFileSync(join(sources, 'ferry-fire/blank.txt'), '   \n'); // a warning that must be reported on every run
    const inner = folderCache(scratch());
    let reads = 0;
    const cache: ExtractionCache = { dir: inner.dir, read: (key) => (reads++, inner.read(key)), write: (key, result) => inner.write(key, result) };
    const out = join(scratch(), 'generated');
    const first = await extractFolder(sources, out, { cache });
    const index = readFileSync(join(out, 'events.json'), 'utf8');
    expect(first.warnings.some((w) => w.file === 'ferry-fire/blank.txt')).toBe(true);
    reads = 0;
    const again = await extractFolder(sources, out, { cache });
    expect(reads).toBe(0);
    expect(again.cached).toBe(ALL.length);
    expect(again.warnings).toEqual(first.warnings);
    expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe(index);
    // A folder gone from the output is read back from the cache and written again, the same.
    const facts = readFileSync(join(out, 'ferry-fire/facts.json'), 'utf8');
    rmSync(join(out, 'ferry-fire'), { recursive: true });
    reads = 0;
    await extractFolder(sources, out, { cache });
    expect(reads).toBe(1);
    expect(readFileSync(join(out, 'ferry-fire/facts.json'), 'utf8')).toBe(facts);
    expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe(index);
  });

  it('trusts no record of a key file it cannot read: those events come from the cache, with the same output', async () => {
    const { sources, cache, out } = cachedRun();
    await extractFolder(sources, out, { cache });
    const index = readFileSync(join(out, 'events.json'), 'utf8');
    const keysFile = join(out, '.event-keys.json');
    const keys = JSON.parse(readFileSync(keysFile, 'utf8')) as { format: number; events: Record<string, { summary: { claims: unknown } }> };
    keys.events['ferry-fire']!.summary.claims = 'many'; // one record of the wrong shape
    writeFileSync(keysFile, JSON.stringify(keys));
    const ferryFile = statSync(join(out, 'ferry-fire/facts.json')).ino;
    const bridgeFile = statSync(join(out, 'bridge-closure/facts.json')).ino;
    expect((await extractFolder(sources, out, { cache })).cached).toBe(ALL.length);
    expect(statSync(join(out, 'ferry-fire/facts.json')).ino).not.toBe(ferryFile); // written again from the cache
    expect(statSync(join(out, 'bridge-closure/facts.json')).ino).toBe(bridgeFile); // moved over
    expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe(index);
    for (const broken of ['not json', JSON.stringify({ 'ferry-fire': 'an older format' })]) {
      writeFileSync(keysFile, broken);
      expect((await extractFolder(sources, out, { cache })).cached).toBe(ALL.length);
      expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe(index);
    }
  });

  it('leaves out an event with no readable article, with a warning naming it, and keeps the others', async () => {
    const sources = copyOfEvents();
    mkdirSync(join(sources, 'empty-event'));
    writeFileSync(join(sources, 'empty-event/notes.txt'), '');
    const out = join(scratch(), 'generated');
    const { index, warnings } = await extractFolder(sources, out, { threads: 2 });
    expect(index.events.map((e) => e.id)).toEqual(ALL);
    expect(warnings.find((w) => w.file === 'empty-event/')?.problem).toMatch(/no readable articles[\s\S]*left out/);
    expect(existsSync(join(out, 'empty-event'))).toBe(false);
  });

  it('writes nothing and says why when no event can be built', async () => {
    const sources = scratch();
    mkdirSync(join(sources, 'a'));
    writeFileSync(join(sources, 'a/blank.txt'), '   \n');
    const out = join(scratch(), 'generated');
    await expect(extractFolder(sources, out)).rejects.toThrow(InputError);
    expect(existsSync(out)).toBe(false);
  });
});

describe('runEventJobs', () => {
  const jobs = (out: string): EventJob[] => ALL.map((folder) => ({ dir: join(EVENTS, folder), id: folder, folder, target: join(out, folder), finalDir: join(out, folder) }));

  it('runs every job once, on the main thread and worker threads, each thread writing its events', async () => {
    const out = scratch();
    const seen: number[] = [];
    await runEventJobs(jobs(out), 2, (i, outcome) => {
      expect('summary' in outcome).toBe(true);
      seen.push(i);
    });
    expect(seen.sort()).toEqual(ALL.map((_, i) => i));
    for (const folder of ALL) expect(existsSync(join(out, folder, 'facts.json'))).toBe(true);
  });

  it('rejects when a thread cannot write its event (whichever thread took it)', async () => {
    const out = scratch();
    writeFileSync(join(out, 'blocked'), 'a file where a folder should be');
    const all = jobs(out).map((job) => ({ ...job, target: join(out, 'blocked', job.id) }));
    const outcomes: EventOutcome[] = [];
    await expect(runEventJobs(all, 2, (_, outcome) => outcomes.push(outcome))).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(outcomes.length).toBeLessThan(all.length);
  });
});

describe('corroborate extract on a folder of events', () => {
  it('writes every event and events.json (the site of many events: tests/multiEvent.test.ts)', () => {
    const out = join(scratch(), 'generated');
    const extracted = corroborate('extract', EVENTS, '--out', out, '--no-cache');
    expect(extracted.status).toBe(0);
    expect(extracted.stdout).toContain(`${ALL.length} events`);
    expect(readIndex(out).events).toHaveLength(ALL.length);
  });
});
