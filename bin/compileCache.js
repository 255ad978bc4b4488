// Where Node's compile cache lives for corroborate, and how it is kept from growing without end.
// Node never deletes an entry, and every Astro build compiles its bundled chunks from a fresh
// folder, so a folder kept forever grows by a few hundred kilobytes a build (3.1 GB was found on
// a machine that ran thousands). So the cache is corroborate's own folder, one per week: a run
// removes the weeks before it, which costs one rebuilt cache a week and bounds the folder to a
// week of builds. Plain JavaScript: bin/corroborate.js runs on any Node.
import { readdirSync, rm } from 'node:fs';
import { join } from 'node:path';

/** The folder under the system's temporary folder that holds corroborate's compile caches. */
export function compileCacheRoot(tmp) {
  return join(tmp, 'corroborate-compile-cache');
}

/** This week's compile cache folder ("week-2969": weeks counted from 1970, so every week has its own). */
export function compileCacheFolder(tmp, now = new Date()) {
  const week = Math.floor(now.getTime() / (7 * 24 * 3600 * 1000));
  return join(compileCacheRoot(tmp), `week-${week}`);
}

/**
 * Removes the earlier weeks' caches, in the background (the command does not wait for it to start;
 * Node finishes it before the process exits). Only corroborate's own folder is ever read.
 */
export function pruneCompileCaches(tmp, current) {
  let entries;
  try {
    entries = readdirSync(compileCacheRoot(tmp));
  } catch {
    return;
  }
  for (const entry of entries) {
    const folder = join(compileCacheRoot(tmp), entry);
    if (folder !== current && /^week-\d+$/.test(entry)) rm(folder, { recursive: true, force: true }, () => {});
  }
}
