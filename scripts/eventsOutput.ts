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
  /** Folders already made in the staging folder: thousands of files share a few dozen folders. */
  private readonly folders = new Set<string>();

  constructor(outDir: string, staging: string) {
    this.outDir = outDir;
    this.staging = staging;
    this.previous = readKeys(outDir);
  }

  /** Writes one event's folder into the staging folder, or marks the previous one for reuse. */
  add(event: EventOutput): void {
    const made = event.key ? `${event.key} ${relative(resolve(this.outDir, event.id), resolve(event.dir))}` : undefined;
    if (made) this.made.set(event.id, made);
    if (made && this.previous[event.id] === made && existsSync(join(this.outDir, event.id, 'facts.json'))) {
      this.reused.push(event.id);
      return;
    }
    // Paths in the manifest are relative to where the event's folder ends up, not the staging folder.
    for (const file of generatedFiles(event.result, event.dir, join(this.outDir, event.id))) {
      const target = join(this.staging, event.id, file.path);
      const folder = dirname(target);
      if (!this.folders.has(folder)) {
        mkdirSync(folder, { recursive: true });
        this.folders.add(folder);
      }
      writeFileSync(target, file.content);
    }
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
