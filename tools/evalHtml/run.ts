/**
 * npm run eval:html: scores how well saved web pages are read, on the pages of Zyte's
 * article-extraction benchmark in ../shared/corpora/article-extraction-benchmark/, exactly as
 * the benchmark scores (score.ts), and scores Mozilla Readability over linkedom alone on the
 * same pages as the baseline. Ours is scored twice: as ingest reads the page (the paragraphs
 * not set aside) and as the pipeline then uses it (the content blocks after clean, whose rules
 * are for English news); the headline is not part of the benchmark's body.
 * Also times the readers, one after another (warm, best of --runs): a rough figure, as the load
 * of the machine changes between them; eval:html:speed (speed.ts) compares them fairly.
 *
 *   npm run eval:html [-- --worst 10] [-- --json out.json] [-- --page <id>]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlToView, squeeze } from '../../scripts/ingest/html.ts';
import { cleanArticle } from '../../scripts/clean/clean.ts';
import { pagePrecision, pageRecall, sameTokens, scorePage, summarise, type PageScore, type Summary } from './score.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(process.env.CORROBORATE_SHARED ?? join(ROOT, '../shared'), 'corpora/article-extraction-benchmark');
/** A page loses its article when less than half of its body's shingles come out. */
const LOST_RECALL = 0.5;

/** The article as ingest reads it: the page's paragraphs that are not set aside, less the headline. */
export function ourReading(html: string, keepEmbeds = false): string {
  const page = htmlToView(html);
  const title = squeeze(page.meta.title ?? '');
  const paras: string[] = [];
  let start = 0;
  for (const text of page.view.split('\n\n')) {
    const end = start + text.length;
    if (!page.setAside.some((r) => start >= r.start && end <= r.end && !(keepEmbeds && r.reason === 'embed')) && !(title && squeeze(text) === title)) paras.push(text);
    start = end + 2;
  }
  return paras.join('\n');
}

/** The article text the pipeline uses from a page: the content blocks after clean (English rules). */
export function ourArticle(html: string): string {
  const page = htmlToView(html);
  const clean = cleanArticle({ source: { id: 'page', file: 'page.html' }, format: 'html', fileText: html, view: page.view, bodyStart: 0, toFile: page.toFile, setAside: page.setAside });
  return clean.blocks.filter((b) => b.kind === 'content').map((b) => page.view.slice(b.start, b.end)).join('\n');
}

/** Readability over linkedom alone: the article's textContent, as the benchmark's readability.js entry. */
export function readabilityArticle(html: string): string {
  try {
    const { document } = parseHTML(html);
    return new Readability(document as unknown as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

interface Reader {
  name: string;
  read: (html: string) => string;
}

interface PageRow {
  id: string;
  score: PageScore;
  exact: boolean;
  ms: number;
}

function timeBest(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

function main(): void {
  const { values } = parseArgs({ options: { worst: { type: 'string' }, json: { type: 'string' }, page: { type: 'string' }, runs: { type: 'string' } } });
  const truth = JSON.parse(readFileSync(join(CORPUS, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  let ids = readdirSync(join(CORPUS, 'html')).filter((f) => f.endsWith('.html.gz')).map((f) => f.replace(/\.html\.gz$/, '')).sort();
  if (values.page) ids = ids.filter((id) => id === values.page);
  const pages = ids.map((id) => ({ id, html: gunzipSync(readFileSync(join(CORPUS, 'html', `${id}.html.gz`))).toString('utf8'), body: truth[id]?.articleBody ?? '' }));
  const runs = Number(values.runs ?? 2);
  const readers: Reader[] = [{ name: 'corroborate (ingest)', read: ourReading }, { name: 'corroborate (+ clean)', read: ourArticle },
    // What setting embedded posts aside costs: the benchmark's bodies include embedded tweets.
    { name: '  (ingest, embeds kept)', read: (html) => ourReading(html, true) }, { name: 'readability (linkedom)', read: readabilityArticle }];
  const results: Array<{ reader: string; summary: Summary; lost: string[]; ms: number; rows: PageRow[] }> = [];
  for (const reader of readers) {
    reader.read(pages[0]!.html); // load and warm up
    const rows: PageRow[] = pages.map((p) => {
      let out = '';
      const ms = timeBest(() => { out = reader.read(p.html); }, runs);
      if (values.page) console.log(`--- ${reader.name} ---\n${out}\n`);
      return { id: p.id, score: scorePage(p.body, out), exact: sameTokens(p.body, out), ms };
    });
    const lost = rows.filter((r) => pageRecall(r.score) < LOST_RECALL).map((r) => r.id);
    results.push({ reader: reader.name, summary: summarise(rows), lost, ms: rows.reduce((a, r) => a + r.ms, 0), rows });
  }
  const f = (x: number): string => x.toFixed(3);
  console.log(`article-extraction-benchmark: ${pages.length} pages (${CORPUS})\n`);
  console.log('reader                    F1     precision  recall  accuracy  lost  time (ms, all pages)');
  for (const r of results) {
    console.log(`${r.reader.padEnd(24)}  ${f(r.summary.f1)}  ${f(r.summary.precision)}      ${f(r.summary.recall)}   ${f(r.summary.accuracy)}     ${String(r.lost.length).padStart(4)}  ${r.ms.toFixed(0)}`);
  }
  console.log('published (all 181 pages): rs_trafilatura 0.970 (P 0.951, R 0.990); trafilatura 2.0.0 0.958 (P 0.938, R 0.978); readability.js 0.947 (P 0.914, R 0.982)');
  const ours = results[0]!;
  if (ours.lost.length) console.log(`\npages that lose their article (recall < ${LOST_RECALL}): ${ours.lost.map((id) => id.slice(0, 12)).join(', ')}`);
  const worst = Number(values.worst ?? 0);
  if (worst > 0) {
    const by = (key: (s: PageScore) => number): PageRow[] => [...ours.rows].sort((a, b) => key(a.score) - key(b.score)).slice(0, worst);
    console.log('\nlowest precision:', by(pagePrecision).map((r) => `${r.id.slice(0, 12)} ${f(pagePrecision(r.score))}`).join(', '));
    console.log('lowest recall:', by(pageRecall).map((r) => `${r.id.slice(0, 12)} ${f(pageRecall(r.score))}`).join(', '));
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(results.map(({ rows, ...rest }) => ({ ...rest, pages: rows })), null, 2));
}

if (import.meta.main) main();
