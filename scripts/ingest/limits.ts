/**
 * What ingest refuses before reading an article, and why.
 *
 * Size policy: a news article is a few thousand words (20-100 KB of text; a saved web page
 * with its scripts and styles rarely passes 2 MB). Extraction takes about 12 s per MB of
 * article text on a 2-core machine, so a file far past that is a mistake (a data dump,
 * a book, a video) and would stall the run: it is skipped with a warning, never read whole.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';

/** Files larger than this are skipped without being read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Readable text longer than this (characters, after HTML is reduced to text) is skipped. */
export const MAX_TEXT_CHARS = 500_000;

export interface Refusal {
  problem: string;
  fix: string;
}

/**
 * Checks a folder entry before it is read: a symbolic link must stay inside the folder
 * (a link to ~/.ssh/id_rsa.txt must never end up quoted on a public page), and the file
 * must be of article size.
 */
export function refuseEntry(dir: string, name: string): Refusal | undefined {
  const path = join(dir, name);
  let size: number;
  try {
    const entry = lstatSync(path);
    if (entry.isSymbolicLink()) {
      const target = realpathSync(path);
      const inside = relative(realpathSync(dir), target);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
        return { problem: 'is a symbolic link to a file outside the sources folder, skipped', fix: 'Copy the article into the folder instead of linking to it.' };
      }
    }
    // What the entry is: the link's target for a link, the entry itself otherwise (no second call).
    const stats = entry.isSymbolicLink() ? statSync(path) : entry;
    if (!stats.isFile()) return undefined; // sub-folders are not read; the caller skips them
    size = stats.size;
  } catch {
    return { problem: 'cannot be read (a broken link, or no permission), skipped', fix: 'Check that the file exists and is readable.' };
  }
  if (size > MAX_FILE_BYTES) {
    return { problem: `is ${megabytes(size)}, more than the ${megabytes(MAX_FILE_BYTES)} an article file may be, skipped`, fix: 'Keep one article per file: its text, or the saved page.' };
  }
  return undefined;
}

/** Checks the readable text of an article once decoded. */
export function refuseText(view: string): Refusal | undefined {
  if (view.length > MAX_TEXT_CHARS) {
    return { problem: `holds ${view.length.toLocaleString('en-US')} characters of text, more than the ${MAX_TEXT_CHARS.toLocaleString('en-US')} an article may have, skipped`, fix: 'Keep one article per file; split a collection into separate files.' };
  }
  return undefined;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
