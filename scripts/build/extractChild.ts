/**
 * The extraction of a folder of events in a process of its own, for builds of many events: the
 * extraction's memory (worker threads, every event's result) goes back to the system when the
 * process ends, before the pages are rendered. `extractInChild` starts it; run as a script, this
 * file is the child, which prints its result (or its error) as JSON.
 */
import { InputError } from '../contracts/errors.ts';
import type { SiteSettings } from '../contracts/generated.ts';
import { runNodeScript } from '../effects/childProcess.ts';
import { ONE_RUN_NODE_ARGS } from '../effects/compilerTiers.ts';
import { folderCache } from '../store/cache.ts';
import type { Extraction } from './extractFolder.ts';

/** What the child is asked to do: extract `sourcesDir` into `staging`, which becomes `finalDir`. */
export interface ChildRequest {
  sourcesDir: string;
  staging: string;
  finalDir: string;
  cacheDir?: string;
  settings?: SiteSettings;
  /** An earlier output whose unchanged event folders may be moved over (extractInto's previousDir). */
  previousDir?: string;
}

type ChildReply = { result: Extraction } | { error: { message: string; fix?: string; input: boolean } };

/** Runs the child and returns its result, or throws its error (an InputError stays one). */
export async function extractInChild(request: ChildRequest): Promise<Extraction> {
  const { code, output } = await runNodeScript(import.meta.filename, [JSON.stringify(request)], { captureOutput: true, nodeArgs: [...ONE_RUN_NODE_ARGS] });
  let reply: ChildReply;
  try {
    reply = JSON.parse(output) as ChildReply;
  } catch {
    throw new Error(`the extraction process ended with code ${code} and no result`);
  }
  if ('result' in reply) return reply.result;
  if (reply.error.input) throw new InputError(reply.error.message, reply.error.fix ?? '');
  throw new Error(reply.error.message || `the extraction process ended with code ${code}`);
}

async function childMain(request: ChildRequest): Promise<void> {
  try {
    // Imported in the child only: the parent, which starts it, never runs the pipeline (build/sourcesLayout.ts).
    const { extractInto } = await import('./extractFolder.ts');
    const result = await extractInto(request.sourcesDir, request.staging, request.finalDir, { cache: request.cacheDir ? folderCache(request.cacheDir) : undefined, settings: request.settings }, request.previousDir);
    process.stdout.write(JSON.stringify({ result }));
  } catch (error) {
    const input = error instanceof InputError;
    process.stdout.write(JSON.stringify({ error: { message: (error as Error).message, fix: input ? error.fix : undefined, input } }));
    process.exitCode = 1;
  }
}

if (import.meta.main) await childMain(JSON.parse(process.argv[2]!) as ChildRequest);
