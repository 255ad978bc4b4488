/**
 * One event is the unit of every build: `buildEvent` is the one place where an event's facts
 * are made, from the cache when its files and the generator are unchanged, else by the
 * pipeline, and where every quote is checked against its source before anything is written.
 * A folder of events is a schedule of such builds (build/extractFolder.ts).
 */
import { InputError } from '../contracts/errors.ts';
import { runPipeline, type PipelineEffects, type PipelineResult } from '../pipeline.ts';
import { eventCacheKey, type ExtractionCache } from '../store/cache.ts';
import { assertVerified } from './verify.ts';

export interface BuildEventOptions {
  /** Where unchanged events' results are kept; none: always extract. */
  cache?: ExtractionCache;
  /** The event's cache key, when the caller has it already (eventCacheKey of the folder). */
  key?: string;
  /** Per-stage timings of an extraction. */
  effects?: PipelineEffects;
  /** Names the event in a mismatch's message ("of event ferry-fire"). */
  label?: string;
}

/** An event's checked result, and whether it came from the cache. */
export interface EventBuild {
  result: PipelineResult;
  fromCache: boolean;
}

/**
 * The checked result of the event in `dir`. Throws the pipeline's InputError when the folder
 * cannot be read (again from the cache, when an earlier run of the same files found it), and an
 * internal error when a quote does not match its source.
 */
export function buildEvent(dir: string, options: BuildEventOptions = {}): EventBuild {
  const { cache } = options;
  let key = options.key;
  if (cache && key === undefined) {
    try {
      key = eventCacheKey(dir);
    } catch {
      key = undefined; // an unreadable folder: the pipeline names the problem
    }
  }
  const known = cache && key ? cache.read(key) : undefined;
  const failed = !known && cache && key ? cache.readFailure?.(key, dir) : undefined;
  if (failed) throw new InputError(failed.message, failed.fix);
  let result: PipelineResult;
  try {
    result = known ?? runPipeline(dir, options.effects);
  } catch (error) {
    // The same files give the same InputError: kept, a rebuild does not extract them again.
    if (error instanceof InputError && cache && key) cache.writeFailure?.(key, dir, { message: error.message, fix: error.fix });
    throw error;
  }
  assertVerified(result.facts, dir, options.label);
  if (!known && cache && key) cache.write(key, result);
  return { result, fromCache: Boolean(known) };
}
