/**
 * Writes a multi-event output folder in one step, reusing unchanged events' folders. Writing
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
import { replaceFolderAtomically } from './output.ts';
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

/** Replaces `outDir` with one folder per event and the given top-level files; returns how many folders were reused. */
export function writeEventsOutput(outDir: string, events: EventOutput[], topFiles: Array<{ path: string; content: string }>): { reused: number } {
  const previous = readKeys(outDir);
  const made = new Map(events.map((e) => [e.id, e.key ? `${e.key} ${relative(resolve(outDir, e.id), resolve(e.dir))}` : undefined]));
  const reused = events.filter((e) => made.get(e.id) && previous[e.id] === made.get(e.id) && existsSync(join(outDir, e.id, 'facts.json')));
  const reusedIds = new Set(reused.map((e) => e.id));
  replaceFolderAtomically(outDir, (staging) => {
    for (const event of events) {
      if (reusedIds.has(event.id)) continue;
      // Paths in the manifest are relative to where the event's folder ends up, not the staging folder.
      for (const file of generatedFiles(event.result, event.dir, join(outDir, event.id))) {
        const target = join(staging, event.id, file.path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.content);
      }
    }
    for (const file of topFiles) writeFileSync(join(staging, file.path), file.content);
    const keys = Object.fromEntries([...made].filter(([, k]) => k));
    writeFileSync(join(staging, KEYS_FILE), `${JSON.stringify(keys, null, 2)}\n`);
    moveAll(reused.map((e) => [join(outDir, e.id), join(staging, e.id)]));
  });
  return { reused: reused.length };
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
