/**
 * The scheduling priority of this process's child processes started by a library that does not
 * hand out their process ids (Pagefind's Node API runs its indexer as a child and keeps it to
 * itself). Linux lists each thread's children in /proc; elsewhere nothing is found and nothing
 * changes: a lower priority is only ever a speed-up, never needed for a correct build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { setPriority } from 'node:os';

/** Ids of this process's children whose command name starts with `name` ("pagefind"); none where /proc cannot tell. */
export function childProcessesNamed(name: string): number[] {
  try {
    const children = readdirSync('/proc/self/task').flatMap((thread) => readFileSync(`/proc/self/task/${thread}/children`, 'utf8').trim().split(/\s+/).filter(Boolean));
    return [...new Set(children)].filter((pid) => commandName(pid).startsWith(name)).map(Number);
  } catch {
    return [];
  }
}

/**
 * Sets the niceness of `pids` (0 is the normal priority, 19 the lowest); true when all were set.
 * Raising a priority back may need privileges the user lacks: then it stays as it was, only slower.
 */
export function setNiceness(pids: readonly number[], niceness: number): boolean {
  let all = true;
  for (const pid of pids) {
    try {
      setPriority(pid, niceness);
    } catch {
      all = false;
    }
  }
  return all;
}

function commandName(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}
