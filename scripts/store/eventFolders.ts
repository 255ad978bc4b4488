/**
 * Fills a multi-event output folder, reusing unchanged events' folders. Writing files, and
 * reading results back from the cache, were most of the cost of an incremental run, so an event
 * whose input key and location are the same as when its folder was written is moved over from the
 * previous output (one rename), with the listing entry and warnings the key file kept for it,
 * instead of being read back and written again.
 *
 * The previous output stays whole until everything new is written: reused folders move into the
 * staging folder last, and move back if a move fails, before the staging folder is swapped in.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { moveAll } from './output.ts';
import { dirname, join, relative, resolve } from 'node:path';
import { generatedFiles } from '../build/event.ts';
import type { PipelineResult } from '../pipeline.ts';
import type { Warning } from '../contracts/stages.ts';
import { EventSummarySchema, type EventSummary } from '../contracts/events.ts';

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

/** What each event folder was made from, and what a run that reuses it reports for it. */
const KEYS_FILE = '.event-keys.json';
/** Bumped when the key file's shape changes; a key file of another format reuses nothing. */
const KEYS_FORMAT = 2;

/**
 * What the key file keeps of one event folder: the input it was made from (its cache key and its
 * sources folder, relative to the event folder), and its events.json entry and warnings, so that a
 * run that reuses the folder need not read the event's result back from the cache.
 */
export interface FolderRecord {
  made: string;
  summary: EventSummary;
  warnings: Warning[];
}

/** `made` of a FolderRecord: the event's cache key and its sources folder, relative to `<outDir>/<id>`. */
export function madeFrom(outDir: string, id: string, key: string, sourcesDir: string): string {
  return `${key} ${relative(resolve(outDir, id), resolve(sourcesDir))}`;
}

/** The event folders of a previous output, as its key file records them. */
export class PreviousFolders {
  readonly outDir: string;
  private readonly records: Record<string, FolderRecord>;

  constructor(outDir: string) {
    this.outDir = outDir;
    this.records = readKeys(outDir);
  }

  /**
   * The record of `<outDir>/<id>` when that folder was made from the same input (the same files,
   * the same generator, the same sources folder) and is still there: the folder can be moved over
   * as it is. Its quotes were checked against these very files when it was written (the key is a
   * hash of their bytes), so it is not checked again; `corroborate verify` re-checks a folder.
   */
  reusable(id: string, made: string): FolderRecord | undefined {
    const record = this.records[id];
    if (record?.made !== made || !existsSync(join(this.outDir, id, 'facts.json'))) return undefined;
    return record;
  }
}

/**
 * Fills the staging folder of a new `outDir` one event at a time (so files are written while other
 * events are still being extracted), then, in `finish`, writes the top-level files and the key
 * file and moves the reused folders over. Used inside replaceFolderAtomicallyAsync, which swaps
 * the staging folder in.
 */
export class EventFolders {
  private readonly previous: PreviousFolders;
  private readonly staging: string;
  private readonly records = new Map<string, FolderRecord>();
  private readonly reused: string[] = [];

  constructor(previous: PreviousFolders, staging: string) {
    this.previous = previous;
    this.staging = staging;
  }

  /** Marks the previous output's folder of `id` (see PreviousFolders.reusable) to be moved over. */
  reuse(id: string, record: FolderRecord): void {
    this.records.set(id, record);
    this.reused.push(id);
  }

  /** Writes one event's folder into the staging folder and records it (when it has a key). */
  write(id: string, sourcesDir: string, key: string | undefined, result: PipelineResult, summary: EventSummary): void {
    writeEventFolder(result, sourcesDir, join(this.staging, id), join(this.previous.outDir, id));
    this.record(id, sourcesDir, key, summary, result.warnings);
  }

  /**
   * Records an event whose folder is in the staging folder (at `<staging>/<id>`, written here or
   * by another thread), so that the next run can reuse it; an event without a key is not recorded.
   */
  record(id: string, sourcesDir: string, key: string | undefined, summary: EventSummary, warnings: Warning[]): void {
    if (key) this.records.set(id, { made: madeFrom(this.previous.outDir, id, key, sourcesDir), summary, warnings });
  }

  /** Writes the top-level files and the key file, then moves the reused folders in; returns how many. */
  finish(topFiles: Array<{ path: string; content: string }>, keep: ReadonlySet<string>): { reused: number } {
    for (const file of topFiles) writeFileSync(join(this.staging, file.path), file.content);
    const events = Object.fromEntries([...this.records].filter(([id]) => keep.has(id)));
    writeFileSync(join(this.staging, KEYS_FILE), `${JSON.stringify({ format: KEYS_FORMAT, events })}\n`);
    const moving = this.reused.filter((id) => keep.has(id));
    moveAll(moving.map((id) => [join(this.previous.outDir, id), join(this.staging, id)]));
    return { reused: moving.length };
  }
}

/** The key file's records; none when it is missing, unreadable or of another format (nothing is reused then). */
function readKeys(outDir: string): Record<string, FolderRecord> {
  try {
    const file = JSON.parse(readFileSync(join(outDir, KEYS_FILE), 'utf8')) as { format?: unknown; events?: Record<string, unknown> };
    if (file.format !== KEYS_FORMAT || typeof file.events !== 'object' || file.events === null) return {};
    // Each record is checked before it is trusted: a bad one only means that folder is made again.
    return Object.fromEntries(Object.entries(file.events).filter((entry): entry is [string, FolderRecord] => isRecord(entry[1])));
  } catch {
    return {};
  }
}

function isRecord(value: unknown): value is FolderRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.made === 'string' && EventSummarySchema.safeParse(r.summary).success && Array.isArray(r.warnings) && r.warnings.every(isWarning);
}

function isWarning(value: unknown): value is Warning {
  if (typeof value !== 'object' || value === null) return false;
  const w = value as Record<string, unknown>;
  return typeof w.file === 'string' && typeof w.problem === 'string' && (w.fix === undefined || typeof w.fix === 'string') && (w.line === undefined || typeof w.line === 'number');
}
