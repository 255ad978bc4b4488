/**
 * A source named only by a line that is its outlet's name ("River Evening News" as the article's
 * last line, no dateline or byline), in a real browser: the site calls it by that name, the same
 * everywhere (citation cards, the claims filter, chart source lines, the CSV header), never "Source 2".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { corroborate, ROOT } from '../support/cli.ts';
import { serve } from '../support/staticServer.ts';
import { closeSite, openSite } from '../support/browser.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-source-labels-'));
const articles = join(work, 'articles');
const site = join(work, 'site');
const OUTLET = 'River Evening News';
const LABEL = `[2] ${OUTLET}`;
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  // The invented nurse-deployment event, its second article stripped of its wire dateline and signed off by its outlet's name alone.
  cpSync(join(ROOT, 'tests/fixtures/events/nurse-deployment'), articles, { recursive: true });
  const file = join(articles, 'river-post.txt');
  writeFileSync(file, `${readFileSync(file, 'utf8').replace('(River Post) - ', '').trimEnd()}\n\n${OUTLET}\n`);
  const run = corroborate('build', articles, '--out', site, '--quiet');
  expect(run.status, run.stderr).toBe(0);
  ({ server, browser } = await openSite(site));
}, 120_000);
afterAll(async () => {
  await closeSite({ server, browser });
});

describe('a source named by a lone outlet line', () => {
  it('is called by its outlet in citation cards, the claims filter, chart source lines and CSV headers', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/`);
    const cards = await page.locator('.cite-card-item a').allTextContents();
    expect(cards).toContain(LABEL);
    expect(cards.some((t) => /^Source 2$/.test(t))).toBe(false);
    const chartSources = await page.locator('.chart-source').allTextContents();
    expect(chartSources.length).toBeGreaterThan(0);
    for (const line of chartSources) expect(line).not.toContain('Source 2');
    expect(chartSources.some((line) => line.includes(LABEL))).toBe(true);
    await page.goto(`${server.url}/claims/`);
    expect(await page.locator('select[name="source"] option').allTextContents()).toContain(LABEL);
    const csv = await (await page.request.get(`${server.url}/charts/coverage/data.csv`)).text();
    expect(csv.split('\r\n')[0]).toContain(OUTLET);
    await page.context().close();
  });
});
