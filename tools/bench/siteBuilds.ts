/**
 * The whole site as `corroborate build` makes it (issue 22's targets): 50 and 200 multi-news
 * events, each cold (empty cache, no previous site), in interleaved pairs (50, 200, 50, 200) so
 * that the ratio time(200) / time(50) is taken within the same stretch of the machine's load;
 * then the 200-event site again after one event changed (cache and previous site kept); and the
 * peak memory summed over the build's processes.
 */
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
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
  const small: number[] = [];
  const large: Array<Awaited<ReturnType<typeof cold>>> = [];
  for (let i = 0; i < pairs; i++) {
    small.push((await cold(fifty, `site-50-${i}`)).seconds);
    large.push(await cold(all, `site-200-${i}`));
    // Removed now rather than at the end: only the last 200-event site and its cache are built on again.
    rmSync(join(work, `site-50-${i}`), { recursive: true, force: true });
    rmSync(join(work, `site-50-${i}-cache`), { recursive: true, force: true });
  }
  const last = `site-200-${pairs - 1}`;
  const event = readdirSync(all).sort()[3]!;
  appendFileSync(join(all, event, readdirSync(join(all, event)).sort()[0]!), '\nOfficials said on Tuesday that the review would take six weeks.\n');
  const rebuild = await runCli(root, ['build', all, '--out', join(work, last), '--cache', join(work, `${last}-cache`)], [RENDER]);
  const seconds = large.map((r) => r.seconds);
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
    oneEventChangedSeconds: round(rebuild.seconds),
    /** The rebuild against the last cold 200-event build (the one it builds on) and against their median. */
    rebuildRatio: round(rebuild.seconds / seconds.at(-1)!),
    rebuildRatioToMedian: round(rebuild.seconds / median(seconds)),
    rebuildPeakTreeMemoryMb: rebuild.peakMemoryMb,
  };
}
