/**
 * One event of an extraction, done entirely by the thread that takes it: buildEvent (the cache,
 * the pipeline, the check of every quote) and the event's generated folder. Only a small summary
 * (events.json's entry and the warnings) goes back to the main thread: copying whole results
 * between threads, and writing every event's files from one thread, cost more than the
 * extraction's second core gained.
 */
import { InputError, MisquoteError } from '../contracts/errors.ts';
import type { EventSummary } from '../contracts/events.ts';
import type { SiteSettings, Warning } from '../contracts/generated.ts';
import type { PipelineEffects, PipelineResult } from '../pipeline.ts';
import { folderCache, type ExtractionCache } from '../store/cache.ts';
import { writeGeneratedFolder } from '../store/generatedFolder.ts';
import { summarise } from '../compose/eventSummary.ts';
import { chooseCharts } from '../charts/choose.ts';
import { buildEvent } from './buildEvent.ts';

/** Everything a thread needs to build one event and write its folder (plain data: it is sent to workers). */
export interface EventJob {
  /** The event's sources folder. */
  dir: string;
  id: string;
  /** Its sub-folder name in the sources folder (the folder's own name for a single event). */
  folder: string;
  /** Where its files are written now: `<staging>/<id>`, or the staging folder itself for a single event. */
  target: string;
  /** Where its folder ends up, `<out>/<id>` or `<out>`: the manifest's path to the sources is relative to it. */
  finalDir: string;
  /** The cache folder and this event's key, to read the result from or store it in. */
  cache?: { dir: string; key: string };
  /** The site's settings, written to the event's site.json (a single event's); the defaults when not given. */
  settings?: SiteSettings;
  /** Send the whole result back too (a single event: the command line reports its sources). */
  wantResult?: boolean;
  /** The run's only event (a sources folder of articles): its errors are the run's, not a reason to leave it out, and messages need not name it. */
  only?: boolean;
}

/** An event written, with its listing entry; or why it was left out. */
export type EventOutcome =
  | { summary: EventSummary; warnings: Warning[]; fromCache: boolean; result?: PipelineResult }
  | { message: string; fix: string; inputError: boolean };

/** What only the thread that runs a job can be handed: objects that cannot travel between threads. */
export interface InlineJobContext {
  /** A cache that is not a folder (tests' own), used instead of `job.cache`. */
  cache?: ExtractionCache;
  key?: string;
  /** Per-stage timings. */
  effects?: PipelineEffects;
}

/**
 * Builds and writes one event. An event the pipeline cannot read is an outcome (it is left out
 * with a warning) unless it is the run's only one; a quote that differs from its source, or a folder that
 * cannot be written, throws, and the whole run stops with nothing written.
 */
export function runEventJob(job: EventJob, inline: InlineJobContext = {}): EventOutcome {
  const cache = inline.cache ?? (job.cache ? folderCache(job.cache.dir) : undefined);
  const key = inline.cache ? inline.key : job.cache?.key;
  let built;
  try {
    built = buildEvent(job.dir, { cache, key, effects: inline.effects, label: job.only ? undefined : `of event ${job.folder}` });
  } catch (error) {
    if (job.only || error instanceof MisquoteError) throw error;
    if (error instanceof InputError) return { message: error.message, fix: error.fix, inputError: true };
    return { message: error instanceof Error ? error.message : String(error), fix: '', inputError: false };
  }
  const { result, fromCache } = built;
  writeGeneratedFolder(result, job.dir, job.target, job.finalDir, job.settings);
  // The charts' ids only: how the site names a source changes their text, never which charts there are.
  const summary = { ...summarise(job.id, job.folder, result), charts: chooseCharts(result.facts, (id) => id).map((c) => c.id) };
  return { summary, warnings: result.warnings, fromCache, ...(job.wantResult ? { result } : {}) };
}

