/**
 * npm run bench: per-stage extraction times for the bundled event, and throughput and peak
 * memory over the multi-news corpus (from ../shared at run time). Writes bench/results.json.
 * Times are wall-clock medians of repeated runs on this machine; the model load is reported apart.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runPipeline, type Stage } from '../pipeline.ts';
import { nlp } from '../segment/nlp.ts';
import { VERSION } from '../version.ts';
import { pageScriptBytes } from '../budgets/pageScripts.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(process.env.CORROBORATE_SHARED ?? join(ROOT, '../shared'), 'corpora/multi-news');
const RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeModelLoad(): number {
  const start = performance.now();
  nlp();
  return performance.now() - start;
}

function benchBundled(): { stages: Record<string, number>; totalMs: number; articles: number } {
  const runs: Array<Record<string, number>> = [];
  let articles = 0;
  for (let i = 0; i < RUNS; i++) {
    const stages: Record<string, number> = {};
    articles = runPipeline(join(ROOT, 'content/sources'), { timed: (stage: Stage, ms) => { stages[stage] = ms; } }).facts.sources.length;
    runs.push(stages);
  }
  const stages = Object.fromEntries(Object.keys(runs[0]!).map((k) => [k, round(median(runs.map((r) => r[k]!)))]));
  return { stages, totalMs: round(Object.values(stages).reduce((a, b) => a + b, 0)), articles };
}

function benchCorpus(): { clusters: number; articles: number; seconds: number; articlesPerSecond: number; stages: Record<string, number> } | undefined {
  if (!existsSync(join(CORPUS, 'split.mjs'))) return undefined;
  const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  try {
    const dirs: string[] = [];
    for (let i = 0; i < 200; i++) {
      const dir = join(work, String(i));
      mkdirSync(dir);
      execFileSync(process.execPath, [join(CORPUS, 'split.mjs'), String(i), dir]);
      dirs.push(dir);
    }
    const stages: Record<string, number> = {};
    let articles = 0;
    const start = performance.now();
    for (const dir of dirs) articles += runPipeline(dir, { timed: (stage, ms) => { stages[stage] = (stages[stage] ?? 0) + ms; } }).facts.sources.length;
    const seconds = (performance.now() - start) / 1000;
    return { clusters: dirs.length, articles, seconds: round(seconds), articlesPerSecond: Math.round(articles / seconds), stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, round(v)])) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

const modelLoadMs = round(timeModelLoad());
const bundled = benchBundled();
const corpus = benchCorpus();
const peakMemoryMb = Math.round(process.resourceUsage().maxRSS / 1024);
// The explainer's JavaScript before search is opened (budget 30 KB gzipped), when dist/ is built.
const explainerJsGzipBytes = existsSync(join(ROOT, 'dist/index.html')) ? pageScriptBytes(join(ROOT, 'dist'), join(ROOT, 'dist/index.html')).gzipBytes : undefined;
const results = { version: VERSION, date: new Date().toISOString().slice(0, 10), node: process.version, modelLoadMs, bundled, corpus: corpus ?? 'skipped: ../shared/corpora/multi-news not found', peakMemoryMb, explainerJsGzipBytes };
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

console.log(`corroborate ${VERSION} on ${process.version}; wink model load ${modelLoadMs} ms (once per process)`);
console.log(`bundled event (${bundled.articles} articles), median of ${RUNS} runs: ${bundled.totalMs} ms`);
for (const [stage, ms] of Object.entries(bundled.stages)) console.log(`  ${stage.padEnd(14)} ${ms} ms`);
if (corpus) {
  console.log(`multi-news corpus: ${corpus.clusters} clusters, ${corpus.articles} articles in ${corpus.seconds} s = ${corpus.articlesPerSecond} articles/s`);
  for (const [stage, ms] of Object.entries(corpus.stages)) console.log(`  ${stage.padEnd(14)} ${ms} ms`);
} else console.log('multi-news corpus: skipped (../shared/corpora/multi-news not found)');
console.log(`explainer JavaScript: ${explainerJsGzipBytes === undefined ? 'not measured (run npm run build first)' : `${explainerJsGzipBytes} bytes gzipped (budget 30720)`}`);
console.log(`peak memory ${peakMemoryMb} MB; written to bench/results.json`);
