/**
 * The timeline in a browser, on an invented event whose articles name days
 * (tests/fixtures/dated/pier-storm): drawn as SVG with its text alternative and data table,
 * readable at 390 px with no sideways scroll, axe-clean (colour contrast included) in light and
 * dark mode, valid HTML, and its CSV downloadable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { corroborate, ROOT } from '../support/cli.ts';
import { serve } from '../support/staticServer.ts';
import { closeSite, openSite } from '../support/browser.ts';
import { htmlProblems } from '../support/budgets.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-timeline-'));
const site = join(work, 'site');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  const run = corroborate('build', join(ROOT, 'tests/fixtures/dated/pier-storm'), '--out', site, '--no-cache', '--quiet');
  expect(run.status, run.stderr).toBe(0);
  ({ server, browser } = await openSite(site));
}, 120_000);
afterAll(async () => {
  await closeSite({ server, browser });
});

describe('the timeline chart', () => {
  it('renders on the explainer and its own page: SVG with title and description, days in order, a data table linking each claim', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    for (const path of ['/', '/charts/timeline/']) {
      await page.goto(server.url + path);
      const svg = page.locator('#chart-timeline svg[role="img"]');
      await expect.poll(() => svg.count()).toBe(1);
      expect(await svg.locator('title').textContent()).toBe('What was reported when');
      expect(await svg.locator('desc').textContent()).toMatch(/^4 dated claims on 4 days/);
      const days = await svg.locator('text[font-weight="700"]').allTextContents();
      expect(days.map((d) => d.replace(/ · .*/, ''))).toEqual(['Sun, Jun 1, 2031', 'Wed, Jun 4, 2031', 'Thu, Jun 5, 2031', 'Fri, Jun 6, 2031', 'Mon, Jun 9, 2031']);
      const rows = page.locator('#chart-timeline table tbody tr');
      expect(await rows.count()).toBe(7);
      // Each dated claim's row links to its claim; the publication rows have no claim to link.
      const links = await page.locator('#chart-timeline table tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toHaveLength(5);
      for (const href of links) expect(href).toMatch(/^\/claims\/#[a-z0-9-]+$/);
      expect(await page.locator('#chart-timeline .chart-source a').allTextContents()).toEqual(['[1] Coast Wire', '[2] Harbour Gazette']);
    }
    await page.context().close();
  });

  it('serves its data as CSV', async () => {
    const response = await fetch(`${server.url}/charts/timeline/data.csv`);
    expect(response.headers.get('content-type') ?? '').toMatch(/text\/csv|octet-stream/);
    const csv = await response.text();
    expect(csv.split('\r\n')[0]).toBe('Date,Day as written,Dated by,What was reported,Claim,Sources');
    expect(csv).toContain('not placed: its article has no publication date');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`fits 390 px without sideways scroll and passes axe, colour contrast included (${scheme} mode)`, async () => {
      const page = await (await browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme: scheme })).newPage();
      await page.goto(`${server.url}/charts/timeline/`);
      await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // The drawing itself is within the page's width, not cut off.
      const box = await page.locator('#chart-timeline svg').boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
      const results = await new AxeBuilder({ page }).withRules(['color-contrast', 'svg-img-alt', 'table-duplicate-name', 'td-headers-attr', 'link-name']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const all = await new AxeBuilder({ page }).analyze();
      expect(all.violations.map((v) => v.id)).toEqual([]);
      await page.context().close();
    });
  }

  it('passes html-validate on the chart page and the explainer', async () => {
    const problems: string[] = [];
    for (const file of ['index.html', 'charts/timeline/index.html']) problems.push(...(await htmlProblems(join(site, file))).map((p) => `${file} ${p}`));
    expect(problems).toEqual([]);
  });
});
