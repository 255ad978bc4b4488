/**
 * Runs event jobs (eventJob.ts) on several threads at once: events are independent, so a
 * machine with n cores extracts about n events at a time. The main thread is one of the n
 * (it would otherwise only wait), with n - 1 worker threads beside it; each thread takes the
 * next event from a shared counter as soon as it is free, and writes that event's folder itself.
 */
import { Worker } from 'node:worker_threads';
import { runEventJob, type EventJob, type EventOutcome } from './eventJob.ts';

/** The shared state's slots: the next job to take, and a flag set when a thread hits a fatal error. */
const NEXT = 0;
const STOP = 1;

/** What a worker thread posts: one job's outcome, a fatal error, or that it has finished. */
export type WorkerMessage = { index: number; outcome: EventOutcome } | { fatal: string } | { done: true };

/** What a worker thread is started with. */
export interface WorkerData {
  jobs: EventJob[];
  /** Two Int32 slots (NEXT, STOP) shared by every thread of the pool. */
  shared: SharedArrayBuffer;
}

/**
 * Runs every job on `threads` threads (this one included); `onOutcome` sees each outcome, in any
 * order (outcomes of worker threads arrive when this thread has finished its own share). Rejects
 * on the first fatal error (see runEventJob), after the other threads have stopped.
 */
export async function runEventJobs(jobs: EventJob[], threads: number, onOutcome: (index: number, outcome: EventOutcome) => void): Promise<void> {
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const helpers = jobs.length > 1 ? Math.min(threads, jobs.length) - 1 : 0;
  const workers = Array.from({ length: helpers }, () => new Worker(new URL('./worker.ts', import.meta.url), { workerData: { jobs, shared } satisfies WorkerData }));
  // Listen before this thread starts its own share, so no message or error is missed.
  const finished = workers.map((worker) => workerFinished(worker, onOutcome));
  try {
    takeJobs(jobs, new Int32Array(shared), onOutcome);
  } catch (error) {
    await Promise.allSettled(workers.map((w) => w.terminate()));
    await Promise.allSettled(finished); // settled by the terminations; nothing left unhandled
    throw error;
  }
  const settled = await Promise.allSettled(finished);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.allSettled(workers.map((w) => w.terminate()));
    throw failed.reason;
  }
}

/**
 * Takes jobs from the shared counter until none is left or another thread has stopped the pool.
 * Used by the main thread and by every worker thread (extractWorker.ts).
 */
export function takeJobs(jobs: EventJob[], state: Int32Array, onOutcome: (index: number, outcome: EventOutcome) => void): void {
  for (let i = Atomics.add(state, NEXT, 1); i < jobs.length && Atomics.load(state, STOP) === 0; i = Atomics.add(state, NEXT, 1)) {
    try {
      onOutcome(i, runEventJob(jobs[i]!));
    } catch (error) {
      Atomics.store(state, STOP, 1); // the other threads take no further job
      throw error;
    }
  }
}

/** Resolves when `worker` has done its share, handing on each outcome; rejects on its fatal error or crash. */
function workerFinished(worker: Worker, onOutcome: (index: number, outcome: EventOutcome) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('done' in message) settle();
      else if ('fatal' in message) settle(new Error(message.fatal));
      else if (!settled) {
        try {
          onOutcome(message.index, message.outcome);
        } catch (error) {
          settle(error as Error);
        }
      }
    });
    worker.on('error', (error) => settle(error));
    worker.on('exit', (code) => settle(new Error(`an extraction thread stopped early (exit code ${code})`)));
  });
}
