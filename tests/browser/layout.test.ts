/**
 * What only a browser can tell of the layout: every kind of page fits a 360 px phone without
 * scrolling sideways (the claims filter's source menu once pushed /claims/ to 435 px; a rule of
 * underscores in an article pushed its source page to 436 px at 390), and a long
 * headline does not push the header onto two rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { corroborate, ROOT } from '../support/cli.ts';
import { serve } from '../support/staticServer.ts';
import { closeSite, openSite } from '../support/browser.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-layout-'));
const articles = join(work, 'articles');
const site = join(work, 'site');
const generated = join(work, 'generated');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let sources: string[];

// An invented event with a long headline and a long outlet name, the widest a page gets.
const LONG_TITLE = 'Ferry operators and the harbour authority agree on new evening timetables after a week of cancelled crossings and protests';
const LONG_OUTLET = 'The Northern Harbour Evening Chronicle and Weekly Shipping Gazette';

beforeAll(async () => {
  cpSync(join(ROOT, 'tests/fixtures/events/ferry-fire'), articles, { recursive: true });
  // A rule of underscores and a long address, as pages' teaser lists and share lines hold: runs with no break in them.
  appendFileSync(join(articles, 'coastal-herald.txt'), `\n\n${'_'.repeat(90)}\n\nRead more: https://news.example/${'ferry-fire-'.repeat(8)}story\n`);
  writeFileSync(join(articles, 'sources.yaml'), `coastal-herald.txt:\n  publisher: ${LONG_OUTLET}\nevent:\n  title: ${LONG_TITLE}\n`);
  const run = corroborate('build', articles, '--out', site, '--generated', generated, '--quiet');
  expect(run.status, run.stderr).toBe(0);
  sources = (JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8')) as { sources: Array<{ id: string }> }).sources.map((s) => s.id);
  ({ server, browser } = await openSite(site));
}, 120_000);
afterAll(async () => {
  await closeSite({ server, browser });
});

describe('layout', () => {
  it('no page scrolls sideways at 360 px, in light or dark mode', async () => {
    const wide: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of ['/', '/claims/', ...sources.map((id) => `/sources/${id}/`), '/charts/headline/', '/about/', '/search/', '/404.html']) {
        await page.goto(server.url + path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > 360) wide.push(`${path} (${scheme}): ${width} px`);
      }
      await context.close();
    }
    expect(wide).toEqual([]);
  });

  it('keeps the header on one row at 1280 px, the long headline cut with its whole text on hover', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(server.url + '/');
    const rows = await page.evaluate(() => new Set([...document.querySelectorAll(".site-nav > *")].map((e) => { const r = e.getBoundingClientRect(); return Math.round(r.top + r.height / 2); })).size);
    expect(rows).toBe(1);
    await expect.poll(() => page.locator('.site-title').getAttribute('title')).toBe(LONG_TITLE);
    await page.context().close();
  });
});
