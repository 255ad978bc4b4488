/**
 * The site of the four fixture events in a real browser, with the Content-Security-Policy in force:
 * the home page's filter, search across events (results as one types, each naming its event, a
 * source page's excerpt from its own text; the form without JavaScript), and axe on the home page
 * and one event's explainer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { corroborate, ROOT } from '../support/cli.ts';
import { serve } from '../support/staticServer.ts';
import { closeSite, openSite } from '../support/browser.ts';

const site = join(mkdtempSync(join(tmpdir(), 'corroborate-events-browser-')), 'site');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  const run = corroborate('build', join(ROOT, 'tests/fixtures/events'), '--out', site, '--quiet');
  expect(run.status, run.stderr).toBe(0);
  ({ server, browser } = await openSite(site));
});
afterAll(async () => {
  await closeSite({ server, browser });
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text()); });
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

describe('a site of many events in Chromium', () => {
  it('filters the list of events as one types, and searches every event', async () => {
    const { page, errors } = await open('/');
    const items = page.locator('.event-item');
    expect(await items.count()).toBe(4);
    await page.fill('#events-filter-q', 'ferry');
    await expect.poll(() => page.locator('.event-item:visible').count()).toBe(1);
    expect(await page.locator('.event-item:visible h2 a').getAttribute('href')).toBe('/ferry-fire/');
    await page.fill('#events-filter-q', '');
    await expect.poll(() => page.locator('.event-item:visible').count()).toBe(4);

    await page.fill('#site-search-q', 'girders');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL('**/search/?q=girders');
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const found = await page.locator('.search-results li a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(found.some((href) => href?.startsWith('/bridge-closure/'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('searches as one types; each result names its event, and a source page\'s excerpt is its own text', async () => {
    const { page, errors } = await open('/search/');
    // No Enter: the results follow the typing.
    await page.locator('#search-page-q').pressSequentially('girders', { delay: 30 });
    // The address follows the last keystroke once the typing pauses; on a busy machine the results of
    // an earlier prefix ("gird") may show first, so both are waited for rather than read at once.
    await expect.poll(() => new URL(page.url()).search, { timeout: 10_000 }).toBe('?q=girders');
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const results = await page.locator('.search-results li').evaluateAll((items) => items.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      title: li.querySelector('a')!.textContent!,
      where: li.querySelector('.search-where')?.textContent ?? '',
      excerpt: li.querySelector('a + p')?.textContent ?? '',
    })));
    for (const r of results.filter((r) => r.href.startsWith('/bridge-closure/'))) {
      // The event's headline, as its pages' header shows it.
      const header = await page.context().newPage();
      await header.goto(`${server.url}${r.href}`);
      expect(r.where, r.href).toContain((await header.locator('.site-title').getAttribute('title'))!);
      if (r.href.includes('/sources/')) {
        // Which source it is ("[2] Metro Report"), once: unless its title already is its label ("Source 2", "Metro Report").
        const label = (await header.locator('h1').getAttribute('data-source'))!.replace(/^\[\d+\]\s*/, '');
        if (label !== r.title) expect(r.where, r.href).toMatch(/ · (\[\d+\] .+|Source \d+)$/);
        else expect(r.where, r.href).not.toContain(r.title);
        // The page's own words: its headline, details and article text, not the claims listed under it.
        const own = await header.evaluate(() => ['h1', 'main dl', '.source-text'].map((s) => document.querySelector(s)?.textContent ?? '').join(' '));
        const words = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
        expect(` ${words(own)} `, r.href).toContain(` ${words(r.excerpt)} `);
      }
      await header.close();
    }
    expect(results.some((r) => r.href.includes('/sources/'))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('heads every page of an event with its explainer\'s headline, not one source\'s own title, and search names the event so', async () => {
    const { page, errors } = await open('/');
    for (const event of ['bridge-closure', 'ferry-fire', 'grain-shipments', 'nurse-deployment']) {
      await page.goto(`${server.url}/${event}/`);
      const headline = (await page.locator('h1').textContent())!.trim();
      for (const path of ['claims/', 'about/']) {
        await page.goto(`${server.url}/${event}/${path}`);
        expect(await page.locator('.site-title').getAttribute('title'), `${event}/${path}`).toBe(headline);
      }
      if (event !== 'ferry-fire') continue;
      // The ferry fire's first source has a headline of its own, unlike the explainer's.
      await page.goto(`${server.url}/search/`);
      await page.locator('#search-page-q').pressSequentially('passengers', { delay: 30 });
      await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const results = await page.locator('.search-results li').evaluateAll((items) => items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!, where: li.querySelector('.search-where')?.textContent ?? '',
      })));
      const own = results.filter((r) => r.href.startsWith(`/${event}/`));
      expect(own.some((r) => r.href.includes('/claims/')), JSON.stringify(results)).toBe(true);
      for (const r of own) expect(r.where, r.href).toContain(headline);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('without JavaScript, the search form still goes to the search page, which says where to look', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/bridge-closure/`);
    await page.fill('#site-search-q', 'girders');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL('**/search/?q=girders');
    expect(await page.locator('.search-status').textContent()).toContain('needs JavaScript');
    expect(await page.locator('.search-status a').getAttribute('href')).toBe('/');
    await context.close();
  });

  it('passes axe on the home page and on an event\'s explainer', async () => {
    const violations: string[] = [];
    for (const path of ['/', '/nurse-deployment/']) {
      const { page, errors } = await open(path);
      expect(errors, path).toEqual([]);
      const results = await new AxeBuilder({ page }).analyze();
      violations.push(...results.violations.map((v) => `${path} ${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`));
      await page.context().close();
    }
    expect(violations).toEqual([]);
  });
});
