/**
 * The bundled site in a real browser, with the Content-Security-Policy of its pages in force:
 * charts, citation cards by pointer, keyboard and tap, the no-JavaScript fallback, the claims
 * filter, search, chart labels cut at a word with their whole text on hover, and axe on every kind
 * of page in light and dark mode, with the contrast of chart text measured apart (axe cannot see
 * behind SVG text).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { corroborate, ROOT } from '../support/cli.ts';
import { serve } from '../support/staticServer.ts';
import { closeSite, openSite } from '../support/browser.ts';
import { lowContrastChartText } from '../support/chartContrast.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-browser-'));
const site = join(work, 'site');
const generated = join(work, 'generated');
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;
let facts: { sources: Array<{ id: string }>; claims: Array<{ id: string; kind: string; evidence: Array<{ source: string; quote: string }> }> };

beforeAll(async () => {
  const run = corroborate('build', join(ROOT, 'content/sources'), '--out', site, '--generated', generated, '--quiet');
  expect(run.status, run.stderr).toBe(0);
  facts = JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8'));
  ({ server, browser } = await openSite(site));
});
afterAll(async () => {
  await closeSite({ server, browser });
});

/** A page that fails the test on any script error or CSP violation. */
async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ page: Page; errors: string[] }> {
  // A context per page (axe needs one); close it with page.context().close().
  const page = await (await browser.newContext(options)).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text()); });
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

describe('the explainer in Chromium', () => {
  it('shows the headline chart with its figures, filling a phone\'s width', async () => {
    const { page, errors } = await open('/', { viewport: { width: 390, height: 844 } });
    const chart = page.locator('#chart-headline svg[role="img"]');
    await expect.poll(() => chart.isVisible()).toBe(true);
    expect((await chart.boundingBox())!.width).toBeGreaterThan(300);
    const text = await chart.textContent();
    for (const figure of ['75,000–80,000', '8,500', '3,000']) expect(text).toContain(figure);
    // Each bar says what it counts: "3,346 / 3,000 / 300" alone is no chart.
    for (const counted of ['75,000–80,000 troops in Europe', '8,500 U.S.-based troops', '3,000 additional American troops']) expect(text?.replace(/\s+/g, ' ')).toContain(counted);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists "The numbers" with what each figure counts and each sentence once, two figures of one sentence on one line', async () => {
    const { page, errors } = await open('/');
    const items = await page.evaluate(() => {
      const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent!.trim() === 'The numbers')!;
      let list = heading.nextElementSibling;
      while (list && list.tagName !== 'UL') list = list.nextElementSibling;
      return [...list!.querySelectorAll(':scope > li')].map((li) => {
        // The item's own text, without the citation cards' passages.
        const copy = li.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.cite-card').forEach((card) => card.remove());
        const text = copy.textContent!.replace(/\s+/g, ' ').trim();
        return { figures: li.querySelectorAll(':scope > strong').length, text };
      });
    });
    expect(items.length).toBeGreaterThan(3);
    const sentences = items.map((i) => i.text.slice(i.text.indexOf(': ') + 2).replace(/\s*\d+\/\d+\s*$/, ''));
    expect(new Set(sentences).size).toBe(sentences.length);
    // "3 ships to the Black Sea, 4 fighter jets to Bulgaria: <their one sentence>".
    expect(items.some((i) => i.figures >= 2)).toBe(true);
    // Every figure says what it counts: words follow each bold figure before its marker or the colon.
    for (const i of items) expect(i.text, i.text).toMatch(/^[^:]*?\d[\d,.–]*\s+[\p{L}]/u);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens a citation card on hover with each source\'s passage, and follows a passage link to its highlight', async () => {
    const { page, errors } = await open('/');
    const cite = page.locator('.cite[data-claim="q-8500-troops"]').first();
    const card = cite.locator('.cite-card');
    expect(await card.isVisible()).toBe(false);
    await cite.locator('a.cite-marker').hover();
    await expect.poll(() => card.isVisible()).toBe(true);
    const claim = facts.claims.find((c) => c.id === 'q-8500-troops')!;
    const sources = [...new Set(claim.evidence.map((e) => e.source))];
    expect(await card.locator('.cite-card-item').count()).toBe(sources.length);
    const link = card.locator('.cite-card-item a').first();
    const href = (await link.getAttribute('href'))!;
    const source = /\/sources\/([^/]+)\//.exec(href)![1]!;
    const passage = (await card.locator('.cite-card-item q').first().textContent())!;
    const quote = claim.evidence.find((e) => e.source === source)!.quote;
    expect(quote.replace(/\s+/g, ' ')).toContain(passage.slice(0, 40));
    await link.click();
    await page.waitForURL(`**/sources/${source}/#q-8500-troops`);
    const mark = page.locator('[id="q-8500-troops"] mark.passage').first();
    await expect.poll(() => mark.isVisible()).toBe(true);
    expect(quote.startsWith((await mark.textContent())!)).toBe(true);
    const targeted = await mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page.locator('mark.passage').filter({ hasNot: page.locator('[id="q-8500-troops"]') }).last().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(targeted).not.toBe(other);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard: focus opens the card, Tab enters it, Escape closes it', async () => {
    const { page } = await open('/');
    const marker = page.locator('a.cite-marker').first();
    await marker.focus();
    const card = page.locator('.cite-card').first();
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await marker.getAttribute('aria-expanded')).toBe('true');
    expect(await marker.getAttribute('aria-label')).toMatch(/^(\d+)\/(\d+): \1 of \2 sources \(.+\)$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cite-card') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cite-marker'))).toBe(true);
    expect(await marker.getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });

  it('opens the card on a tap instead of leaving the page', async () => {
    const { page } = await open('/', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const marker = page.locator('a.cite-marker').nth(2);
    await marker.tap();
    const card = page.locator(`#${await marker.getAttribute('data-card')}`);
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/');
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.context().close();
  });

  it('without JavaScript, a marker is a plain link to its claim on /claims/', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const marker = page.locator('.cite[data-claim="q-8500-troops"] a.cite-marker').first();
    await marker.click();
    await page.waitForURL('**/claims/#q-8500-troops');
    expect(await page.locator('[id="q-8500-troops"]').isVisible()).toBe(true);
    await context.close();
  });
});

describe('chart labels', () => {
  it('cuts a long row label at a word, with its whole text on hover and in the data table', async () => {
    const { page } = await open('/charts/coverage/');
    const labels = await page.locator('svg.chart-svg text:has(> title)').evaluateAll((texts) => texts.map((t) => ({
      full: t.querySelector('title')!.textContent!,
      shown: [...t.childNodes].filter((n) => n.nodeName !== 'title').map((n) => n.textContent).join(''),
    })));
    expect(labels.length).toBeGreaterThan(0);
    const table = await page.locator('.chart-table tbody tr td:first-child').allTextContents();
    for (const { full, shown } of labels) {
      const kept = shown.replace(/…”?$/, '');
      expect(shown, full).toMatch(/…”?$/);
      // The words shown are the label's first words, whole: the full text goes on with a space or a mark.
      expect(full.startsWith(kept), `${shown} / ${full}`).toBe(true);
      expect(full.slice(kept.length), `${shown} / ${full}`).toMatch(/^[\s,.;:]/);
      expect(table, full).toContain(full);
    }
    await page.context().close();
  });
});

describe('print', () => {
  it('prints the explainer without site chrome or hidden cards, and with its data tables open', async () => {
    const { page } = await open('/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-search').isVisible()).toBe(false);
    expect(await page.locator('.chart-table').first().isVisible()).toBe(true);
    expect(await page.locator('.cite-marker').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the claims page', () => {
  it('filters by kind, source and contested-only, and keeps the choice in the URL', async () => {
    const { page, errors } = await open('/claims/');
    const visible = () => page.locator('.claim-item:visible').count();
    expect(await visible()).toBe(facts.claims.length);
    await page.selectOption('select[name="kind"]', 'quantity');
    expect(await visible()).toBe(facts.claims.filter((c) => c.kind === 'quantity').length);
    const source = facts.sources[1]!.id;
    await page.selectOption('select[name="source"]', source);
    expect(await visible()).toBe(facts.claims.filter((c) => c.kind === 'quantity' && c.evidence.some((e) => e.source === source)).length);
    expect(page.url()).toContain(`kind=quantity&source=${source}`);
    await page.selectOption('select[name="kind"]', '');
    await page.selectOption('select[name="source"]', '');
    await page.check('input[name="contested"]');
    const contested = await visible();
    expect(contested).toBeGreaterThan(0);
    expect(contested).toBe(await page.locator('.claim-item.contested').count());
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('search', () => {
  it('finds pages through Pagefind under the Content-Security-Policy', async () => {
    const { page, errors } = await open('/');
    await page.fill('#site-search-q', 'Romania');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL('**/search/?q=Romania');
    await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('.search-results li a').first().getAttribute('href')).toMatch(/^\//);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds pages, and links to them, when the site is served under a sub-path', async () => {
    // The host's root holds the site in /newsroom/, as a project site on GitHub Pages does.
    const root = join(work, 'host');
    const run = corroborate('build', join(ROOT, 'content/sources'), '--out', join(root, 'newsroom'), '--base', '/newsroom/', '--quiet');
    expect(run.status, run.stderr).toBe(0);
    const host = await serve(root);
    try {
      const page = await (await browser.newContext()).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) errors.push(m.text()); });
      await page.goto(`${host.url}/newsroom/`);
      await page.fill('#site-search-q', 'Romania');
      await page.press('#site-search-q', 'Enter');
      await page.waitForURL('**/newsroom/search/?q=Romania');
      await expect.poll(() => page.locator('.search-results li').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const href = await page.locator('.search-results li a').first().getAttribute('href');
      expect(href).toMatch(/^\/newsroom\//);
      await page.click('.search-results li a');
      await page.waitForURL(`${host.url}${href!.split('#')[0]}**`);
      expect(await page.locator('main#main').count()).toBe(1); // a page of the site, not the host's 404
      expect(errors).toEqual([]);
      await page.context().close();
    } finally {
      await host.close();
    }
  });
});

describe('accessibility', () => {
  const pages = () => ['/', '/claims/', `/sources/${facts.sources[0]!.id}/`, '/charts/headline/', '/charts/map/', '/charts/coverage/', '/charts/breakdown/', '/about/', '/search/', '/404.html'];
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds no violations on each kind of page (${scheme} mode)`, async () => {
      const violations: string[] = [];
      for (const path of pages()) {
        const { page } = await open(path, { colorScheme: scheme });
        // Open the data tables and one citation card so their contents are checked too.
        await page.evaluate(() => { for (const d of document.querySelectorAll('details')) d.open = true; });
        if (path === '/') await page.locator('a.cite-marker').first().focus();
        const results = await new AxeBuilder({ page }).analyze();
        violations.push(...results.violations.map((v) => `${path} ${v.id}: ${v.nodes.length} × ${v.help} (${v.nodes[0]?.target.join(' ')})`));
        // axe's colour-contrast rule runs here, charts included, but files SVG text as "incomplete"
        // (it cannot see behind it): the text of charts is measured against what lies under it.
        expect([...results.passes, ...results.incomplete, ...results.violations].some((r) => r.id === 'color-contrast'), path).toBe(true);
        violations.push(...(await lowContrastChartText(page)).map((t) => `${path} chart text “${t.text}”: ${t.ratio}:1 (${t.fill} on ${t.background})`));
        await page.context().close();
      }
      expect(violations).toEqual([]);
    });
  }
});
