/**
 * npm run bench: how fast extraction is and how its cost grows. Measures the bundled event stage
 * by stage; the 200 multi-news clusters as a 200-event folder (stage by stage in one thread, then
 * as `corroborate extract` runs it: a fresh process with worker threads, and again after one event
 * changed, with the cache); growth series of 25, 50, 100 and 200 events and of one event of 10, 100
 * and 1,000 articles, each with its fitted exponent; and peak memory. The corpus is read from
 * ../shared at run time and never copied into the repository. Writes bench/results.json and
 * prints the README's Markdown table.
 *
 * Times are wall-clock medians of repeated runs; CPU seconds are given beside them because on a
 * shared machine wall time also counts other people's work (the load average is recorded too).
 */
import { execFileSync, spawn } from 'node:child_process';
import { peakTreeMemoryMb } from './treeMemory.ts';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPipeline, type Stage } from '../pipeline.ts';
import { nlp } from '../segment/nlp.ts';
import { VERSION } from '../version.ts';
import { pageScriptBytes } from '../budgets/pageScripts.ts';
import { growthExponent } from './growth.ts';
import { articleHalves, writeClusters, writeOneEvent } from './material.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(process.env.CORROBORATE_SHARED ?? join(ROOT, '../shared'), 'corpora/multi-news');
const BUNDLED_RUNS = 7;
const RUNS = 3;
const EVENT_SERIES = [25, 50, 100, 200];
/** Article halves (see material.ts), so these articles are about half the length of the corpus's. */
const ARTICLE_SERIES = [10, 100, 1000];
/** The whole 200-event site (extract, one Astro build, search index) as `corroborate build` runs it, in a fresh process; one run (it takes about a minute). */
interface SiteBuildRun { events: number; seconds: number; extractSeconds: number; renderSeconds: number; peakMemoryMb: number; peakTreeMemoryMb?: number }
/** Runs the build and samples the memory of it and every process it starts (extraction, Astro batches, Pagefind). */
async function siteBuildProcess(sources: string, out: string): Promise<SiteBuildRun> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/bench/buildChild.ts'), sources, out], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const treePeak = await peakTreeMemoryMb(child.pid!, exited);
  if ((await exited) !== 0) throw new Error('the site build failed');
  const run = JSON.parse(stdout.trim().split('\n').pop()!) as SiteBuildRun;
  return treePeak === undefined ? run : { ...run, peakTreeMemoryMb: treePeak };
}

interface Timing {
  seconds: number;
  cpuSeconds: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Wall and CPU time of `run` (CPU of the whole process, worker threads included). */
async function timed(run: () => unknown): Promise<Timing> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { seconds: (performance.now() - start) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** Median wall time of `runs` runs, with the CPU time of that same run. */
async function medianTiming(runs: number, run: () => unknown): Promise<Timing> {
  const timings: Timing[] = [];
  for (let i = 0; i < runs; i++) timings.push(await timed(run));
  const mid = median(timings.map((t) => t.seconds));
  const chosen = timings.find((t) => t.seconds === mid)!;
  return { seconds: round(chosen.seconds, 3), cpuSeconds: round(chosen.cpuSeconds, 3) };
}

interface ProcessRun {
  seconds: number;
  cpuSeconds: number;
  peakMemoryMb: number;
}

/** Runs extractChild.ts on `sources` as a fresh process and returns what it measured. */
function extractProcess(sources: string, out: string, cacheDir?: string): ProcessRun {
  const stdout = execFileSync(process.execPath, [join(ROOT, 'scripts/bench/extractChild.ts'), sources, out, ...(cacheDir ? [cacheDir] : [])], { encoding: 'utf8' });
  return JSON.parse(stdout.trim().split('\n').pop()!) as ProcessRun;
}

/** The run with the median wall time of `runs` runs. */
function medianOf(runs: number, run: () => ProcessRun): ProcessRun {
  const all = Array.from({ length: runs }, run);
  const mid = median(all.map((r) => r.seconds));
  const chosen = all.find((r) => r.seconds === mid)!;
  return { seconds: round(chosen.seconds, 3), cpuSeconds: round(chosen.cpuSeconds, 3), peakMemoryMb: chosen.peakMemoryMb };
}

/** Characters of text in the article files of `dirs`. */
function characters(dirs: string[]): number {
  return dirs.reduce((sum, dir) => sum + readdirSync(dir).reduce((n, file) => n + readFileSync(join(dir, file), 'utf8').length, 0), 0);
}

function countArticles(eventsDir: string): number {
  return readdirSync(eventsDir).reduce((n, event) => n + readdirSync(join(eventsDir, event)).length, 0);
}

/** Per-stage wall times (ms) of one pipeline run per folder, summed over the folders; median of `runs`. */
function stageTimes(dirs: string[], runs: number): Record<string, number> {
  const all: Array<Record<string, number>> = [];
  for (let r = 0; r < runs; r++) {
    const stages: Record<string, number> = {};
    for (const dir of dirs) runPipeline(dir, { timed: (stage: Stage, ms) => { stages[stage] = (stages[stage] ?? 0) + ms; } });
    all.push(stages);
  }
  return Object.fromEntries(Object.keys(all[0]!).map((k) => [k, round(median(all.map((s) => s[k]!)), 1)]));
}

const load = loadavg().map((l) => round(l, 1));
const modelLoadMs = round(await (async () => (await timed(() => nlp())).seconds * 1000)(), 1);

const bundledStages = stageTimes([join(ROOT, 'content/sources')], BUNDLED_RUNS);
const bundled = { articles: runPipeline(join(ROOT, 'content/sources')).facts.sources.length, stages: bundledStages, totalMs: round(Object.values(bundledStages).reduce((a, b) => a + b, 0), 1) };
console.log(`bundled event: ${bundled.totalMs} ms`, bundled.stages);

let corpus: unknown = 'skipped: ../shared/corpora/multi-news not found';
let series: unknown = 'skipped: ../shared/corpora/multi-news not found';
if (existsSync(join(CORPUS, 'split.mjs'))) {
  const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  try {
    const clusters = writeClusters(CORPUS, work, 200);
    const articles = countArticles(clusters);
    const eventDirs = readdirSync(clusters).sort().map((e) => join(clusters, e));
    const workers = availableParallelism();

    const singleStages = stageTimes(eventDirs, RUNS);
    const singleSeconds = Object.values(singleStages).reduce((a, b) => a + b, 0) / 1000;
    console.log(`200 events in one thread: ${round(singleSeconds)} s`, singleStages);
    // The whole extraction as `corroborate extract` runs it: a fresh process, worker threads, no cache.
    const parallel = medianOf(RUNS, () => extractProcess(clusters, join(work, 'out')));
    console.log(`200 events as one fresh process with ${workers} worker threads: ${parallel.seconds} s (${parallel.cpuSeconds} s CPU), peak ${parallel.peakMemoryMb} MB`);

    // Incremental: a full extraction with an empty cache, then one event changed and extracted again.
    const full: number[] = [];
    const again: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const cache = join(work, `cache-${r}`);
      full.push(extractProcess(clusters, join(work, 'out'), cache).seconds);
      appendFileSync(join(eventDirs[r]!, 'article1.txt'), `\nOfficials said on Tuesday that the review (number ${r + 1}) would take weeks.\n`);
      again.push(extractProcess(clusters, join(work, 'out'), cache).seconds);
    }
    const incremental = { fullSeconds: round(median(full)), oneEventChangedSeconds: round(median(again)), ratio: round(median(again) / median(full), 3) };
    console.log('incremental', incremental);

    const siteBuild = async (): Promise<SiteBuildRun> => {
      const run = await siteBuildProcess(clusters, join(work, 'site'));
      console.log(`200-event site build: ${round(run.seconds)} s (extract ${round(run.extractSeconds)} s, Astro and search ${round(run.renderSeconds)} s), peak ${run.peakTreeMemoryMb ?? run.peakMemoryMb} MB summed over its processes`);
      return run;
    };
    corpus = {
      events: eventDirs.length,
      articles,
      oneThread: { seconds: round(singleSeconds), articlesPerSecond: Math.round(articles / singleSeconds), stagesMs: singleStages },
      workerThreads: { workers, seconds: parallel.seconds, cpuSeconds: parallel.cpuSeconds, articlesPerSecond: Math.round(articles / parallel.seconds), peakMemoryMb: parallel.peakMemoryMb },
      incremental,
      siteBuild: await siteBuild(),
    };

    // Growth over events, in this process and thread (model loaded, code warm), so only the work grows.
    const eventPoints = [];
    for (const count of EVENT_SERIES) {
      const dirs = eventDirs.slice(0, count);
      const n = dirs.reduce((sum, dir) => sum + readdirSync(dir).length, 0);
      const t = await medianTiming(RUNS, () => { for (const dir of dirs) runPipeline(dir); });
      eventPoints.push({ events: count, articles: n, characters: characters(dirs), ...t });
      console.log(`${count} events (${n} articles), one thread: ${t.seconds} s`);
    }
    const halves = articleHalves(clusters);
    const articlePoints = [];
    for (const count of ARTICLE_SERIES) {
      const dir = writeOneEvent(halves, join(work, `one-event-${count}`), count);
      const t = await medianTiming(RUNS, () => runPipeline(dir));
      const stagesMs = stageTimes([dir], 1);
      articlePoints.push({ articles: count, characters: characters([dir]), ...t, stagesMs });
      console.log(`one event of ${count} articles: ${t.seconds} s`, stagesMs);
    }
    const fit = (points: Array<{ articles: number; seconds: number }>): number => round(growthExponent(points.map((p) => ({ size: p.articles, seconds: p.seconds }))));
    // Clusters differ in length, so growth is also fitted against the amount of text.
    const fitText = (points: Array<{ characters: number; seconds: number }>): number => round(growthExponent(points.map((p) => ({ size: p.characters, seconds: p.seconds }))));
    series = {
      events: { points: eventPoints, exponent: fit(eventPoints), exponentByText: fitText(eventPoints) },
      oneEvent: { points: articlePoints, exponent: fit(articlePoints), exponentByText: fitText(articlePoints), alignExponent: round(growthExponent(articlePoints.map((p) => ({ size: p.articles, seconds: p.stagesMs.align! / 1000 })))) },
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const peakMemoryMb = Math.round(process.resourceUsage().maxRSS / 1024);
// The explainer's JavaScript before search is opened (budget 30 KB gzipped), when dist/ is built.
const explainerJsGzipBytes = existsSync(join(ROOT, 'dist/index.html')) ? pageScriptBytes(join(ROOT, 'dist'), join(ROOT, 'dist/index.html')).gzipBytes : undefined;
const results = { version: VERSION, date: new Date().toISOString().slice(0, 10), node: process.version, cores: availableParallelism(), loadAverageAtStart: load, modelLoadMs, bundled, corpus, series, peakMemoryMb, explainerJsGzipBytes };
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(`\ncorroborate ${VERSION} on ${process.version}, ${results.cores} cores, load average ${load.join(' ')} at start; wink model load ${modelLoadMs} ms once per process (per worker thread too)`);
console.log(table(results));
console.log(`explainer JavaScript: ${explainerJsGzipBytes === undefined ? 'not measured (run npm run build first)' : `${explainerJsGzipBytes} bytes gzipped (budget 30720)`}`);
console.log(`peak memory ${peakMemoryMb} MB; written to bench/results.json`);

/** The README's table. */
function table(r: typeof results): string {
  const rows = ['| run | articles | time | articles/s | notes |', '| --- | --- | --- | --- | --- |'];
  rows.push(`| bundled event | ${r.bundled.articles} | ${r.bundled.totalMs} ms | | ${Object.entries(r.bundled.stages).map(([k, v]) => `${k} ${v}`).join(' / ')} ms |`);
  if (typeof r.corpus === 'object' && typeof r.series === 'object') {
    const c = r.corpus as { articles: number; oneThread: { seconds: number; articlesPerSecond: number; stagesMs: Record<string, number> }; workerThreads: { workers: number; seconds: number; cpuSeconds: number; articlesPerSecond: number; peakMemoryMb: number }; incremental: { fullSeconds: number; oneEventChangedSeconds: number; ratio: number } };
    const s = r.series as { events: { points: Array<{ events: number; articles: number; seconds: number }>; exponent: number; exponentByText: number }; oneEvent: { points: Array<{ articles: number; seconds: number }>; exponent: number; exponentByText: number; alignExponent: number } };
    rows.push(`| 200 events, one thread | ${c.articles} | ${c.oneThread.seconds} s | ${c.oneThread.articlesPerSecond} | ${Object.entries(c.oneThread.stagesMs).map(([k, v]) => `${k} ${round(v / 1000)}`).join(' / ')} s |`);
    rows.push(`| 200 events, \`extract\` as one process, ${c.workerThreads.workers} worker threads | ${c.articles} | ${c.workerThreads.seconds} s | ${c.workerThreads.articlesPerSecond} | ${c.workerThreads.cpuSeconds} s CPU, peak ${c.workerThreads.peakMemoryMb} MB, model loads and start-up included |`);
    rows.push(`| 200 events, one changed (cache) | ${c.articles} | ${c.incremental.oneEventChangedSeconds} s | | ${c.incremental.ratio} of a full extraction (${c.incremental.fullSeconds} s) |`);
    const b = (r.corpus as { siteBuild: SiteBuildRun | string }).siteBuild;
    if (typeof b === 'string') rows.push(`| 200-event site build | | | | ${b} |`);
    else rows.push(`| 200-event site build (\`build\`: extract, Astro builds in batches, search index) | ${c.articles} | ${round(b.seconds)} s | | extract ${round(b.extractSeconds)} s, Astro and search ${round(b.renderSeconds)} s; peak ${b.peakTreeMemoryMb ?? b.peakMemoryMb} MB summed over its processes |`);
    for (const p of s.events.points) rows.push(`| ${p.events} events, one thread | ${p.articles} | ${p.seconds} s | ${Math.round(p.articles / p.seconds)} | |`);
    rows.push(`| growth over events | | | | exponent ${s.events.exponent} by articles, ${s.events.exponentByText} by characters of text |`);
    for (const p of s.oneEvent.points) rows.push(`| one event of article halves | ${p.articles} | ${p.seconds} s | ${Math.round(p.articles / p.seconds)} | |`);
    rows.push(`| growth within one event | | | | exponent ${s.oneEvent.exponent} by articles, ${s.oneEvent.exponentByText} by characters (alignment alone ${s.oneEvent.alignExponent}) |`);
  }
  rows.push(`| peak memory of the bench process | | | | ${r.peakMemoryMb} MB |`);
  return rows.join('\n');
}
