/**
 * Fills a multi-event output folder, reusing unchanged events' folders. Writing
 * files is most of the cost of an incremental run (hundreds of small files), so an event whose
 * input key and location are the same as when its folder was written is moved over from the
 * previous output (one rename) instead of being written again.
 *
 * The previous output stays whole until everything new is written: reused folders move into the
 * staging folder last, and move back if a move fails, before the staging folder is swapped in.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { generatedFiles } from './generate.ts';
import type { PipelineResult } from './pipeline.ts';

/**
 * Writes one event's files into `target` (a new folder inside the staging folder). `finalDir` is
 * where the folder will end up: paths in the manifest are relative to it, not to `target`. Used
 * by the thread that extracted the event, so results never travel between threads to be written.
 */
export function writeEventFolder(result: PipelineResult, sourcesDir: string, target: string, finalDir: string): void {
  // Folders made so far: an event's dozen files share two or three folders.
  const made = new Set<string>();
  for (const file of generatedFiles(result, sourcesDir, finalDir)) {
    const path = join(target, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(path, file.content);
  }
}

/** Which input each event folder was made from: id -> cache key and sources path. */
const KEYS_FILE = '.event-keys.json';

export interface EventOutput {
  id: string;
  /** The event's sources folder. */
  dir: string;
  /** Its cache key; without one the folder is always written anew. */
  key?: string;
  result: PipelineResult;
}

/**
 * Fills the staging folder of a new `outDir` one event at a time (so files are written while other
 * events are still being extracted), then, in `finish`, writes the top-level files and moves the
 * reused folders over. Used inside replaceFolderAtomicallyAsync, which swaps the staging folder in.
 */
export class EventFolders {
  private readonly outDir: string;
  private readonly staging: string;
  private readonly previous: Record<string, string>;
  private readonly made = new Map<string, string>();
  private readonly reused: string[] = [];

  constructor(outDir: string, staging: string) {
    this.outDir = outDir;
    this.staging = staging;
    this.previous = readKeys(outDir);
  }

  /** Writes one event's folder into the staging folder, or marks the previous one for reuse. */
  add(event: EventOutput): void {
    if (this.record(event) && this.previous[event.id] === this.made.get(event.id) && existsSync(join(this.outDir, event.id, 'facts.json'))) {
      this.reused.push(event.id);
      return;
    }
    writeEventFolder(event.result, event.dir, join(this.staging, event.id), join(this.outDir, event.id));
  }

  /**
   * Records an event whose folder another thread has written into the staging folder (at
   * `<staging>/<id>`), so that the next run can reuse it; true when it has a key to record.
   */
  record(event: Omit<EventOutput, 'result'>): boolean {
    if (!event.key) return false;
    this.made.set(event.id, `${event.key} ${relative(resolve(this.outDir, event.id), resolve(event.dir))}`);
    return true;
  }

  /** Writes the top-level files and the key record, then moves the reused folders in; returns how many. */
  finish(topFiles: Array<{ path: string; content: string }>, keep: ReadonlySet<string>): { reused: number } {
    for (const file of topFiles) writeFileSync(join(this.staging, file.path), file.content);
    const keys = Object.fromEntries([...this.made].filter(([id]) => keep.has(id)));
    writeFileSync(join(this.staging, KEYS_FILE), `${JSON.stringify(keys, null, 2)}\n`);
    const moving = this.reused.filter((id) => keep.has(id));
    moveAll(moving.map((id) => [join(this.outDir, id), join(this.staging, id)]));
    return { reused: moving.length };
  }
}

/** Renames each [from, to]; if one fails, the ones already moved go back before the error is rethrown. */
function moveAll(moves: Array<[string, string]>): void {
  const done: Array<[string, string]> = [];
  try {
    for (const [from, to] of moves) {
      renameSync(from, to);
      done.push([from, to]);
    }
  } catch (error) {
    for (const [from, to] of done.reverse()) renameSync(to, from);
    throw error;
  }
}

function readKeys(outDir: string): Record<string, string> {
  try {
    const keys = JSON.parse(readFileSync(join(outDir, KEYS_FILE), 'utf8')) as unknown;
    return typeof keys === 'object' && keys !== null ? (keys as Record<string, string>) : {};
  } catch {
    return {};
  }
}
