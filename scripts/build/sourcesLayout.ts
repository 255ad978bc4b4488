/**
 * How a sources folder is laid out: one event's articles, or one sub-folder per event. Apart from
 * the extraction (extractFolder.ts) because a build asks it before anything else, and the
 * process that asks it for a folder of events never runs the pipeline itself (the extraction
 * process does): importing extractFolder.ts there loaded every stage of the pipeline, about
 * 0.25 to 0.4 s of CPU in each build of many events (measured on this 2-core machine), before
 * the extraction process could start.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);

/**
 * The event sub-folders of `dir`, in code-unit order, when `dir` holds sub-folders and no
 * article of its own; undefined for a plain folder of articles (the single-event case).
 */
export function eventFolders(dir: string): string[] | undefined {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => !name.startsWith('.'));
  } catch {
    return undefined; // ingest reports the unreadable folder
  }
  if (names.some((name) => ARTICLE_EXTENSIONS.has(extname(name).toLowerCase()) && isFile(join(dir, name)))) return undefined;
  const folders = names.filter((name) => isDirectory(join(dir, name))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return folders.length ? folders : undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
