/**
 * Many events in one sources folder: `<sources>/<event>/<articles>`. Each event is extracted on
 * its own (on one thread per core, each thread writing the folders of the events it extracted)
 * into `<out>/<event>/` (the same files a single event writes), and `<out>/events.json` lists the
 * events with their headline facts for a home page. With a cache, an event whose files are
 * unchanged is not extracted again: its previous folder is moved over when the output still has
 * it, else its result is read back from the cache.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { availableParallelism } from 'node:os';
import type { PipelineResult } from '../pipeline.ts';
import type { Warning } from '../contracts/stages.ts';
import { InputError, sourceIdFor, uniqueId } from '../ingest/ingest.ts';
import { eventCacheKey, type ExtractionCache } from '../store/cache.ts';
import { runEventJobs } from './workers.ts';
import type { EventJob } from './eventJob.ts';
import { EventFolders, PreviousFolders, madeFrom, type FolderRecord } from '../store/eventFolders.ts';
import { summarise } from '../compose/eventSummary.ts';
import type { SiteSettings } from '../config.ts';
import { replaceFolderAtomicallyAsync } from '../store/output.ts';
import { verifyFacts } from './verify.ts';
import { GENERATOR } from '../contracts/version.ts';
import { EVENTS_FORMAT_VERSION, type EventSummary, type EventsIndex } from '../contracts/events.ts';

export { EVENTS_FORMAT_VERSION, summarise, type EventSummary, type EventsIndex };

export interface EventsResult {
  index: EventsIndex;
  /** Problems of single articles (file names prefixed with the event folder) and of whole events left out. */
  warnings: Warning[];
  /** How many events were unchanged (their folder moved over, or their result read back from the cache) rather than extracted. */
  cached: number;
}

export interface EventsOptions {
  cache?: ExtractionCache;
  /** corroborate.config's title, description, language and theme: the whole site's, written to the top-level site.json. */
  settings?: SiteSettings;
  /** Threads extracting events, this one included; by default one per core (at most one per event to extract). */
  threads?: number;
}

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);

/**
 * The event sub-folders of `dir`, in code-unit order, when `dir` holds sub-folders and no
 * article of its own; undefined for a plain folder of articles (the single-event case).
 */
export function eventFolders(dir: string): string[] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => !name.startsWith('.'));
  } catch {
    return undefined; // ingest reports the unreadable folder
  }
  if (names.some((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && isFile(join(dir, name)))) return undefined;
  const folders = names.filter((name) => isDirectory(join(dir, name))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return folders.length ? folders : undefined;
}

/**
 * Extracts every event of `sourcesDir` and replaces `outDir` with their files and events.json
 * in one step. An event with no readable article is left out with a warning; when no event
 * can be built nothing is written and an InputError says why.
 */
export async function extractEvents(sourcesDir: string, outDir: string, options: EventsOptions = {}): Promise<EventsResult> {
  const folders = eventFolders(sourcesDir);
  if (!folders) throw new InputError(`${sourcesDir} holds no event folders`, 'Put each event\'s articles in a sub-folder: <sources>/<event>/<articles>.');
  const usedIds = new Set<string>();
  const events = folders.map((folder) => ({ folder, dir: join(sourcesDir, folder), id: uniqueId(sourceIdFor(folder), usedIds), key: '' }));

  // An unchanged event whose folder the previous output still has is moved over as it is; one
  // whose folder is gone is read back from the cache and written; the others are extracted.
  const previous = new PreviousFolders(outDir);
  const reused = new Map<string, FolderRecord>();
  const hits = new Map<string, PipelineResult>();
  const misses: typeof events = [];
  for (const event of events) {
    event.key = options.cache ? eventCacheKey(event.dir) : '';
    const kept = event.key ? previous.reusable(event.id, madeFrom(outDir, event.id, event.key, event.dir)) : undefined;
    const hit = kept ? undefined : options.cache?.read(event.key);
    if (kept) reused.set(event.folder, kept);
    else if (hit) hits.set(event.folder, hit);
    else misses.push(event);
  }
  /** What events.json and the warnings need of each event written: all that comes back from the threads. */
  const written = new Map<string, { summary: EventSummary; warnings: Warning[] }>();
  const failures = new Map<string, Warning>();
  let index: EventsIndex | undefined;

  await replaceFolderAtomicallyAsync(outDir, { kind: 'generated', sources: [sourcesDir] }, async (staging) => {
    const folders = new EventFolders(previous, staging);
    for (const event of events) {
      const kept = reused.get(event.folder);
      if (!kept) continue;
      folders.reuse(event.id, kept);
      written.set(event.folder, { summary: kept.summary, warnings: kept.warnings });
    }
    // Cached results are checked and written here.
    for (const event of events) {
      const result = hits.get(event.folder);
      if (!result) continue;
      const mismatches = verifyFacts(result.facts, event.dir);
      if (mismatches.length) {
        const first = mismatches[0]!;
        throw new Error(`internal error: ${mismatches.length} evidence quote(s) of event ${event.folder} do not match their source (first: claim ${first.claim} in ${first.file}: ${first.problem}); nothing was written`);
      }
      const summary = summarise(event.id, event.folder, result);
      folders.write(event.id, event.dir, event.key || undefined, result, summary);
      written.set(event.folder, { summary, warnings: result.warnings });
    }
    // The others are extracted, checked and written by the threads, each event by the thread that took it.
    const cacheDir = options.cache?.dir;
    const jobs: EventJob[] = misses.map((e) => ({
      dir: e.dir, id: e.id, folder: e.folder, target: join(staging, e.id), finalDir: join(outDir, e.id),
      cache: options.cache && cacheDir ? { dir: cacheDir, key: e.key } : undefined,
      wantResult: Boolean(options.cache && !cacheDir),
    }));
    await runEventJobs(jobs, options.threads ?? availableParallelism(), (i, outcome) => {
      const event = misses[i]!;
      if ('summary' in outcome) {
        if (outcome.result) options.cache!.write(event.key, outcome.result);
        folders.record(event.id, event.dir, event.key || undefined, outcome.summary, outcome.warnings);
        written.set(event.folder, { summary: outcome.summary, warnings: outcome.warnings });
      } else if (outcome.inputError) {
        failures.set(event.folder, { file: `${event.folder}/`, problem: `${outcome.message}; this event is left out`, fix: outcome.fix });
      } else {
        failures.set(event.folder, { file: `${event.folder}/`, problem: `could not be analysed (internal error: ${outcome.message}); this event is left out`, fix: 'Please report this with the folder.' });
      }
    });
    const built = events.filter((e) => written.has(e.folder));
    if (built.length === 0) {
      throw new InputError(`no event in ${sourcesDir} could be built (${failures.size} problem(s))`, 'Each event folder needs .txt, .md or .html news articles.');
    }
    index = { format: EVENTS_FORMAT_VERSION, generator: GENERATOR, events: built.map((e) => written.get(e.folder)!.summary) };
    const top = [{ path: 'events.json', content: `${JSON.stringify(index, null, 2)}\n` }];
    if (options.settings) top.push({ path: 'site.json', content: `${JSON.stringify(options.settings, null, 2)}\n` });
    folders.finish(top, new Set(built.map((e) => e.id)));
  });

  // Warnings in folder order, whatever order the workers finished in.
  const warnings: Warning[] = [];
  for (const event of events) {
    const failure = failures.get(event.folder);
    if (failure) warnings.push(failure);
    const done = written.get(event.folder);
    if (done) warnings.push(...done.warnings.map((w) => ({ ...w, file: `${event.folder}/${w.file}` })));
  }
  return { index: index!, warnings, cached: hits.size + reused.size };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
