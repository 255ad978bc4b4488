/**
 * Where the time of reading a saved page goes, on the benchmark's pages: parse5 alone,
 * htmlparser2 alone (the other parser with source offsets, for the choice), linkedom + Readability
 * alone (the baseline), and our whole reader (htmlToView: parse5, the text walk, the article
 * finder, the rules, the metadata). Best of --runs per page, summed over all pages; the readers
 * take turns on each page (each run starting with another), so a change in the machine's load
 * (it is shared) weighs on all alike. Also ours / the baseline per page, and how many pages
 * ours reads slower.
 *
 *   npm run eval:html:speed [-- --runs 4]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'parse5';
import { Parser } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { htmlToView } from '../../scripts/ingest/html.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(process.env.CORROBORATE_SHARED ?? join(ROOT, '../shared'), 'corpora/article-extraction-benchmark');
const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 4);
const pages = readdirSync(join(CORPUS, 'html')).filter((f) => f.endsWith('.html.gz')).sort().map((f) => gunzipSync(readFileSync(join(CORPUS, 'html', f))).toString('utf8'));

const tasks: Array<[string, (html: string) => unknown]> = [
  ['parse5 (locations on)', (html) => parse(html, { sourceCodeLocationInfo: true })],
  ['htmlparser2 (events, offsets)', (html) => { let n = 0; const p = new Parser({ ontext: () => { n++; } }); p.end(html); return n; }],
  ['linkedom + Readability', (html) => new Readability(parseHTML(html).document as unknown as Document).parse()],
  ['htmlToView (ours, all of it)', (html) => htmlToView(html)],
];
for (const [, fn] of tasks) fn(pages[0]!); // load and warm up
const totals = tasks.map(() => 0);
/** Per page: ours / the baseline. */
const ratios: number[] = [];
for (const html of pages) {
  const best = tasks.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    // Each run starts with another reader, so none always pays for the garbage its predecessor left.
    for (let n = 0; n < tasks.length; n++) {
      const k = (n + r) % tasks.length;
      const t = performance.now();
      tasks[k]![1](html);
      best[k] = Math.min(best[k]!, performance.now() - t);
    }
  }
  best.forEach((b, k) => { totals[k]! += b; });
  ratios.push(best[3]! / best[2]!);
}
tasks.forEach(([name], k) => {
  const total = totals[k]!;
  console.log(`${name.padEnd(32)} ${total.toFixed(0).padStart(6)} ms for ${pages.length} pages (${(total / pages.length).toFixed(1)} ms a page)`);
});
const base = totals[2]!, ours = totals[3]!;
ratios.sort((a, b) => a - b);
const at = (q: number): string => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))]!.toFixed(2);
console.log(`ours / Readability over linkedom: ${(ours / base).toFixed(2)} in all; per page median ${at(0.5)}, 90th percentile ${at(0.9)}, worst ${at(1)}; pages slower than Readability: ${ratios.filter((r) => r > 1).length} of ${ratios.length}`);
