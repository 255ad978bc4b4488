/**
 * What a phone shows first (issue 20): the header, a headline as long as a chosen one gets
 * (24 words, TITLE_WORDS) and the event's first figures all fit a 390 x 844 screen, in light and
 * dark mode; on a wide screen the headline keeps its larger size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { corroborate, ROOT } from '../support/cli.ts';
import { serve } from '../support/staticServer.ts';
import { closeSite, openSite } from '../support/browser.ts';
import { TITLE_WORDS } from '../../scripts/compose/headlineCut.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-first-screen-'));
const articles = join(work, 'articles');
const site = join(work, 'site');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

// Invented: a headline of exactly TITLE_WORDS words over the grain fixture, whose page opens with its headline chart.
const LONG_TITLE = 'Grain convoys leave Ostrava Bay for Kellen and Dunmere as the harvest peaks and the farm cooperative moves its stores before the autumn rains';

beforeAll(async () => {
  expect(LONG_TITLE.split(' ').length).toBe(TITLE_WORDS);
  cpSync(join(ROOT, 'tests/fixtures/events/grain-shipments'), articles, { recursive: true });
  writeFileSync(join(articles, 'sources.yaml'), `event:\n  title: ${LONG_TITLE}\n`);
  const run = corroborate('build', articles, '--out', site, '--quiet');
  expect(run.status, run.stderr).toBe(0);
  ({ server, browser } = await openSite(site));
}, 120_000);
afterAll(async () => {
  await closeSite({ server, browser });
});

/** Where the headline ends and the first figure (the headline chart, else "The numbers") begins, in CSS pixels from the top. */
async function firstScreen(width: number, height: number, scheme: 'light' | 'dark'): Promise<{ headlineBottom: number; figureTop: number; fontSize: number }> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  const at = await page.evaluate(() => {
    const h1 = document.querySelector('h1')!;
    const numbers = [...document.querySelectorAll('h2')].find((h) => /numbers/i.test(h.textContent ?? ''));
    const figure = document.querySelector('figure') ?? numbers?.nextElementSibling;
    return { headlineBottom: h1.getBoundingClientRect().bottom, figureTop: figure ? figure.getBoundingClientRect().top : Infinity, fontSize: parseFloat(getComputedStyle(h1).fontSize) };
  });
  await context.close();
  return at;
}

describe('the first screen', () => {
  it('holds the header, a 24-word headline and the start of the first figures on a 390 px phone', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { headlineBottom, figureTop } = await firstScreen(390, 844, scheme);
      expect(headlineBottom, scheme).toBeLessThan(844 / 2);
      // The chart's first bar sits about 150 px below its top (its heading and note): that much must show too.
      expect(figureTop + 150, scheme).toBeLessThan(844);
    }
  });

  it('keeps the larger headline on a wide screen', async () => {
    const phone = await firstScreen(390, 844, 'light');
    const wide = await firstScreen(1280, 800, 'light');
    expect(wide.fontSize).toBeGreaterThan(phone.fontSize);
  });
});
