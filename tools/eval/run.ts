/**
 * npm run eval: runs the pipeline on every cluster that has a gold file in tests/gold/ and
 * prints recall, precision and the rest per cluster and overall, dev and held-out apart.
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
const GOLD_DIR = join(ROOT, 'tests/gold');
const CORPUS = resolve(process.env.CORROBORATE_SHARED ?? join(ROOT, '../shared'), 'corpora/multi-news');

interface Row {
  name: string;
  gold: Gold;
  score: Score;
}

function main(): number {
  const { values } = parseArgs({ options: { json: { type: 'string' }, misses: { type: 'boolean' } } });
  const golds = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json') && f !== 'results.json').sort();
  const rows: Row[] = [];
  const skipped: string[] = [];
  const work = mkdtempSync(join(tmpdir(), 'corroborate-eval-'));
  try {
    for (const file of golds) {
      const gold = GoldSchema.parse(JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')));
      const name = file.replace(/\.json$/, '');
      const dir = articlesFor(gold, join(work, name));
      if (!dir) { skipped.push(name); continue; }
      rows.push({ name, gold, score: scoreFacts(gold, runPipeline(dir).facts) });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (skipped.length) console.log(`Skipped ${skipped.join(', ')}: ${CORPUS} is not here. The gold files hold facts only; the articles come from ../shared/corpora/multi-news at run time (set CORROBORATE_SHARED to point elsewhere).\n`);
  console.log(table(rows));
  if (values.misses) for (const row of rows.filter((r) => r.gold.split === 'dev')) for (const m of row.score.misses) console.log(`${row.name}: ${m}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ version: VERSION, clusters: rows.map((r) => ({ name: r.name, kind: r.gold.kind, split: r.gold.split, ...metrics(r.score) })) }, null, 2)}\n`);
  return rows.length ? 0 : 1;
}

/** The folder of articles for a gold file, or undefined when they are not available here. */
function articlesFor(gold: Gold, dir: string): string | undefined {
  if (gold.cluster.corpus === 'bundled') return join(ROOT, 'content/sources');
  if (!existsSync(join(CORPUS, 'split.mjs'))) return undefined;
  execFileSync(process.execPath, [join(CORPUS, 'split.mjs'), String(gold.cluster.index), dir]);
  return dir;
}

function metrics(s: Score): Record<string, number | undefined> {
  return {
    quantityRecall: rate(s.quantityRecall),
    quantityPrecision: rate(s.quantityPrecision),
    quoteRecall: rate(s.quoteRecall),
    speakerAccuracy: rate(s.speakerAccuracy),
    oneClaimPerFact: rate(s.oneClaimPerFact),
    conflictRecall: rate(s.conflictRecall),
    boilerplateLeaks: s.boilerplateLeaks,
  };
}

function cell(r: Ratio): string {
  const value = rate(r);
  return value === undefined ? '–' : `${value.toFixed(2)} (${r.hit}/${r.of})`;
}

function table(rows: Row[]): string {
  const header = '| cluster | kind | split | qty recall | qty precision | quote recall | speaker | one claim per fact | conflicts | leaks |';
  const line = (name: string, kind: string, split: string, s: Score): string =>
    `| ${name} | ${kind} | ${split} | ${cell(s.quantityRecall)} | ${cell(s.quantityPrecision)} | ${cell(s.quoteRecall)} | ${cell(s.speakerAccuracy)} | ${cell(s.oneClaimPerFact)} | ${cell(s.conflictRecall)} | ${s.boilerplateLeaks} |`;
  const out = [header, `|${'---|'.repeat(10)}`];
  for (const r of rows) out.push(line(r.name, r.gold.kind, r.gold.split, r.score));
  for (const split of ['dev', 'heldout'] as const) {
    const part = rows.filter((r) => r.gold.split === split);
    if (part.length) out.push(line(`**all ${split}**`, '', split, addScores(part.map((r) => r.score))));
  }
  return out.join('\n');
}

process.exitCode = main();
