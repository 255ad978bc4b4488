/**
 * Reading saved web pages: ours against Readability over linkedom on the article-extraction
 * benchmark's pages, by tools/evalHtml/speed.ts in a process of its own (it interleaves the readers
 * page by page, so the machine's load weighs on both alike). The ratio is what issue 19 sets:
 * reading a page costs no more than Readability alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface HtmlReadingSpeed {
  pages: number;
  oursMsPerPage: number;
  readabilityMsPerPage: number;
  /** Ours / Readability over all pages. */
  ratio: number;
  /** Pages that ours read slower than Readability, in this run. */
  slowerPages: number;
}

export function benchHtmlReading(root: string, corpus: string, runs = 4): HtmlReadingSpeed | string {
  if (!existsSync(join(corpus, 'html'))) return 'skipped: ../shared/corpora/article-extraction-benchmark not found';
  const out = execFileSync(process.execPath, [join(root, 'tools/evalHtml/speed.ts'), '--runs', String(runs)], { cwd: root, encoding: 'utf8', env: { ...process.env, CORROBORATE_SHARED: join(corpus, '../..') } });
  const perPage = (name: string): number => Number(new RegExp(`^${name}.*\\(([\\d.]+) ms a page\\)`, 'm').exec(out)?.[1] ?? NaN);
  const summary = /in all; .*pages slower than Readability: (\d+) of (\d+)/.exec(out);
  const ratio = /ours \/ Readability over linkedom: ([\d.]+) in all/.exec(out);
  if (!summary || !ratio) throw new Error(`tools/evalHtml/speed.ts printed no summary:\n${out}`);
  return { pages: Number(summary[2]), oursMsPerPage: perPage('htmlToView'), readabilityMsPerPage: perPage('linkedom \\+ Readability'), ratio: Number(ratio[1]), slowerPages: Number(summary[1]) };
}
