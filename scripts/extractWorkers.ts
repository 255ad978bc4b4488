/**
 * Runs the pipeline on several folders at once, in worker threads: each event is independent,
 * so a machine with n cores extracts about n events at a time. Each worker loads the language
 * model once and then takes the next folder as soon as it is free.
 */
import { Worker } from 'node:worker_threads';
import { InputError } from './ingest/ingest.ts';
import { runPipeline, type PipelineResult } from './pipeline.ts';

/** One folder's outcome: its result, or why it could not be extracted. */
export type ExtractionOutcome = { result: PipelineResult } | { message: string; fix: string; inputError: boolean };

/**
 * Outcomes in the order of `dirs`; `onOutcome` sees each as soon as it is ready (in any order), so
 * the caller can write one event's files while the next are extracted. With one worker (or one
 * folder) the work stays in this thread.
 */
export async function extractInWorkers(dirs: string[], workers: number, onOutcome: (index: number, outcome: ExtractionOutcome) => void = () => {}): Promise<ExtractionOutcome[]> {
  if (dirs.length === 0) return [];
  if (workers <= 1 || dirs.length === 1) {
    return dirs.map((dir, i) => {
      const outcome = extractOne(dir);
      onOutcome(i, outcome);
      return outcome;
    });
  }
  const outcomes: ExtractionOutcome[] = new Array(dirs.length);
  let next = 0;
  const runWorker = (): Promise<void> => new Promise((resolvePool, rejectPool) => {
    const worker = new Worker(new URL('./extractWorker.ts', import.meta.url));
    let current = -1;
    const give = (): void => {
      if (next >= dirs.length) {
        void worker.terminate().then(() => resolvePool());
        return;
      }
      current = next++;
      worker.postMessage(dirs[current]);
    };
    worker.on('message', (outcome: ExtractionOutcome) => {
      const done = current;
      outcomes[done] = outcome;
      give(); // the worker starts on the next folder before this one's outcome is handled
      try {
        onOutcome(done, outcome);
      } catch (error) {
        void worker.terminate();
        rejectPool(error);
      }
    });
    worker.on('error', rejectPool);
    give();
  });
  await Promise.all(Array.from({ length: Math.min(workers, dirs.length) }, runWorker));
  return outcomes;
}

/** Runs the pipeline on one folder, turning its failure into an outcome instead of an exception. */
export function extractOne(dir: string): ExtractionOutcome {
  try {
    return { result: runPipeline(dir) };
  } catch (error) {
    if (error instanceof InputError) return { message: error.message, fix: error.fix, inputError: true };
    return { message: error instanceof Error ? error.message : String(error), fix: '', inputError: false };
  }
}
