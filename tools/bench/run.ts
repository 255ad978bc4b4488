/**
 * npm run bench: how fast extraction is and how its cost grows. Measures the bundled event stage
 * by stage; the 200 multi-news clusters as a 200-event folder: stage by stage in one warm thread,
 * then as a user runs it, `node bin/corroborate.js extract` as a fresh process timed from spawn
 * to exit (Node's start, loading the code, the language model in every thread, extraction, the
 * quote checks and writing every file included), its steady-state throughput (the same command
 * on five copies of the corpus, less the run on one copy: start-up and warm-up cancel out), and
 * again after one event changed, with the cache; the whole site build as `corroborate build`;
 * growth series of 25, 50, 100 and 200 events and of one event of 10, 100 and 1,000 articles,
 * each with its fitted exponent; and peak memory. The corpus is read from ../shared at run time
 * and never copied into the repository. Writes bench/results.json and prints the README's table.
 *
 * Times are wall-clock medians of repeated runs, with the fastest and slowest beside them; CPU
 * seconds are given because on a shared machine wall time also counts other people's work (the
 * load average at the start and the end is recorded too). How fast the machine itself ran is
 * recorded (machine.ts): the time of a fixed reference workload at the start and the end, and the
 * share of the CPUs' busy time that the hypervisor gave to other machines.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPipeline, type Stage } from '../../scripts/pipeline.ts';
import { nlp } from '../../scripts/segment/nlp.ts';
import { VERSION } from '../../scripts/contracts/version.ts';
import { pageScriptBytes } from '../budgets/pageScripts.ts';
import { growthExponent } from './growth.ts';
import { articleHalves, writeClusters, writeOneEvent } from './material.ts';
import { runCli, type CliRun } from './cliRun.ts';
import { readCpuTicks, referenceTime, stealPercent, type ReferenceTime } from './machine.ts';
import { InputError } from '../../scripts/contracts/errors.ts';
import { benchOneEventBuild, range } from './oneEventBuild.ts';
import { benchSiteBuilds } from './siteBuilds.ts';
import { timePreviewEdits } from './preview.ts';
import { benchHtmlReading } from './htmlReading.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(process.env.CORROBORATE_SHARED ?? join(ROOT, '../shared'), 'corpora/multi-news');
const BUNDLED_RUNS = 7;
const RUNS = 3;
const EVENT_SERIES = [25, 50, 100, 200];
/** Article halves (see material.ts), so these articles are about half the length of the corpus's. */
const ARTICLE_SERIES = [10, 100, 1000];
/** Fresh `extract` processes of the 200 events, for the median and the spread. */
const FRESH_RUNS = 5;
/** Copies of the corpus in the steady-state run: 1,000 events, 2,850 articles. */
const COPIES = 5;

/** `--only extraction|build|site|preview|html`: one part alone (the others keep their figures in results.json). */
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && !['extraction', 'build', 'site', 'preview', 'html'].includes(only)) throw new Error(`--only takes extraction, build, site, preview or html, not ${only}`);
const runs = (part: string): boolean => only === undefined || only === part;
const previous = existsSync(join(ROOT, 'bench/results.json')) ? JSON.parse(readFileSync(join(ROOT, 'bench/results.json'), 'utf8')) as Record<string, unknown> : {};
/** Interleaved pairs of the one-event build against the bare Astro build. */
const BUILD_PAIRS = 5;
/** Interleaved pairs of cold 50- and 200-event site builds. */
const SITE_PAIRS = 2;
/** Edits timed in each preview session. */
const PREVIEW_EDITS = 5;

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

/** What the results record of a set of fresh processes: the median run, the fastest and the slowest. */
interface FreshRuns {
  runs: number;
  seconds: number;
  fastestSeconds: number;
  slowestSeconds: number;
  cpuSeconds?: number;
  /** Of cpuSeconds, in the kernel (creating the output files, mostly). */
  systemSeconds?: number;
  peakMemoryMb?: number;
  articlesPerSecond: number;
}

function summariseRuns(all: CliRun[], articles: number): FreshRuns {
  const sorted = [...all].sort((a, b) => a.seconds - b.seconds);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  const cpu = mid.cpuSeconds === undefined ? undefined : round(mid.cpuSeconds, 2);
  const system = mid.systemSeconds === undefined ? undefined : round(mid.systemSeconds, 2);
  return { runs: all.length, seconds: round(mid.seconds, 3), fastestSeconds: round(sorted[0]!.seconds, 3), slowestSeconds: round(sorted.at(-1)!.seconds, 3), cpuSeconds: cpu, systemSeconds: system, peakMemoryMb: mid.peakMemoryMb, articlesPerSecond: Math.round(articles / mid.seconds) };
}

let freshOutputs = 0;
/**
 * `extract <sources> --out <a new folder> --no-cache --quiet`. The folders are removed only when
 * the bench ends: deleting thousands of files just before a run made that run's own file writes
 * up to a second slower here (the file system finishes a deletion after it returns).
 */
async function freshExtract(sources: string, work: string): Promise<CliRun> {
  return runCli(ROOT, ['extract', sources, '--out', join(work, `fresh-${freshOutputs++}`), '--no-cache', '--quiet']);
}

/** `copies` copies of every event folder of `clusters`, as `<event>-<n>`: the same work again, as new events. */
function writeCopies(clusters: string, target: string, copies: number): string {
  for (const event of readdirSync(clusters)) for (let n = 1; n <= copies; n++) cpSync(join(clusters, event), join(target, `${event}-${n}`), { recursive: true });
  return target;
}

/** Characters of text in the article files of `dirs`. */
function characters(dirs: string[]): number {
  return dirs.reduce((sum, dir) => sum + readdirSync(dir).reduce((n, file) => n + readFileSync(join(dir, file), 'utf8').length, 0), 0);
}

/** Article files in the event folders `dirs`. */
function articlesIn(dirs: readonly string[]): number {
  return dirs.reduce((n, dir) => n + readdirSync(dir).length, 0);
}

/** Whether the pipeline builds `dir` (it refuses an event with no article text); other errors are bugs and stop the bench. */
function builds(dir: string): boolean {
  try {
    runPipeline(dir);
    return true;
  } catch (error) {
    if (error instanceof InputError) return false;
    throw error;
  }
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
const ticksAtStart = readCpuTicks();
const roundedReference = ({ medianMs, fastestMs }: ReferenceTime): ReferenceTime => ({ medianMs: round(medianMs, 1), fastestMs: round(fastestMs, 1) });
const referenceAtStart = roundedReference(referenceTime());
const modelLoadMs = round(await (async () => (await timed(() => nlp())).seconds * 1000)(), 1);

let bundled = previous.bundled as { articles: number; stages: Record<string, number>; totalMs: number };
let corpus: unknown = previous.corpus ?? 'skipped: ../shared/corpora/multi-news not found';
let series: unknown = previous.series ?? 'skipped: ../shared/corpora/multi-news not found';
if (runs('extraction')) {
const bundledStages = stageTimes([join(ROOT, 'content/sources')], BUNDLED_RUNS);
bundled = { articles: runPipeline(join(ROOT, 'content/sources')).facts.sources.length, stages: bundledStages, totalMs: round(Object.values(bundledStages).reduce((a, b) => a + b, 0), 1) };
console.log(`bundled event: ${bundled.totalMs} ms`, bundled.stages);

corpus = 'skipped: ../shared/corpora/multi-news not found';
series = corpus;
if (existsSync(join(CORPUS, 'split.mjs'))) {
  const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  try {
    const clusters = writeClusters(CORPUS, work, 200);
    const allDirs = readdirSync(clusters).sort().map((e) => join(clusters, e));
    const articles = articlesIn(allDirs);
    const threads = availableParallelism();

    // One pass first, so that the code is warm: this is the pipeline's own speed in one thread (no
    // start-up, no writing). An event with nothing to build (every article a page without its
    // story) is left out, as `extract` leaves it out with a warning.
    const eventDirs = allDirs.filter(builds);
    const builtArticles = articlesIn(eventDirs);
    const singleStages = stageTimes(eventDirs, RUNS);
    const singleSeconds = Object.values(singleStages).reduce((a, b) => a + b, 0) / 1000;
    console.log(`${eventDirs.length} events (${allDirs.length - eventDirs.length} with nothing to build) in one thread: ${round(singleSeconds)} s`, singleStages);

    // What a user runs: a fresh process of the command line, into a new folder, no cache.
    const fresh: CliRun[] = [];
    for (let r = 0; r < FRESH_RUNS; r++) fresh.push(await freshExtract(clusters, work));
    const freshProcess = { threads, ...summariseRuns(fresh, articles) };
    console.log(`200 events, \`corroborate extract\` as a fresh process: ${freshProcess.seconds} s (${freshProcess.fastestSeconds}-${freshProcess.slowestSeconds} s over ${FRESH_RUNS} runs, ${freshProcess.cpuSeconds} s CPU), peak ${freshProcess.peakMemoryMb} MB`);

    // Steady state: the same command on COPIES copies of the corpus, less a run on one copy, run
    // in pairs; what is left is the cost of (COPIES - 1) x 570 articles once start-up and warm-up are paid.
    const copies = writeCopies(clusters, join(work, 'copies'), COPIES);
    const many: CliRun[] = [];
    const one: CliRun[] = [];
    for (let r = 0; r < RUNS; r++) {
      one.push(await freshExtract(clusters, work));
      many.push(await freshExtract(copies, work));
    }
    const extraArticles = (COPIES - 1) * articles;
    const marginal = median(many.map((m, i) => m.seconds - one[i]!.seconds));
    const steadyState = {
      copies: COPIES,
      events: COPIES * allDirs.length,
      articles: COPIES * articles,
      seconds: round(median(many.map((m) => m.seconds)), 3),
      wholeRunArticlesPerSecond: Math.round((COPIES * articles) / median(many.map((m) => m.seconds))),
      marginalSeconds: round(marginal, 3),
      articlesPerSecond: Math.round(extraArticles / marginal),
      /** Each pair's throughput, for the spread. */
      pairArticlesPerSecond: many.map((m, i) => Math.round(extraArticles / (m.seconds - one[i]!.seconds))).sort((a, b) => a - b),
      cpuSeconds: round(median(many.map((m) => m.cpuSeconds ?? 0)), 2),
      systemSeconds: round(median(many.map((m) => m.systemSeconds ?? 0)), 2),
      peakMemoryMb: Math.max(...many.map((m) => m.peakMemoryMb ?? 0)) || undefined,
    };
    console.log(`steady state: ${COPIES * allDirs.length} events in ${steadyState.seconds} s; ${extraArticles} articles beyond the first ${articles} in ${steadyState.marginalSeconds} s: ${steadyState.articlesPerSecond} articles/s`);

    // Incremental: a full extraction with an empty cache, then one event changed and extracted again.
    const full: number[] = [];
    const again: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const args = ['--out', join(work, `out-${r}`), '--cache', join(work, `cache-${r}`), '--quiet'];
      full.push((await runCli(ROOT, ['extract', clusters, ...args])).seconds);
      appendFileSync(join(eventDirs[r]!, 'article1.txt'), `\nOfficials said on Tuesday that the review (number ${r + 1}) would take weeks.\n`);
      again.push((await runCli(ROOT, ['extract', clusters, ...args])).seconds);
    }
    const incremental = { fullSeconds: round(median(full)), oneEventChangedSeconds: round(median(again)), ratio: round(median(again) / median(full), 3) };
    console.log('incremental', incremental);

    // The whole site, as `corroborate build` runs it (one run: it takes about half a minute), with
    // an empty cache; the progress line that announces Astro splits extraction from rendering.
    // Then one event changes and the site is built again over the same cache and site folder.
    const RENDER = 'rendering the pages';
    const siteArgs = ['--out', join(work, 'site'), '--cache', join(work, 'site-cache')];
    const build = await runCli(ROOT, ['build', clusters, ...siteArgs], [RENDER]);
    const extractSeconds = build.marks[RENDER] ?? build.seconds;
    appendFileSync(join(eventDirs[RUNS]!, 'article1.txt'), '\nOfficials said on Tuesday that the review would take six weeks.\n');
    const rebuild = await runCli(ROOT, ['build', clusters, ...siteArgs], [RENDER]);
    const siteBuild = {
      events: allDirs.length, seconds: round(build.seconds), extractSeconds: round(extractSeconds), renderSeconds: round(build.seconds - extractSeconds),
      cpuSeconds: build.cpuSeconds === undefined ? undefined : round(build.cpuSeconds), peakTreeMemoryMb: build.peakMemoryMb,
      oneEventChangedSeconds: round(rebuild.seconds), ratio: round(rebuild.seconds / build.seconds, 3),
    };
    console.log(`200-event site build: ${siteBuild.seconds} s (extract ${siteBuild.extractSeconds} s, Astro and search ${siteBuild.renderSeconds} s), peak ${siteBuild.peakTreeMemoryMb} MB summed over its processes; again after one event changed: ${siteBuild.oneEventChangedSeconds} s (${siteBuild.ratio})`);

    corpus = {
      events: allDirs.length,
      articles,
      /** Events with nothing to build, left out of the runs in this thread (the command line leaves them out with a warning). */
      leftOut: allDirs.length - eventDirs.length,
      oneThread: { events: eventDirs.length, articles: builtArticles, seconds: round(singleSeconds), articlesPerSecond: Math.round(builtArticles / singleSeconds), stagesMs: singleStages },
      freshProcess,
      steadyState,
      incremental,
      siteBuild,
    };

    // Growth over events, in this process and thread (model loaded, code warm), so only the work grows.
    const eventPoints = [];
    for (const count of EVENT_SERIES) {
      const dirs = eventDirs.slice(0, count);
      const n = articlesIn(dirs);
      const t = await medianTiming(RUNS, () => { for (const dir of dirs) runPipeline(dir); });
      eventPoints.push({ events: dirs.length, articles: n, characters: characters(dirs), ...t });
      console.log(`${dirs.length} events (${n} articles), one thread: ${t.seconds} s`);
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

}

// (a) `corroborate build` of the bundled event against a bare Astro build of as many pages (oneEventBuild.ts).
let oneEventBuild: unknown = previous.oneEventBuild;
if (runs('build')) {
  oneEventBuild = await benchOneEventBuild(ROOT, BUILD_PAIRS);
  console.log('one-event build against bare Astro', oneEventBuild);
}

// (c) the whole site of 50 and of 200 events, cold, interleaved; a rebuild after one change (siteBuilds.ts).
let siteBuilds: unknown = previous.siteBuilds;
if (runs('site') && existsSync(join(CORPUS, 'split.mjs'))) {
  const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-site-'));
  try {
    siteBuilds = await benchSiteBuilds(ROOT, CORPUS, work, SITE_PAIRS);
    console.log('whole sites, cold, 50 and 200 events', siteBuilds);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// (d) reading saved web pages: ours against Readability over linkedom, page by page (htmlReading.ts).
let htmlReading: unknown = previous.htmlReading;
if (runs('html')) {
  htmlReading = benchHtmlReading(ROOT, resolve(CORPUS, '../article-extraction-benchmark'));
  console.log('reading saved web pages', htmlReading);
}

// (b) the live preview: save to reloaded page, for the bundled event and a 50-event folder, the
// two sessions interleaved twice so that a slow spell does not land on one of them only.
let preview: unknown = previous.preview;
if (runs('preview')) {
  const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-previewsrc-'));
  try {
    const sessions: Record<string, number[]> = { oneEvent: [], fiftyEvents: [] };
    const timings: string[] = [];
    const fifty = existsSync(join(CORPUS, 'split.mjs')) ? writeClusters(CORPUS, work, 50) : undefined;
    for (let pass = 0; pass < 2; pass++) {
      const one = await timePreviewEdits(ROOT, join(ROOT, 'content/sources'), PREVIEW_EDITS, undefined, { CORROBORATE_DEV_TIMINGS: '1' });
      sessions.oneEvent!.push(...one.ms); timings.push(...one.timings);
      if (fifty) { const many = await timePreviewEdits(ROOT, fifty, PREVIEW_EDITS, 'event-000', { CORROBORATE_DEV_TIMINGS: '1' }); sessions.fiftyEvents!.push(...many.ms); timings.push(...many.timings); }
    }
    preview = { edits: PREVIEW_EDITS, sessions: 2, oneEventMs: { all: sessions.oneEvent, ...range(sessions.oneEvent!) }, fiftyEventsMs: fifty ? { all: sessions.fiftyEvents, ...range(sessions.fiftyEvents!) } : 'skipped: no corpus', serverLog: timings };
    console.log('live preview', preview);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const peakMemoryMb = Math.round(process.resourceUsage().maxRSS / 1024);
// The explainer's JavaScript before search is opened (budget 30 KB gzipped), when dist/ is built.
const explainerJsGzipBytes = existsSync(join(ROOT, 'dist/index.html')) ? pageScriptBytes(join(ROOT, 'dist'), join(ROOT, 'dist/index.html')).gzipBytes : undefined;
const loadAtEnd = loadavg().map((l) => round(l, 1));
const steal = stealPercent(ticksAtStart, readCpuTicks());
const machine = {
  /** machine.ts's fixed workload, which never changes with corroborate's code: compare bench runs by it (lower is faster). */
  reference: { atStart: referenceAtStart, atEnd: roundedReference(referenceTime()) },
  /** Of the time the CPUs wanted to run during the bench, the percentage the hypervisor gave to other machines (Linux only). */
  stealPercent: steal === undefined ? undefined : round(steal, 1),
};
const results = { ...previous, version: VERSION, date: new Date().toISOString().slice(0, 10), node: process.version, cores: availableParallelism(), loadAverageAtStart: load, loadAverageAtEnd: loadAtEnd, machine, modelLoadMs, bundled, corpus, series, oneEventBuild, siteBuilds, preview, htmlReading, peakMemoryMb, explainerJsGzipBytes };
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(`\ncorroborate ${VERSION} on ${process.version}, ${results.cores} cores, load average ${load.join(' ')} at start, ${loadAtEnd.join(' ')} at the end; wink model load ${modelLoadMs} ms once per extracting thread`);
const showReference = (r: ReferenceTime): string => `${r.medianMs} ms (fastest ${r.fastestMs})`;
console.log(`machine speed: reference workload ${showReference(machine.reference.atStart)} at the start, ${showReference(machine.reference.atEnd)} at the end (lower is faster); busy CPU time stolen by the hypervisor: ${machine.stealPercent === undefined ? 'not measured (no /proc/stat)' : `${machine.stealPercent} %`}`);
console.log(table(results));
console.log(`explainer JavaScript: ${explainerJsGzipBytes === undefined ? 'not measured (run npm run build first)' : `${explainerJsGzipBytes} bytes gzipped (budget 30720)`}`);
console.log(`peak memory ${peakMemoryMb} MB; written to bench/results.json`);

/** The README's table. */
function table(r: typeof results): string {
  const rows = ['| run | articles | time | articles/s | notes |', '| --- | --- | --- | --- | --- |'];
  rows.push(`| bundled event | ${r.bundled.articles} | ${r.bundled.totalMs} ms | | ${Object.entries(r.bundled.stages).map(([k, v]) => `${k} ${v}`).join(' / ')} ms |`);
  if (typeof r.corpus === 'object' && typeof r.series === 'object') {
    const c = r.corpus as { events: number; articles: number; leftOut: number; oneThread: { events: number; articles: number; seconds: number; articlesPerSecond: number; stagesMs: Record<string, number> }; freshProcess: FreshRuns & { threads: number }; steadyState: { events: number; articles: number; seconds: number; marginalSeconds: number; articlesPerSecond: number; pairArticlesPerSecond: number[]; wholeRunArticlesPerSecond: number; cpuSeconds: number; systemSeconds: number }; incremental: { fullSeconds: number; oneEventChangedSeconds: number; ratio: number }; siteBuild: { seconds: number; extractSeconds: number; renderSeconds: number; peakTreeMemoryMb?: number; oneEventChangedSeconds: number; ratio: number } };
    const s = r.series as { events: { points: Array<{ events: number; articles: number; seconds: number }>; exponent: number; exponentByText: number }; oneEvent: { points: Array<{ articles: number; seconds: number }>; exponent: number; exponentByText: number; alignExponent: number } };
    const f = c.freshProcess;
    rows.push(`| ${c.oneThread.events} events, one warm thread (stages summed${c.leftOut ? `; ${c.leftOut} of the ${c.events} ${c.leftOut === 1 ? 'has' : 'have'} nothing to build` : ''}) | ${c.oneThread.articles} | ${c.oneThread.seconds} s | ${c.oneThread.articlesPerSecond} | ${Object.entries(c.oneThread.stagesMs).map(([k, v]) => `${k} ${round(v / 1000)}`).join(' / ')} s |`);
    rows.push(`| 200 events, \`corroborate extract\` as a fresh process, ${f.threads} threads | ${c.articles} | ${f.seconds} s | ${f.articlesPerSecond} | spawn to exit: start-up, model loads, quote checks and writing included; ${f.fastestSeconds}-${f.slowestSeconds} s over ${f.runs} runs; ${f.cpuSeconds} s CPU (${f.systemSeconds} s of it in the kernel); peak ${f.peakMemoryMb} MB |`);
    rows.push(`| steady state: the same command on ${c.steadyState.events} events (5 copies of the corpus) | ${c.steadyState.articles} | ${c.steadyState.seconds} s | ${c.steadyState.articlesPerSecond} | the ${c.steadyState.articles - c.articles} articles beyond one copy took ${c.steadyState.marginalSeconds} s (pairs: ${c.steadyState.pairArticlesPerSecond.join(', ')}/s; the whole run ${c.steadyState.wholeRunArticlesPerSecond}/s, ${c.steadyState.cpuSeconds} s CPU, ${c.steadyState.systemSeconds} s in the kernel) |`);
    rows.push(`| 200 events, one changed (cache) | ${c.articles} | ${c.incremental.oneEventChangedSeconds} s | | ${c.incremental.ratio} of a full extraction (${c.incremental.fullSeconds} s) |`);
    const b = c.siteBuild;
    rows.push(`| 200-event site (\`corroborate build\`: extract, Astro builds in batches, search index) | ${c.articles} | ${b.seconds} s | | extract ${b.extractSeconds} s, Astro and search ${b.renderSeconds} s; peak ${b.peakTreeMemoryMb} MB summed over its processes |`);
    rows.push(`| 200-event site again, one event changed (cache, previous site) | ${c.articles} | ${b.oneEventChangedSeconds} s | | ${b.ratio} of the full build: one event and the site's own pages rendered, the others' pages moved over, the search index made again |`);
    for (const p of s.events.points) rows.push(`| ${p.events} events, one thread | ${p.articles} | ${p.seconds} s | ${Math.round(p.articles / p.seconds)} | |`);
    rows.push(`| growth over events | | | | exponent ${s.events.exponent} by articles, ${s.events.exponentByText} by characters of text |`);
    for (const p of s.oneEvent.points) rows.push(`| one event of article halves | ${p.articles} | ${p.seconds} s | ${Math.round(p.articles / p.seconds)} | |`);
    rows.push(`| growth within one event | | | | exponent ${s.oneEvent.exponent} by articles, ${s.oneEvent.exponentByText} by characters (alignment alone ${s.oneEvent.alignExponent}) |`);
  }
  type Range = { median: number; fastest: number; slowest: number };
  if (typeof r.oneEventBuild === 'object' && r.oneEventBuild) {
    const b = r.oneEventBuild as { pages: number; pairs: number; corroborateSeconds: Range; bareAstroSeconds: Range; ratio: number; ratios: number[]; phasesSeconds?: Record<string, number>; nodeStartSeconds: Range; pagefindSeconds: Range };
    const phases = b.phasesSeconds ? Object.entries(b.phasesSeconds).map(([k, v]) => `${k} ${v}`).join(' / ') : '';
    rows.push(`| bundled event, \`corroborate build\` (fresh process, no cache) | 5 | ${b.corroborateSeconds.median} s | | ${b.corroborateSeconds.fastest}-${b.corroborateSeconds.slowest} s over ${b.pairs} runs; phases (medians, s): ${phases}; Pagefind alone ${b.pagefindSeconds.median} s; a bare Node start ${b.nodeStartSeconds.median} s |`);
    rows.push(`| bare Astro + Tailwind, ${b.pages} pages (interleaved with the above) | | ${b.bareAstroSeconds.median} s | | ${b.bareAstroSeconds.fastest}-${b.bareAstroSeconds.slowest} s; ratio corroborate / bare ${b.ratio} (pairs ${b.ratios.join(', ')}; target at most 2) |`);
  }
  if (typeof r.siteBuilds === 'object' && r.siteBuilds) {
    const w = r.siteBuilds as { pairs: number; fiftyEventsSeconds: Range; twoHundredEventsSeconds: Range; ratio: number; ratios: number[]; extractSeconds: Range; peakTreeMemoryMb: number; oneEventChangedSeconds: number; rebuildRatio: number; rebuildRatioToMedian: number };
    rows.push(`| 50-event site, cold (\`corroborate build\`) | | ${w.fiftyEventsSeconds.median} s | | ${w.fiftyEventsSeconds.fastest}-${w.fiftyEventsSeconds.slowest} s over ${w.pairs} runs, interleaved with the row below |`);
    rows.push(`| 200-event site, cold | | ${w.twoHundredEventsSeconds.median} s | | ${w.twoHundredEventsSeconds.fastest}-${w.twoHundredEventsSeconds.slowest} s; extract ${w.extractSeconds.median} s; time(200) / time(50) ${w.ratio} (pairs ${w.ratios.join(', ')}; target at most 4.4); peak ${w.peakTreeMemoryMb} MB summed over its processes (target under 1,024); target under 40 s |`);
    rows.push(`| 200-event site again, one event changed | | ${w.oneEventChangedSeconds} s | | ${w.rebuildRatio} of the cold build it builds on (${w.rebuildRatioToMedian} of the median; target at most 0.15) |`);
  }
  if (typeof r.preview === 'object' && r.preview) {
    const p = r.preview as { edits: number; sessions: number; oneEventMs: Range; fiftyEventsMs: Range | string };
    rows.push(`| live preview, bundled event: save to reloaded page (Chromium) | 5 | ${p.oneEventMs.median} ms | | ${p.sessions} sessions of ${p.edits} edits: ${p.oneEventMs.fastest}-${p.oneEventMs.slowest} ms; target 1,000 ms |`);
    if (typeof p.fiftyEventsMs === 'object') rows.push(`| live preview, 50-event folder | | ${p.fiftyEventsMs.median} ms | | ${p.fiftyEventsMs.fastest}-${p.fiftyEventsMs.slowest} ms; target 2,000 ms |`);
  }
  if (typeof r.htmlReading === 'object' && r.htmlReading) {
    const h = r.htmlReading as { pages: number; oursMsPerPage: number; readabilityMsPerPage: number; ratio: number; slowerPages: number };
    rows.push(`| reading saved web pages (benchmark pages), ours against Readability over linkedom | ${h.pages} pages | ${h.oursMsPerPage} ms a page | | Readability ${h.readabilityMsPerPage} ms a page; ratio ${h.ratio} (target at most 1); ${h.slowerPages} pages slower |`);
  }
  rows.push(`| peak memory of the bench process | | | | ${r.peakMemoryMb} MB |`);
  return rows.join('\n');
}
