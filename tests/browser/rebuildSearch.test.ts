/**
 * Search on a rebuilt site, in Chromium: after one event changed, the rebuild writes its index over
 * the previous one's files (render/keptSearchFiles.ts); a reader must find the changed event's new
 * words, the kept events' words as before, and the same results as on a site built from scratch.
 * Over the invented fixture events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { corroborate, ROOT } from '../support/cli.ts';
import { serve } from '../support/staticServer.ts';
import { launch } from '../support/browser.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-rebuild-search-'));
const sources = join(work, 'sources');
const article = join(sources, 'bridge-closure/city-desk.txt');
const build = (out: string, ...options: string[]) => {
  const run = corroborate('build', sources, '--out', out, '--quiet', ...options);
  expect(run.status, run.stderr).toBe(0);
};
let rebuilt: Awaited<ReturnType<typeof serve>>;
let scratch: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  cpSync(join(ROOT, 'tests/fixtures/events'), sources, { recursive: true });
  const cache = ['--cache', join(work, 'cache')];
  build(join(work, 'rebuilt'), ...cache);
  writeFileSync(article, `${readFileSync(article, 'utf8')}\nCrews floated temporary pontoons beside the closed span.\n`);
  build(join(work, 'rebuilt'), ...cache);
  build(join(work, 'scratch'), '--no-cache');
  rebuilt = await serve(join(work, 'rebuilt'));
  scratch = await serve(join(work, 'scratch'));
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await rebuilt?.close();
  await scratch?.close();
});

/** The result links of a search on the site's search page. */
async function search(url: string, query: string): Promise<string[]> {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  // The page says how many results it shows once it has shown them all.
  await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 10_000 }).toMatch(/result/);
  const hrefs = await page.locator('.search-results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(errors).toEqual([]);
  await page.context().close();
  return hrefs;
}

describe('search on a site rebuilt after one event changed', () => {
  it('finds the changed event\'s new words, and the kept events\' as before', async () => {
    const found = await search(rebuilt.url, 'pontoons');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((href) => href.startsWith('/bridge-closure/'))).toBe(true);
    expect((await search(rebuilt.url, 'ferry')).some((href) => href.startsWith('/ferry-fire/'))).toBe(true);
  });

  it('gives the same results as the same site built from scratch', async () => {
    for (const query of ['pontoons', 'girders', 'ferry', 'grain']) {
      expect(await search(rebuilt.url, query), query).toEqual(await search(scratch.url, query));
    }
  });
});
