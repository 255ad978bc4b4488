/**
 * Reported speech and article dates as a reader sees them, on an invented event
 * (tests/fixtures/dated/harbour-board): "said that" only before a clause, the source's own
 * sentence (unquoted) for a verb with an object, on the explainer and /claims/; the article's
 * time stamp line struck through as a time stamp on its source page, and its day phrases on the
 * timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { corroborate, ROOT } from '../support/cli.ts';
import { serve } from '../support/staticServer.ts';
import { closeSite, openSite } from '../support/browser.ts';

const site = join(mkdtempSync(join(tmpdir(), 'corroborate-speech-')), 'site');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  const run = corroborate('build', join(ROOT, 'tests/fixtures/dated/harbour-board'), '--out', site, '--no-cache', '--quiet');
  expect(run.status, run.stderr).toBe(0);
  ({ server, browser } = await openSite(site));
}, 120_000);
afterAll(async () => {
  await closeSite({ server, browser });
});

const CRITICIZED = 'Mayor Ana Lima criticized the harbour board for failing to repair the pier before the storm.';
const URGED = 'Lima urged residents to stay away from the damaged pier until the repairs are done.';

describe('reported speech on the page', () => {
  it('reads "argued that ..." for a clause and the source\'s sentence, unquoted, for a verb with an object', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(server.url + '/');
    const items = (await page.locator('h2:has-text("Who said what") + ul > li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(items.some((t) => /argued that the board had ignored warnings/.test(t))).toBe(true);
    const criticized = items.find((t) => t.includes(CRITICIZED));
    expect(criticized, items.join('\n')).toBeDefined();
    expect(criticized).not.toMatch(/said that|[“”]/);
    expect(items.join('\n')).not.toMatch(/said that (?:the harbour board for|residents to)/);
    await page.goto(server.url + '/claims/');
    const rows = (await page.locator('.claim-item').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(rows.some((t) => t.includes(URGED) && !t.includes(`“${URGED}`))).toBe(true);
    expect(rows.some((t) => /argued that the board had ignored warnings/.test(t))).toBe(true);
    await page.context().close();
  });
});

describe('an article dated by its own time stamp line', () => {
  it('shows the line struck through as a time stamp, and its days on the timeline', async () => {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 800 } })).newPage();
    await page.goto(server.url + '/sources/harbour-times/');
    const stamp = page.locator('.removed', { hasText: 'Posted Wednesday, June 4, 2031' });
    expect(await stamp.count()).toBe(1);
    expect(await stamp.innerText()).toMatch(/time stamp/i);
    expect(await page.locator('body').innerText()).toMatch(/Published:\s*2031-06-04/);
    await page.goto(server.url + '/charts/timeline/');
    const days = await page.locator('#chart-timeline svg text[font-weight="700"]').allTextContents();
    expect(days.map((d) => d.replace(/ · .*/, ''))).toEqual(expect.arrayContaining(['Mon, Jun 2, 2031', 'Tue, Jun 3, 2031', 'Wed, Jun 4, 2031']));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  });
});
