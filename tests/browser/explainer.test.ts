/** The bundled site in a real browser: the chart is visible, and a citation leads to its passage. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { corroborate, ROOT } from '../support/cli.ts';
import { serve } from '../support/staticServer.ts';
import { launch } from '../support/browser.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-browser-'));
const site = join(work, 'site');
const generated = join(work, 'generated');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  const run = corroborate('build', join(ROOT, 'content/sources'), '--out', site, '--generated', generated, '--quiet');
  expect(run.status, run.stderr).toBe(0);
  server = await serve(site);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the explainer in Chromium', () => {
  it('shows the headline chart with its figures', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/`);
    const chart = page.locator('#chart-headline svg[role="img"]');
    await expect.poll(() => chart.isVisible()).toBe(true);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(300); // fills a phone's width
    const text = await chart.textContent();
    for (const figure of ['75,000–80,000', '8,500', '3,000']) expect(text).toContain(figure);
    await page.close();
  });

  it('follows a citation marker to the highlighted passage in its source', async () => {
    const facts = JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8'));
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const marker = page.locator('.cite[data-claim="q-8500-troops"] a.cite-marker').first();
    const source = await marker.getAttribute('data-source');
    await marker.click();
    await page.waitForURL(`**/sources/${source}/#q-8500-troops`);
    // The anchor exists and holds the first highlighted run of the claim's evidence in this source.
    const anchor = page.locator('[id="q-8500-troops"]');
    expect(await anchor.count()).toBe(1);
    const mark = page.locator('[id="q-8500-troops"] mark.passage').first();
    await expect.poll(() => mark.isVisible()).toBe(true);
    const claim = facts.claims.find((c: { id: string }) => c.id === 'q-8500-troops');
    const evidence = claim.evidence.find((e: { source: string }) => e.source === source);
    expect(evidence.quote.startsWith((await mark.textContent())!)).toBe(true);
    // The passage is highlighted as the target: its background differs from an untargeted passage.
    const targeted = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page.locator('mark.passage').filter({ hasNot: page.locator('[id="q-8500-troops"]') }).last().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(targeted).not.toBe(other);
    await page.close();
  });
});
