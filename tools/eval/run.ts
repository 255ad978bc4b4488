/**
 * npm run eval: runs the pipeline on every cluster that has a gold file in tests/gold/ and
 * prints recall, precision and the rest per cluster, then the dev and held-out totals side by side.
 * Multi-news articles are written from ../shared at run time (the gold holds facts only).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runPipeline } from '../../scripts/pipeline.ts';
import { GoldSchema, type Gold } from './gold.ts';
import { addScores, rate, scoreFacts, type Ratio, type Score } from './score.ts';
import { VERSION } from '../../scripts/contracts/version.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DEFAULT_GOLD_DIR = join(ROOT, 'tests/gold');
const SHARED = resolve(process.env.CORROBORATE_SHARED ?? join(ROOT, '../shared'), 'corpora');
const CORPUS = join(SHARED, 'multi-news');

interface Row {
  name: string;
  gold: Gold;
  score: Score;
}

function main(): number {
  const { values } = parseArgs({ options: { json: { type: 'string' }, gold: { type: 'string' }, misses: { type: 'boolean' }, 'claim-speakers': { type: 'boolean' }, 'claim-units': { type: 'boolean' } } });
  // --gold <dir>: score against gold kept elsewhere (a survey's own notes, written the same way), not the repo's.
  const goldDir = values.gold ? resolve(values.gold) : DEFAULT_GOLD_DIR;
  const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json') && f !== 'results.json').sort();
  const rows: Row[] = [];
  const skipped: string[] = [];
  const work = mkdtempSync(join(tmpdir(), 'corroborate-eval-'));
  try {
    for (const file of golds) {
      const gold = GoldSchema.parse(JSON.parse(readFileSync(join(goldDir, file), 'utf8')));
      const name = file.replace(/\.json$/, '');
      const dir = articlesFor(gold, join(work, name));
      if (!dir) { skipped.push(name); continue; }
      const facts = runPipeline(dir).facts;
      const sourceTexts = new Map(facts.sources.map((s) => [s.id, readFileSync(join(dir, s.file), 'utf8')]));
      rows.push({ name, gold, score: scoreFacts(gold, facts, { claimSpeakers: values['claim-speakers'], claimUnits: values['claim-units'], sourceTexts }) });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (skipped.length) console.log(`Skipped ${skipped.join(', ')}: ${CORPUS} or its sibling corpora are not here. The gold files hold facts only; the articles come from ../shared/corpora/<corpus> at run time (set CORROBORATE_SHARED to point elsewhere).\n`);
  console.log(table(rows));
  if (values.misses) for (const row of rows.filter((r) => r.gold.split === 'dev')) for (const m of row.score.misses) console.log(`${row.name}: ${m}`);
  console.log(`\n${aggregates(rows)}`);
  const totals = Object.fromEntries(SPLITS.map((split) => [split, metrics(addScores(rows.filter((r) => r.gold.split === split).map((r) => r.score)))]));
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ version: VERSION, ...totals, clusters: rows.map((r) => ({ name: r.name, kind: r.gold.kind, split: r.gold.split, ...metrics(r.score) })) }, null, 2)}\n`);
  return rows.length ? 0 : 1;
}

/** The folder of articles for a gold file, or undefined when they are not available here. */
function articlesFor(gold: Gold, dir: string): string | undefined {
  if (gold.cluster.corpus === 'bundled') return join(ROOT, 'content/sources');
  const corpus = join(SHARED, gold.cluster.corpus);
  if (!existsSync(join(corpus, 'split.mjs'))) return undefined;
  execFileSync(process.execPath, [join(corpus, 'split.mjs'), String(gold.cluster.index), dir]);
  return dir;
}

function metrics(s: Score): Record<string, number | undefined> {
  return {
    quantityRecall: rate(s.quantityRecall),
    quantityPrecision: rate(s.quantityPrecision),
    quoteRecall: rate(s.quoteRecall),
    speakerAccuracy: rate(s.speakerAccuracy),
    speakerPrecision: rate(s.speakerPrecision),
    speakerCoverage: rate(s.speakerCoverage),
    formAccuracy: rate(s.formAccuracy),
    oneClaimPerFact: rate(s.oneClaimPerFact),
    wrongMerges: s.wrongMerges.hit,
    wrongMergeShare: rate(s.wrongMerges),
    conflictRecall: rate(s.conflictRecall),
    conflictPrecision: rate(s.conflictPrecision),
    boilerplateLeaks: s.boilerplateLeaks,
    ambiguousLeaks: s.ambiguousLeaks,
  };
}

/** The leak count, and how many of them come from gold keywords that stand in more than one line of their article. */
function leaks(s: Score): string {
  return s.ambiguousLeaks ? `${s.boilerplateLeaks} (${s.ambiguousLeaks} keywords in 2+ lines)` : String(s.boilerplateLeaks);
}

/** Wrong merges as a count first (lower is better), then their share of the claims that join gold facts. */
function merges(r: Ratio): string {
  return r.of === 0 ? '–' : `${r.hit} of ${r.of} (${(r.hit / r.of).toFixed(2)})`;
}

function cell(r: Ratio): string {
  const value = rate(r);
  return value === undefined ? '–' : `${value.toFixed(2)} (${r.hit}/${r.of})`;
}

const SPLITS = ['dev', 'heldout'] as const;

function table(rows: Row[]): string {
  const header = '| cluster | kind | split | qty recall | qty precision | quote recall | speaker | speaker precision | speaker coverage | direct/reported | one claim per fact | wrong merges | conflict recall | conflict precision | leaks |';
  const out = [header, `|${'---|'.repeat(15)}`];
  for (const r of rows) out.push(line(r.name, r.gold.kind, r.gold.split, r.score));
  for (const split of SPLITS) {
    const part = rows.filter((r) => r.gold.split === split);
    if (part.length) out.push(line(`**all ${split}**`, '', split, addScores(part.map((r) => r.score))));
  }
  return out.join('\n');
}

function line(name: string, kind: string, split: string, s: Score): string {
  return `| ${name} | ${kind} | ${split} | ${cell(s.quantityRecall)} | ${cell(s.quantityPrecision)} | ${cell(s.quoteRecall)} | ${cell(s.speakerAccuracy)} | ${cell(s.speakerPrecision)} | ${cell(s.speakerCoverage)} | ${cell(s.formAccuracy)} | ${cell(s.oneClaimPerFact)} | ${merges(s.wrongMerges)} | ${cell(s.conflictRecall)} | ${cell(s.conflictPrecision)} | ${leaks(s)} |`;
}

/** Dev and held-out totals side by side, one metric a row, for reading against the targets. */
function aggregates(rows: Row[]): string {
  const totals = SPLITS.map((split) => addScores(rows.filter((r) => r.gold.split === split).map((r) => r.score)));
  const counts = SPLITS.map((split) => rows.filter((r) => r.gold.split === split).length);
  const metricRows: Array<[string, (s: Score) => Ratio]> = [
    ['quantity recall', (s) => s.quantityRecall], ['quantity precision', (s) => s.quantityPrecision],
    ['quote recall', (s) => s.quoteRecall], ['speaker (of found)', (s) => s.speakerAccuracy],
    ['speaker precision', (s) => s.speakerPrecision], ['speaker coverage', (s) => s.speakerCoverage],
    ['direct vs reported', (s) => s.formAccuracy], ['one claim per fact', (s) => s.oneClaimPerFact],
    ['conflict recall', (s) => s.conflictRecall], ['conflict precision', (s) => s.conflictPrecision],
  ];
  const out = [`| metric | dev (${counts[0]} clusters) | held out (${counts[1]} clusters) |`, '|---|---|---|'];
  for (const [label, pick] of metricRows) {
    out.push(`| ${label} | ${cell(pick(totals[0]!))} | ${cell(pick(totals[1]!))} |`);
    if (label === 'one claim per fact') out.push(`| wrong merges (of claims joining gold facts) | ${merges(totals[0]!.wrongMerges)} | ${merges(totals[1]!.wrongMerges)} |`);
  }
  out.push(`| leaks | ${leaks(totals[0]!)} | ${leaks(totals[1]!)} |`);
  return out.join('\n');
}

process.exitCode = main();
