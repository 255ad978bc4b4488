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
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { moveAll } from './output.ts';
import { WarningSchema, type Warning } from '../contracts/generated.ts';
import { EventSummarySchema, type EventSummary } from '../contracts/events.ts';

/** What each event folder was made from, and what a run that reuses it reports for it. */
const KEYS_FILE = '.event-keys.json';
/** Bumped when the key file's shape changes; a key file of another format reuses nothing. */
const KEYS_FORMAT = 2;

/**
 * What the key file keeps of one event folder: the input it was made from (its cache key and its
 * sources folder, relative to the event folder), and its events.json entry and warnings, so that a
 * run that reuses the folder need not read the event's result back from the cache.
 */
export const FolderRecordSchema = z.object({
  /** madeFrom(): the event's cache key and its sources folder, relative to the event folder. */
  made: z.string(),
  /** Its events.json entry. */
  summary: EventSummarySchema,
  /** Its articles' warnings. */
  warnings: z.array(WarningSchema),
});
export type FolderRecord = z.infer<typeof FolderRecordSchema>;

/** `made` of a FolderRecord: the event's cache key and its sources folder, relative to `<outDir>/<id>`. */
export function madeFrom(outDir: string, id: string, key: string, sourcesDir: string): string {
  return `${key} ${relative(resolve(outDir, id), resolve(sourcesDir))}`;
}

/** The event folders of a previous output, as its key file records them. */
export class PreviousFolders {
  /** The previous output; none when nothing may be reused (a build's generated folder is staged apart from it). */
  readonly outDir: string | undefined;
  private readonly records: Record<string, FolderRecord>;

  constructor(outDir?: string) {
    this.outDir = outDir;
    this.records = outDir ? readKeys(outDir) : {};
  }

  /**
   * The record of `<outDir>/<id>` when that folder was made from the same input (the same files,
   * the same generator, the same sources folder) and is still there: the folder can be moved over
   * as it is. Its quotes were checked against these very files when it was written (the key is a
   * hash of their bytes), so it is not checked again; `corroborate verify` re-checks a folder.
   */
  reusable(id: string, made: string): FolderRecord | undefined {
    const record = this.records[id];
    if (!this.outDir || record?.made !== made || !existsSync(join(this.outDir, id, 'facts.json'))) return undefined;
    return record;
  }
}

/**
 * Records the event folders written into the staging folder of a new output (`finalDir`, where
 * the staging folder will end up) one event at a time (files are written while other events are
 * still being extracted, by the threads that extracted them), then, in `finish`, writes the
 * top-level files and the key file and moves the reused folders over. Used inside
 * replaceFolderAtomicallyAsync, which swaps the staging folder in.
 */
export class EventFolders {
  private readonly previous: PreviousFolders;
  private readonly staging: string;
  private readonly finalDir: string;
  private readonly records = new Map<string, FolderRecord>();
  private readonly reused: string[] = [];

  constructor(previous: PreviousFolders, staging: string, finalDir: string) {
    this.previous = previous;
    this.staging = staging;
    this.finalDir = finalDir;
  }

  /** Marks the previous output's folder of `id` (see PreviousFolders.reusable) to be moved over. */
  reuse(id: string, record: FolderRecord): void {
    this.records.set(id, record);
    this.reused.push(id);
  }

  /**
   * Records an event whose folder is in the staging folder (at `<staging>/<id>`, written here or
   * by another thread), so that the next run can reuse it; an event without a key is not recorded.
   */
  record(id: string, sourcesDir: string, key: string | undefined, summary: EventSummary, warnings: Warning[]): void {
    if (key) this.records.set(id, { made: madeFrom(this.finalDir, id, key, sourcesDir), summary, warnings });
  }

  /** Writes the top-level files and the key file, then moves the reused folders in; returns how many. */
  finish(topFiles: Array<{ path: string; content: string }>, keep: ReadonlySet<string>): { reused: number } {
    for (const file of topFiles) writeFileSync(join(this.staging, file.path), file.content);
    const events = Object.fromEntries([...this.records].filter(([id]) => keep.has(id)));
    writeFileSync(join(this.staging, KEYS_FILE), `${JSON.stringify({ format: KEYS_FORMAT, events })}\n`);
    const moving = this.reused.filter((id) => keep.has(id));
    moveAll(moving.map((id) => [join(this.previous.outDir!, id), join(this.staging, id)]));
    return { reused: moving.length };
  }
}

/** The key file's records; none when it is missing, unreadable or of another format (nothing is reused then). */
function readKeys(outDir: string): Record<string, FolderRecord> {
  try {
    const file = JSON.parse(readFileSync(join(outDir, KEYS_FILE), 'utf8')) as { format?: unknown; events?: Record<string, unknown> };
    if (file.format !== KEYS_FORMAT || typeof file.events !== 'object' || file.events === null) return {};
    // Each record is checked before it is trusted: a bad one only means that folder is made again.
    // The record is kept as written (not zod's copy), so a reused folder reports the very same bytes.
    return Object.fromEntries(Object.entries(file.events).filter((entry): entry is [string, FolderRecord] => FolderRecordSchema.safeParse(entry[1]).success));
  } catch {
    return {};
  }
}
