/**
 * A worker thread of extractWorkers.ts: takes events from the shared counter, extracts and
 * writes each, and posts its outcome (a small summary); then says it is done and ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { takeJobs, type WorkerData, type WorkerMessage } from './workers.ts';

const { jobs, shared } = workerData as WorkerData;
const post = (message: WorkerMessage): void => parentPort!.postMessage(message);
try {
  takeJobs(jobs, new Int32Array(shared), (index, outcome) => post({ index, outcome }));
  post({ done: true });
} catch (error) {
  post({ fatal: error instanceof Error ? error.message : String(error) });
}
