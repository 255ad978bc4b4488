/**
 * The schedule of a folder of events, with its side effects handed in (an in-line job runner, an
 * extraction and a renderer that need no thread or child process): which events are reused,
 * read back from the cache on this thread, or sent to the threads.
 */
import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractFolder, extractInto, type JobRunner } from '../scripts/build/extractFolder.ts';
import { runEventJob, type EventJob } from '../scripts/build/eventJob.ts';
import { buildSite } from '../scripts/build/buildSite.ts';
import { folderCache } from '../scripts/store/cache.ts';
import { ROOT } from './support/cli.ts';

const EVENTS = join(ROOT, 'tests/fixtures/events');
const ALL = readdirSync(EVENTS).sort();

/** Runs the jobs on this thread, as the worker threads would, and records which events they were. */
function inlineRunner(): { runJobs: JobRunner; ran: string[][] } {
  const ran: string[][] = [];
  return {
    ran,
    runJobs: async (jobs: EventJob[], onOutcome) => {
      ran.push(jobs.map((j) => j.folder));
      jobs.forEach((job, i) => onOutcome(i, runEventJob(job)));
    },
  };
}

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'corroborate-schedule-'));
}

describe('the schedule of a folder of events', () => {
  it('extracts what changed on the threads, reuses unchanged folders, and reads the cache on this thread', async () => {
    const sources = scratch();
    cpSync(EVENTS, sources, { recursive: true });
    const cache = folderCache(scratch());
    const out = join(scratch(), 'generated');
    const runner = inlineRunner();
    const run = (to: string) => extractFolder(sources, to, { cache, effects: { runJobs: runner.runJobs } });

    expect((await run(out)).cached).toBe(0);
    expect(runner.ran.at(-1)).toEqual(ALL); // nothing known yet: every event to the threads
    const first = readFileSync(join(out, 'ferry-fire', 'facts.json'), 'utf8');

    expect((await run(out)).cached).toBe(ALL.length);
    expect(runner.ran.at(-1)).toEqual([]); // every folder moved over from the previous output

    appendFileSync(join(sources, 'ferry-fire', 'coastal-herald.txt'), '\nThe harbour master said 12 boats stayed in port.\n');
    const changed = await run(out);
    expect(runner.ran.at(-1)).toEqual(['ferry-fire']);
    expect(changed.cached).toBe(ALL.length - 1);
    expect(readFileSync(join(out, 'ferry-fire', 'facts.json'), 'utf8')).toContain('12 boats');

    // A new output folder: nothing to move over, but the cache has every event: all built on this thread.
    const elsewhere = join(scratch(), 'generated');
    const again = await run(elsewhere);
    expect(runner.ran.at(-1)).toEqual([]);
    expect(again.cached).toBe(ALL.length);
    expect(readFileSync(join(elsewhere, 'bridge-closure', 'facts.json'), 'utf8')).toBe(readFileSync(join(out, 'bridge-closure', 'facts.json'), 'utf8'));
    expect(first).not.toContain('12 boats');
  });

  it('an event that cannot be read is not sent to the threads again while its files are unchanged', async () => {
    const sources = scratch();
    cpSync(join(EVENTS, ALL[0]!), join(sources, ALL[0]!), { recursive: true });
    mkdirSync(join(sources, 'no-story'));
    writeFileSync(join(sources, 'no-story', 'page.txt'), 'Subscribe to our newsletter\n');
    const cache = folderCache(scratch());
    const out = join(scratch(), 'generated');
    const runner = inlineRunner();
    const run = () => extractFolder(sources, out, { cache, effects: { runJobs: runner.runJobs } });
    const first = await run();
    expect(runner.ran.at(-1)).toEqual([ALL[0], 'no-story']);
    const again = await run();
    expect(runner.ran.at(-1)).toEqual([]); // the event moved over, the failure read back on this thread
    expect(again.warnings.filter((w) => w.file === 'no-story/')).toEqual(first.warnings.filter((w) => w.file === 'no-story/'));
    expect(again.warnings.filter((w) => w.file === 'no-story/')).toHaveLength(1);
    writeFileSync(join(sources, 'no-story', 'page.txt'), 'Subscribe to our newsletter today\n');
    await run();
    expect(runner.ran.at(-1)).toEqual(['no-story']); // changed files: tried again
  });

  it('one event is a schedule of one job on this thread: no thread is asked', async () => {
    const runner = inlineRunner();
    const out = join(scratch(), 'generated');
    const extraction = await extractFolder(join(EVENTS, 'ferry-fire'), out, { effects: { runJobs: runner.runJobs } });
    expect(runner.ran).toEqual([]);
    expect(extraction.layout).toBe('event');
    expect(extraction.index.events.map((e) => e.folder)).toEqual(['ferry-fire']);
    expect(extraction.result!.facts.sources.map((s) => s.file)).toEqual(readdirSync(join(EVENTS, 'ferry-fire')).sort());
  });

  it('a build of many events with its extraction and rendering handed in: no child process', async () => {
    const rendered: string[] = [];
    const root = scratch();
    const extraction = await buildSite(
      { sourcesDir: EVENTS, outDir: join(root, 'site'), generatedDir: join(root, 'generated'), quiet: true },
      {
        extractElsewhere: (request) => extractInto(request.sourcesDir, request.staging, request.finalDir, {}),
        render: async (generatedDir) => { rendered.push(readFileSync(join(generatedDir, 'events.json'), 'utf8')); },
      },
    );
    expect(extraction.layout).toBe('events');
    expect(extraction.index.events.map((e) => e.folder)).toEqual(ALL);
    expect(rendered).toHaveLength(1);
    expect(JSON.parse(rendered[0]!).events).toHaveLength(ALL.length);
    expect(readdirSync(join(root, 'generated')).sort()).toEqual(['.corroborate-output.json', '.event-keys.json', ...ALL, 'events.json'].sort());
  });
});
