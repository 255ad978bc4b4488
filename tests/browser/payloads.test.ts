/**
 * Article text is data: a site built from articles full of script payloads
 * (tests/fixtures/payloads, plus a file whose name is one) is opened page by page in
 * Chromium. Nothing may run, no injected element may exist, every page carries the
 * Content-Security-Policy, and no request may leave the site's origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { corroborate, ROOT } from '../support/cli.ts';
import { serve } from '../support/staticServer.ts';
import { closeSite, openSite } from '../support/browser.ts';
import { htmlPages } from '../support/siteLinks.ts';
import { CONTENT_SECURITY_POLICY } from '../../site/lib/contentSecurityPolicy.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-payloads-'));
const sources = join(work, 'sources');
const site = join(work, 'site');
const generated = join(work, 'generated');
/** Links to other sites a page may have: the articles' own addresses (http or https only). */
let originals: string[] = [];
let server: Awaited<ReturnType<typeof serve>>;
let browser: Browser;

beforeAll(async () => {
  cpSync(join(ROOT, 'tests/fixtures/payloads'), sources, { recursive: true });
  // A file name is shown on the pages too.
  writeFileSync(join(sources, `<img src=x onerror=alert('xss')> "quoted".txt`), 'Crews said 30 workers were cleaning the banks of the river on Monday, the water board said.\n');
  const run = corroborate('build', sources, '--out', site, '--generated', generated, '--quiet');
  expect(run.status, run.stderr).toBe(0);
  const facts = JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8')) as { sources: Array<{ url?: string }> };
  originals = facts.sources.flatMap((s) => (s.url && /^https?:\/\//.test(s.url) ? [s.url] : []));
  ({ server, browser } = await openSite(site));
});
afterAll(async () => {
  await closeSite({ server, browser });
});

/** What a page did while it loaded and was hovered over: anything a payload would cause. */
interface Observed {
  dialogs: string[];
  markers: string[];
  errors: string[];
  foreignRequests: string[];
  violations: string[];
}

/** Opens `url` with every detector attached, moves the pointer over each element, and reports. */
async function observe(page: Page, origin: string, open: () => Promise<unknown>): Promise<Observed> {
  const seen: Observed = { dialogs: [], markers: [], errors: [], foreignRequests: [], violations: [] };
  page.on('dialog', (dialog) => { seen.dialogs.push(dialog.message()); void dialog.dismiss(); });
  page.on('console', (message) => { if (message.text().includes('PWNED')) seen.markers.push(message.text()); });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('about:')) seen.foreignRequests.push(url);
  });
  // Runs before any page script; a blocked payload shows up here as a CSP violation.
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await open();
  await page.waitForLoadState('load');
  // Hover and focus handlers only run on interaction: trigger them on every element.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('body *')) {
      for (const type of ['mouseover', 'focus', 'toggle']) el.dispatchEvent(new Event(type));
    }
  });
  await page.waitForTimeout(50);
  seen.violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return seen;
}

/** Elements and attributes that only a payload could have put in the page. */
function injectedElements(page: Page, origin: string): Promise<string[]> {
  return page.evaluate(([siteOrigin, allowed]) => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (el.id === 'pwned') found.push(`#pwned <${tag}>`);
      // The site's own forms (the search boxes and the claims filter) stay on the site; any other form was injected.
      const ownForm = tag === 'form' && /^(site-search|search-form|claims-filter)$/.test(el.classList[0] ?? '') && new URL(el.getAttribute('action') ?? location.href, location.href).href.startsWith(siteOrigin);
      if (['iframe', 'frame', 'object', 'embed', 'base', 'form'].includes(tag) && !ownForm) found.push(`<${tag}>`);
      // JSON-LD in the head is data the browser never runs.
      const jsonLd = tag === 'script' && el.getAttribute('type') === 'application/ld+json' && el.parentElement === document.head;
      if (tag === 'script' && !jsonLd) {
        const src = el.getAttribute('src');
        if (!src || !new URL(src, location.href).href.startsWith(siteOrigin)) found.push(`<script src=${src ?? '(inline)'}>`);
      }
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`<${tag} ${attr.name}>`);
        if (/^\s*(javascript|vbscript|data:text\/html)/i.test(attr.value) && ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(attr.name)) found.push(`<${tag} ${attr.name}=${attr.value}>`);
      }
      // A link out of the site that is not an article's own address came from article text (an autolinked URL).
      const href = el.getAttribute('href');
      if (href && tag === 'a' && !new URL(href, location.href).href.startsWith(siteOrigin) && !allowed.includes(href)) found.push(`<a href=${href}>`);
    }
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) found.push('window.__pwned');
    return found;
  }, [origin, originals] as const);
}

describe('a site built from articles full of script payloads', () => {
  it('runs nothing, injects nothing and requests nothing from elsewhere, on every page', async () => {
    const pages = htmlPages(site).map((file) => `/${relative(site, file).split(sep).join('/')}`.replace(/index\.html$/, ''));
    // Every page: the explainer, one per source (four articles), the claims, about and search pages, and each chart's own page.
    expect(pages.filter((p) => p.startsWith('/sources/'))).toHaveLength(4);
    expect(pages).toEqual(expect.arrayContaining(['/', '/claims/', '/about/', '/search/']));
    for (const path of pages) {
      const page = await browser.newPage();
      const seen = await observe(page, server.url, () => page.goto(`${server.url}${encodeURI(path)}`));
      expect({ path, ...seen }).toEqual({ path, dialogs: [], markers: [], errors: [], foreignRequests: [], violations: [] });
      expect(await injectedElements(page, server.url), path).toEqual([]);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp, path).toBe(CONTENT_SECURITY_POLICY);
      await page.close();
    }
  });

  it('shows the payloads as text: the article is data, not dropped', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sources/river-gazette/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain(`<script>document.body.insertAdjacentHTML(`);
    expect(text).toContain(`[a map](javascript:alert('xss'))`);
    expect(text).toContain(`{alert('xss')}`);
    await page.goto(`${server.url}/`);
    const explainer = await page.locator('main').innerText();
    expect(explainer).toContain(`<svg onload=alert('xss')>`);
    expect(explainer).toContain('press@evil.example');
    await page.close();
  });

  it('the detectors do catch a payload that runs (a page without the escaping or the policy)', async () => {
    const page = await browser.newPage();
    const seen = await observe(page, server.url, () => page.setContent(`<p>x</p><img src="data:," onerror="alert('xss');console.log('PWNED')"><b id="pwned" onmouseover="alert('hover')">b</b><img src="https://tracker.example/p.gif"><a href="https://evil.example/x">x</a>`));
    expect(seen.dialogs).toContain('xss');
    expect(seen.dialogs).toContain('hover');
    expect(seen.markers).toEqual(['PWNED']);
    expect(seen.foreignRequests).toEqual(['https://tracker.example/p.gif']);
    expect(await injectedElements(page, server.url)).toEqual(expect.arrayContaining(['#pwned <b>', '<img onerror>', '<b onmouseover>', '<a href=https://evil.example/x>']));
    await page.close();
  });

  it('the policy blocks an inline script that reached a page, and reports it', async () => {
    const page = await browser.newPage();
    await page.route(`${server.url}/injected/`, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}"></head><body><script>alert('xss')</script><img src="https://tracker.example/p.gif"></body></html>`,
    }));
    const seen = await observe(page, server.url, () => page.goto(`${server.url}/injected/`));
    expect(seen.dialogs).toEqual([]);
    expect(seen.violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(seen.violations.some((v) => v.startsWith('img-src'))).toBe(true);
    await page.close();
  });
});
