/** Budgets checked on the built files: html-validate on pages, gzipped JavaScript a page loads. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Tailwind's arbitrary classes and Astro's data attributes are fine; long lines of article text are too.
    'no-inline-style': 'off',
    // Prettier-style self-closing void elements come from Astro's output.
    'void-style': 'off',
    // Article text keeps its typographic quotes and dashes as written.
    'no-raw-characters': 'off',
  },
});

/** html-validate's messages for one page, as "line:column rule: message". */
export async function htmlProblems(page: string): Promise<string[]> {
  const report = await validator.validateString(readFileSync(page, 'utf8'), page);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

/**
 * Gzipped bytes of the JavaScript a page loads as it opens: its module scripts and
 * everything they import statically (dynamic imports, such as search, load later).
 */
export function pageScriptBytes(siteDir: string, page: string, base = '/'): { files: string[]; gzipBytes: number } {
  const html = readFileSync(page, 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  let gzipBytes = 0;
  while (queue.length) {
    const src = queue.shift()!;
    if (seen.has(src)) continue;
    seen.add(src);
    const file = join(siteDir, src.slice(base.length));
    if (!existsSync(file)) throw new Error(`${page} loads ${src}, which is not in the site`);
    const code = readFileSync(file);
    gzipBytes += gzipSync(code, { level: 9 }).length;
    // Static imports between bundled chunks: import "./x.js" / import {a} from "./x.js".
    for (const m of code.toString('utf8').matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      const dir = src.slice(0, src.lastIndexOf('/') + 1);
      queue.push(new URL(m[1]!, `http://x${dir}`).pathname);
    }
  }
  return { files: [...seen], gzipBytes };
}
