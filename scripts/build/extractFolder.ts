/**
 * Extraction of a sources folder: one event (a folder of articles) or many (a folder that holds
 * one sub-folder per event, `<sources>/<event>/<articles>`). Either way it is a schedule of
 * event jobs (build/eventJob.ts, each one buildEvent and its folder): one event is a schedule of
 * one job whose folder is the output itself; many events write `<out>/<event>/` each (the same
 * files one event writes) and `<out>/events.json`, which lists them with their headline facts.
 *
 * The schedule decides, for each event of many: an unchanged event whose folder the previous
 * output still has is moved over as it is (store/eventFolders.ts); one the cache has is built on
 * this thread (reading it back costs less than starting a thread); the others are extracted on
 * one thread per core, each thread writing the folders of the events it took.
 */
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { InputError } from '../contracts/errors.ts';
import { EVENTS_FORMAT_VERSION, type EventSummary, type EventsIndex } from '../contracts/events.ts';
import type { SiteSettings, Warning } from '../contracts/generated.ts';
import { GENERATOR } from '../contracts/version.ts';
import { sourceIdFor, uniqueId } from '../ingest/ingest.ts';
import type { PipelineEffects, PipelineResult } from '../pipeline.ts';
import { eventCacheKey, type ExtractionCache } from '../store/cache.ts';
import { EventFolders, PreviousFolders, madeFrom } from '../store/eventFolders.ts';
import { json } from '../store/generatedFolder.ts';
import { replaceFolderAtomicallyAsync } from '../store/output.ts';
import { runEventJob, type EventJob, type EventOutcome } from './eventJob.ts';
import { runEventJobs } from './workers.ts';
import { markBuild } from '../render/buildTimings.ts';
import { eventFolders } from './sourcesLayout.ts';

/** How a sources folder is laid out: one event's articles, or one sub-folder per event. */
export type Layout = 'event' | 'events';

/** What an extraction wrote, for one event or many. */
export interface Extraction {
  layout: Layout;
  /** The events written, as events.json lists them (for one event, the entry it would have). */
  index: EventsIndex;
  /** One event's whole result (the command line reports its sources); none for many. */
  result?: PipelineResult;
  /** Problems of single articles (in a folder of events prefixed with the event folder) and of whole events left out. */
  warnings: Warning[];
  /** How many events were unchanged (their folder moved over, or their result read back from the cache) rather than extracted. */
  cached: number;
}

/** Runs event jobs and hands each outcome on: on worker threads by default (build/workers.ts). */
export type JobRunner = (jobs: EventJob[], onOutcome: (index: number, outcome: EventOutcome) => void) => Promise<void>;

/** The side effects an extraction is handed; tests pass their own (an in-line job runner, a recording hook). */
export interface ExtractEffects {
  /** Runs the jobs the cache cannot answer; worker threads, one per core, unless given. */
  runJobs?: JobRunner;
  /** Per-stage timings of an event extracted on this thread (the command line's progress). */
  pipeline?: PipelineEffects;
  /** Told the folder's layout before any work. */
  onLayout?: (layout: Layout) => void;
}

export interface ExtractOptions {
  /** Where unchanged events' results are kept; none: every event is extracted. */
  cache?: ExtractionCache;
  /** corroborate.config's title, description, language and theme: one event's site.json, or a folder of events' top-level one. */
  settings?: SiteSettings;
  /** Threads extracting events, this one included; by default one per core (at most one per event to extract). */
  threads?: number;
  effects?: ExtractEffects;
}

/** Also here, beside the extraction it decides the layout of (the live preview and the tests import it from this module). */
export { eventFolders };

/**
 * Extracts `sourcesDir` and replaces `outDir` with what it wrote, in one step: a failed run
 * leaves the previous output as it was. Unchanged events of a folder of events are moved over
 * from the previous output.
 */
export async function extractFolder(sourcesDir: string, outDir: string, options: ExtractOptions = {}): Promise<Extraction> {
  let extraction: Extraction | undefined;
  await replaceFolderAtomicallyAsync(outDir, { kind: 'generated', sources: [sourcesDir] }, async (staging) => {
    extraction = await extractInto(sourcesDir, staging, outDir, options, outDir);
  });
  return extraction!;
}

/**
 * Extracts `sourcesDir` into `staging` (an empty folder), which will become `finalDir`: paths in
 * the manifests are relative to where the folders end up. `previousDir` is an earlier output
 * whose unchanged event folders may be moved over (only when the staging folder replaces it).
 */
export async function extractInto(sourcesDir: string, staging: string, finalDir: string, options: ExtractOptions = {}, previousDir?: string): Promise<Extraction> {
  const folders = eventFolders(sourcesDir);
  options.effects?.onLayout?.(folders ? 'events' : 'event');
  return folders ? extractEvents(sourcesDir, folders, staging, finalDir, options, previousDir) : extractEvent(sourcesDir, staging, finalDir, options);
}

/** One event: a schedule of one job, on this thread, whose folder is the output itself. */
async function extractEvent(sourcesDir: string, staging: string, finalDir: string, options: ExtractOptions): Promise<Extraction> {
  const folder = basename(resolve(sourcesDir));
  const job: EventJob = { dir: sourcesDir, id: uniqueId(sourceIdFor(folder), new Set()), folder, target: staging, finalDir, settings: options.settings, wantResult: true, only: true };
  const outcome = runEventJob(job, { cache: options.cache, effects: options.effects?.pipeline });
  if (!('summary' in outcome)) throw new Error(outcome.message); // `only` jobs throw instead; kept for the type
  return { layout: 'event', index: { format: EVENTS_FORMAT_VERSION, generator: GENERATOR, events: [outcome.summary] }, result: outcome.result, warnings: outcome.warnings, cached: outcome.fromCache ? 1 : 0 };
}

/**
 * Many events. An event with no readable article is left out with a warning; when no event can
 * be built an InputError says why, and nothing is written.
 */
async function extractEvents(sourcesDir: string, folders: string[], staging: string, finalDir: string, options: ExtractOptions, previousDir?: string): Promise<Extraction> {
  const { cache } = options;
  const usedIds = new Set<string>();
  const events = folders.map((folder) => ({ folder, dir: join(sourcesDir, folder), id: uniqueId(sourceIdFor(folder), usedIds), key: cache ? eventCacheKey(join(sourcesDir, folder)) : '' }));
  const previous = new PreviousFolders(previousDir);
  const written = new EventFolders(previous, staging, finalDir);
  /** What events.json and the warnings need of each event: all that comes back from the threads. */
  const done = new Map<string, { summary: EventSummary; warnings: Warning[]; fromCache: boolean }>();
  const failures = new Map<string, Warning>();

  const inline: typeof events = [];
  const threaded: typeof events = [];
  for (const event of events) {
    const kept = event.key ? previous.reusable(event.id, madeFrom(finalDir, event.id, event.key, event.dir)) : undefined;
    if (kept) {
      written.reuse(event.id, kept);
      done.set(event.folder, { summary: kept.summary, warnings: kept.warnings, fromCache: true });
    } else if (event.key && (!cache!.dir || (cache!.has?.(event.key) ?? true))) {
      inline.push(event); // the cache has it, or only this thread can use the cache
    } else threaded.push(event);
  }
  const jobFor = (e: (typeof events)[number]): EventJob => ({
    dir: e.dir, id: e.id, folder: e.folder, target: join(staging, e.id), finalDir: join(finalDir, e.id),
    cache: cache?.dir && e.key ? { dir: cache.dir, key: e.key } : undefined,
  });
  const record = (event: (typeof events)[number], outcome: EventOutcome): void => {
    if ('summary' in outcome) {
      written.record(event.id, event.dir, event.key || undefined, outcome.summary, outcome.warnings);
      done.set(event.folder, outcome);
    } else if (outcome.inputError) {
      failures.set(event.folder, { file: `${event.folder}/`, problem: `${outcome.message}; this event is left out`, fix: outcome.fix });
    } else {
      failures.set(event.folder, { file: `${event.folder}/`, problem: `could not be analysed (internal error: ${outcome.message}); this event is left out`, fix: 'Please report this with the folder.' });
    }
  };
  markBuild(`extraction: ${events.length - inline.length - threaded.length} events moved over`);
  for (const event of inline) record(event, runEventJob(jobFor(event), { cache, key: event.key, effects: options.effects?.pipeline }));
  markBuild(`extraction: ${inline.length} events read from the cache`);
  const runJobs = options.effects?.runJobs ?? ((jobs, onOutcome) => runEventJobs(jobs, options.threads ?? availableParallelism(), onOutcome));
  await runJobs(threaded.map(jobFor), (i, outcome) => record(threaded[i]!, outcome));
  markBuild(`extraction: ${threaded.length} events extracted`);

  const built = events.filter((e) => done.has(e.folder));
  if (built.length === 0) {
    throw new InputError(`no event in ${sourcesDir} could be built (${failures.size} problem(s))`, 'Each event folder needs .txt, .md or .html news articles.');
  }
  const index: EventsIndex = { format: EVENTS_FORMAT_VERSION, generator: GENERATOR, events: built.map((e) => done.get(e.folder)!.summary) };
  const top = [{ path: 'events.json', content: json(index) }];
  if (options.settings) top.push({ path: 'site.json', content: json(options.settings) });
  written.finish(top, new Set(built.map((e) => e.id)));

  // Warnings in folder order, whatever order the threads finished in.
  const warnings: Warning[] = [];
  for (const event of events) {
    const failure = failures.get(event.folder);
    if (failure) warnings.push(failure);
    const entry = done.get(event.folder);
    if (entry) warnings.push(...entry.warnings.map((w) => ({ ...w, file: `${event.folder}/${w.file}` })));
  }
  return { layout: 'events', index, warnings, cached: [...done.values()].filter((e) => e.fromCache).length };
}
