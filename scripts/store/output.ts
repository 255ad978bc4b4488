/**
 * Atomic output: everything is written to a fresh sibling folder first and swapped in
 * with renames only when complete, so a failed run leaves the previous output as it was.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkOutputFolder, markOutputFolder, realPath, type OutputFolder } from './ownedFolders.ts';

/**
 * What a folder about to be replaced is for, and what it must never be (the sources): checked
 * before the staging folder is made and again just before the swap (scripts/store/ownedFolders.ts).
 */
export interface OutputGuard {
  kind: OutputFolder['kind'];
  /** The articles folders of the run: never replaced, nor a folder above or inside them. */
  sources: readonly string[];
  /** The option that named the folder, for messages ("--out"). */
  option?: string;
  /** A site's base path, recorded in its marker (for `corroborate preview`). */
  base?: string;
}

/**
 * Runs `fill` on an empty staging folder beside `dir`, then swaps it in. If `fill`
 * throws, the staging folder is removed and `dir` is untouched.
 */
export async function replaceFolderAtomicallyAsync(dir: string, guard: OutputGuard, fill: (staging: string) => Promise<void>): Promise<void> {
  const { staging, commit, abort } = stageFolder(dir, guard);
  try {
    await fill(staging);
  } catch (error) {
    abort();
    throw error;
  }
  commit();
}

/** A staged replacement of `dir`, for callers that swap in several folders only when all are ready. */
export interface StagedFolder {
  /** An empty folder beside `dir` to write into. */
  staging: string;
  /** Swaps the staging folder in place of `dir`. */
  commit: () => void;
  /** Removes the staging folder; `dir` stays as it was. */
  abort: () => void;
}

/**
 * Stages a replacement of `dir`. `dir` is checked first (an InputError, before any work, when it
 * holds what corroborate did not write, or the sources) and again just before the swap, in case
 * something was put there meanwhile; the staging folder gets the marker that says corroborate
 * wrote it. The staging and retired folders get names of their own (mkdtemp), so that nothing
 * already beside `dir` is ever removed.
 */
export function stageFolder(dir: string, guard: OutputGuard): StagedFolder {
  // Through a symbolic link to its folder: the link is the user's, and stays as it is.
  const target = realPath(dir);
  const check = () => checkOutputFolder({ dir, kind: guard.kind, option: guard.option }, guard.sources);
  check();
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(`${target}.staging-`);
  return {
    staging,
    abort: () => rmSync(staging, { recursive: true, force: true }),
    commit: () => {
      try {
        check();
      } catch (error) {
        rmSync(staging, { recursive: true, force: true });
        throw error;
      }
      markOutputFolder(staging, guard.kind, guard.base);
      // Two renames: the old folder steps aside (onto an empty folder of its own), the new one takes its place.
      if (existsSync(target)) {
        const retired = mkdtempSync(`${target}.old-`);
        renameSync(target, retired);
        renameSync(staging, target);
        rmSync(retired, { recursive: true, force: true });
      } else {
        renameSync(staging, target);
      }
    },
  };
}

/** Renames each [from, to]; if one fails, the ones already moved go back before the error is rethrown. */
export function moveAll(moves: Array<[string, string]>): void {
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

/**
 * Moves every entry of `from` into `to` (created if missing; entries of the same name must not
 * exist there), then removes `from`. An entry that cannot be renamed because `to` is on another
 * file system is copied and then removed.
 */
export function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) moveAcross(join(from, name), join(to, name));
  rmSync(from, { recursive: true, force: true });
}

/** renameSync, or a copy and a removal when `from` and `to` are on two file systems (EXDEV). */
function moveAcross(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, errorOnExist: true, force: false });
    rmSync(from, { recursive: true, force: true });
  }
}
