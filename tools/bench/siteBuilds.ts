/**
 * The whole site as `corroborate build` makes it (issue 22's targets): 50 and 200 multi-news
 * events, each cold (empty cache, no previous site), in interleaved pairs (50, 200, 50, 200) so
 * that the ratio time(200) / time(50) is taken within the same stretch of the machine's load;
 * after each cold 200-event build, the same site again after one event changed (cache and
 * previous site kept), and again after the change was undone, each against the cold build just
 * before it; the load average at each run; where a rebuild's time goes; and the peak memory
 * summed over the build's processes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliRun.ts';
import { range } from './oneEventBuild.ts';
import { writeClusters } from './material.ts';

const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;
/** The middle value; of an even count, the mean of the two middle ones (of two runs, their mean, not the slower). */
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const RENDER = 'rendering the pages';

/** `pairs` interleaved cold builds of 50 and 200 events, then one rebuild after a change; what results.json records. */
export async function benchSiteBuilds(root: string, corpus: string, work: string, pairs: number): Promise<Record<string, unknown>> {
  const fifty = writeClusters(corpus, mkdtempSync(join(work, 'fifty-')), 50);
  const all = writeClusters(corpus, mkdtempSync(join(work, 'all-')), 200);
  const cold = (sources: string, name: string) => runCli(root, ['build', sources, '--out', join(work, name), '--cache', join(work, `${name}-cache`)], [RENDER]);
  const event = readdirSync(all).sort()[3]!;
  const article = join(all, event, readdirSync(join(all, event)).sort()[0]!);
  const original = readFileSync(article, 'utf8');
  const again = (name: string) => runCli(root, ['build', all, '--out', join(work, name), '--cache', join(work, `${name}-cache`)], [RENDER], { CORROBORATE_BUILD_TIMINGS: '1' });
  const small: number[] = [];
  const large: Array<Awaited<ReturnType<typeof cold>>> = [];
  const rebuilds: Array<Awaited<ReturnType<typeof cold>>> = [];
  const rebuildRatios: number[] = [];
  const loads: Record<string, number[]> = { fifty: [], twoHundred: [], rebuild: [] };
  for (let i = 0; i < pairs; i++) {
    small.push((await cold(fifty, `site-50-${i}`)).seconds);
    loads.fifty!.push(round(loadavg()[0]!, 2));
    const site = `site-200-${i}`;
    large.push(await cold(all, site));
    loads.twoHundred!.push(round(loadavg()[0]!, 2));
    // One event changed, then changed back: two rebuilds of this pair's site, each against its cold build.
    for (const text of [`${original}\nOfficials said on Tuesday that the review would take six weeks.\n`, original]) {
      writeFileSync(article, text);
      const rebuild = await again(site);
      loads.rebuild!.push(round(loadavg()[0]!, 2));
      rebuilds.push(rebuild);
      rebuildRatios.push(round(rebuild.seconds / large[i]!.seconds));
    }
    for (const name of [`site-50-${i}`, `site-50-${i}-cache`, site, `${site}-cache`]) rmSync(join(work, name), { recursive: true, force: true });
  }
  const seconds = large.map((r) => r.seconds);
  const rebuildTimes = rebuilds.map((r) => r.seconds);
  return {
    pairs,
    fiftyEventsSeconds: range(small),
    twoHundredEventsSeconds: range(seconds),
    /** Each pair's time(200) / time(50), and their median. */
    ratios: seconds.map((s, i) => round(s / small[i]!, 2)).sort((a, b) => a - b),
    ratio: round(median(seconds.map((s, i) => s / small[i]!)), 2),
    extractSeconds: range(large.map((r) => r.marks[RENDER] ?? 0)),
    cpuSeconds: range(large.map((r) => r.cpuSeconds ?? 0)),
    peakTreeMemoryMb: Math.max(...large.map((r) => r.peakMemoryMb ?? 0)),
    /** The rebuilds' median; each rebuild against the cold build of its pair (sorted), their median, and the median rebuild against the median cold build. */
    oneEventChangedSeconds: round(median(rebuildTimes)),
    rebuildSeconds: range(rebuildTimes),
    rebuildRatios: [...rebuildRatios].sort((a, b) => a - b),
    rebuildRatio: round(median(rebuildRatios)),
    rebuildRatioToMedian: round(median(rebuildTimes) / median(seconds)),
    rebuildPeakTreeMemoryMb: Math.max(...rebuilds.map((r) => r.peakMemoryMb ?? 0)),
    /** Where a rebuild's seconds go (medians over the rebuilds, from the moments the build prints). */
    rebuildPhases: rebuildPhases(rebuilds),
    /** The 1-minute load average after each run, in order: the machine's load beside the figures. */
    loadAverages: loads,
  };
}

/** A rebuild's phases, in seconds (medians): to the facts extracted, the Astro build, the search index to the site swapped in, and the exit. */
function rebuildPhases(runs: ReadonlyArray<{ seconds: number; moments: Record<string, number> }>): Record<string, number> {
  const phase = (f: (m: Record<string, number>, seconds: number) => number) => round(median(runs.map((r) => f(r.moments, r.seconds))), 2);
  return {
    startAndExtraction: phase((m) => m['facts extracted'] ?? 0),
    astro: phase((m) => (m['astro pages moved'] ?? 0) - (m['facts extracted'] ?? 0)),
    searchIndexAndSwap: phase((m) => (m['site swapped in'] ?? 0) - (m['astro pages moved'] ?? 0)),
    exit: phase((m, seconds) => seconds - (m['site swapped in'] ?? 0)),
    // The search index and swap in steps: waiting for Pagefind's reading of the previous pages (begun
    // beside the extraction; 0 when it was done before Astro), reading the pages rendered again,
    // Pagefind writing the index over the kept files, and the swap with its removals.
    waitedForPreviousPages: phase((m) => Math.max(0, (m['search index: previous pages read'] ?? 0) - (m['astro pages moved'] ?? 0))),
    newPagesRead: phase((m) => (m['search index: pages read'] ?? 0) - Math.max(m['search index: previous pages read'] ?? 0, m['astro pages moved'] ?? 0)),
    pagefindWrite: phase((m) => written(m) - (m['search index: previous index read'] ?? 0)),
    swap: phase((m) => (m['site swapped in'] ?? 0) - written(m)),
  };
}

/** When Pagefind had written the index: its moment names the count of kept files ("search index: written over 1247 kept files"). */
function written(moments: Record<string, number>): number {
  return Object.entries(moments).find(([moment]) => moment.startsWith('search index: written over'))?.[1] ?? 0;
}
