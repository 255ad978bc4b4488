/**
 * Extracts a folder of events in a process of its own and prints the result as JSON, for
 * builds of many events: the extraction's memory (worker threads, every event's result) goes
 * back to the system when this process ends, before the pages are rendered.
 */
import { extractEvents } from './events.ts';
import { folderCache } from '../store/cache.ts';
import { InputError } from '../ingest/ingest.ts';
import type { SiteSettings } from '../config.ts';

export interface ChildRequest {
  sourcesDir: string;
  outDir: string;
  cacheDir?: string;
  settings?: SiteSettings;
}

const request = JSON.parse(process.argv[2]!) as ChildRequest;
try {
  const result = await extractEvents(request.sourcesDir, request.outDir, { cache: request.cacheDir ? folderCache(request.cacheDir) : undefined, settings: request.settings });
  process.stdout.write(JSON.stringify({ result }));
} catch (error) {
  const input = error instanceof InputError;
  process.stdout.write(JSON.stringify({ error: { message: (error as Error).message, fix: input ? (error as InputError).fix : undefined, input } }));
  process.exitCode = 1;
}
