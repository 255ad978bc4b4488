/** The JavaScript budget, measured on built files (tests and `npm run bench` use it). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
