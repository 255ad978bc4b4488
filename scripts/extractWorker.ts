/** A worker thread of extractWorkers.ts: receives a folder, answers with its outcome. */
import { parentPort } from 'node:worker_threads';
import { extractOne } from './extractWorkers.ts';

parentPort!.on('message', (dir: string) => parentPort!.postMessage(extractOne(dir)));
