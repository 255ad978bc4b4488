/**
 * Peak memory of a process together with every process it starts (a build runs extraction,
 * Astro batches and Pagefind's indexer in processes of their own): the summed resident set,
 * sampled from /proc every 100 ms. Linux only; undefined where /proc is missing.
 */
import { readFileSync } from 'node:fs';

/** Summed resident set of `pid` and its descendants now, in kB. */
export function treeRssKb(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length) {
    const p = pending.pop()!;
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      if (children) pending.push(...children.split(/\s+/).map(Number));
    } catch {
      // the process ended between two reads
    }
  }
  return total;
}

/** Samples the tree of `pid` until `done` settles; resolves with the peak in MB (undefined without /proc). */
export async function peakTreeMemoryMb(pid: number, done: Promise<unknown>): Promise<number | undefined> {
  let peak = 0;
  let finished = false;
  void done.finally(() => { finished = true; });
  while (!finished) {
    peak = Math.max(peak, treeRssKb(pid));
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return peak ? Math.round(peak / 1024) : undefined;
}
