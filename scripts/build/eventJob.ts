/**
 * One event of a multi-event extraction, done entirely by the thread that extracts it: the
 * pipeline, the check of every quote against its source, the cache entry and the event's
 * output folder. Only a small summary (events.json's entry and the warnings) goes back to the
 * main thread: copying whole results between threads, and writing every event's files from
 * one thread, cost more than the extraction's second core gained.
 */
import { InputError } from '../ingest/ingest.ts';
import { runPipeline, type PipelineResult } from '../pipeline.ts';
import { verifyFacts } from './verify.ts';
import { folderCache } from '../store/cache.ts';
import { writeEventFolder } from '../store/eventFolders.ts';
import { summarise } from '../compose/eventSummary.ts';
import type { EventSummary } from '../contracts/events.ts';
import type { Warning } from '../contracts/stages.ts';

/** Everything a thread needs to extract one event and write its folder (plain data: it is sent to workers). */
export interface EventJob {
  /** The event's sources folder. */
  dir: string;
  id: string;
  /** Its sub-folder name in the sources folder. */
  folder: string;
  /** Where its files are written now: `<staging>/<id>`. */
  target: string;
  /** Where its folder ends up, `<out>/<id>`: the manifest's path to the sources is relative to it. */
  finalDir: string;
  /** The cache folder and this event's key, to store the result in. */
  cache?: { dir: string; key: string };
  /** Send the whole result back too (for a cache that is not a folder, which only the main thread can write). */
  wantResult?: boolean;
}

/** An event written, with its listing entry; or why it was left out. */
export type EventOutcome =
  | { summary: EventSummary; warnings: Warning[]; result?: PipelineResult }
  | { message: string; fix: string; inputError: boolean };

/**
 * Extracts, checks and writes one event. An event the pipeline cannot read is an outcome (it is
 * left out with a warning); a quote that differs from its source, or a folder that cannot be
 * written, throws, and the whole run stops with nothing written.
 */
export function runEventJob(job: EventJob): EventOutcome {
  let result: PipelineResult;
  try {
    result = runPipeline(job.dir);
  } catch (error) {
    if (error instanceof InputError) return { message: error.message, fix: error.fix, inputError: true };
    return { message: error instanceof Error ? error.message : String(error), fix: '', inputError: false };
  }
  const mismatches = verifyFacts(result.facts, job.dir);
  if (mismatches.length) {
    const first = mismatches[0]!;
    throw new Error(`internal error: ${mismatches.length} evidence quote(s) of event ${job.folder} do not match their source (first: claim ${first.claim} in ${first.file}: ${first.problem}); nothing was written`);
  }
  if (job.cache) folderCache(job.cache.dir).write(job.cache.key, result);
  writeEventFolder(result, job.dir, job.target, job.finalDir);
  return { summary: summarise(job.id, job.folder, result), warnings: result.warnings, ...(job.wantResult ? { result } : {}) };
}
