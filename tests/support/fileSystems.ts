/** Folders on a second file system, for tests of moves that cannot be renames. */
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A new folder on a file system other than `near`'s (/dev/shm, a tmpfs on Linux), or undefined where there is none. */
export function otherFileSystemFolder(near: string): string | undefined {
  if (!existsSync('/dev/shm') || statSync('/dev/shm').dev === statSync(near).dev) return undefined;
  try {
    return mkdtempSync(join('/dev/shm', 'corroborate-tmp-'));
  } catch {
    return undefined;
  }
}
