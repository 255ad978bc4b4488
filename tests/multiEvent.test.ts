/** Builds the site of the four invented fixture events (one folder each) through the CLI, under a sub-path, and checks what was written. */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corroborate, corroborateWith, ROOT } from './support/cli.ts';
import { createHash } from 'node:crypto';
import { brokenLinks, htmlPages } from './support/siteLinks.ts';
import { htmlProblems, pageScriptBytes } from './support/budgets.ts';
import { otherFileSystemFolder } from './support/fileSystems.ts';
import { EventsIndexSchema } from '../scripts/contracts/events.ts';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";
const BASE = '/news/';
const work = mkdtempSync(join(tmpdir(), 'corroborate-events-site-'));
const site = join(work, 'site');
const generated = join(work, 'generated');
const EVENTS = ['bridge-closure', 'ferry-fire', 'grain-shipments', 'nurse-deployment'];

/** Every file under `root` (its path from root) with a SHA-256 of its bytes. */
function digests(root: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(root, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; name: string; parentPath: string }>)
      .filter((e) => e.isFile())
      .map((e) => { const path = join(e.parentPath, e.name); return [path.slice(root.length), createHash('sha256').update(readFileSync(path)).digest('hex')]; }),
  );
}

describe('build a folder of event folders', () => {
  beforeAll(() => {
    // The site's own settings: a title for the home page, a language and a theme for every page.
    const config = join(work, 'corroborate.config.json');
    writeFileSync(config, JSON.stringify({ title: 'Harbour desk', lang: 'en-GB', theme: 'dark' }));
    const run = corroborate('build', join(ROOT, 'tests/fixtures/events'), '--out', site, '--generated', generated, '--base', BASE, '--config', config, '--quiet');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('renders the same bytes when the events are built in batches of two, each in its own Astro process, with the temporary folder on another file system', () => {
    const batched = join(work, 'batched');
    // A temporary folder on another file system than the site (a tmpfs /tmp is common) must not
    // break the build: nothing may be renamed from there into the site. Where the machine has no
    // second file system (no /dev/shm), the build runs with the usual one.
    const elsewhere = otherFileSystemFolder(work);
    let run;
    try {
      run = corroborateWith({ env: { CORROBORATE_EVENTS_PER_BUILD: '2', ...(elsewhere ? { TMPDIR: elsewhere } : {}) } }, 'build', join(ROOT, 'tests/fixtures/events'), '--out', batched, '--base', BASE, '--config', join(work, 'corroborate.config.json'), '--quiet');
    } finally {
      if (elsewhere) rmSync(elsewhere, { recursive: true, force: true }); // in memory: never leave it behind
    }
    expect(run.status, run.stderr).toBe(0);
    const whole = digests(site);
    expect(Object.keys(whole).length).toBeGreaterThan(50);
    expect(digests(batched)).toEqual(whole);
  }, 120_000);

  it('renders again only the events whose pages change, and gives the same bytes as a full build', () => {
    const sources = join(work, 'sources');
    cpSync(join(ROOT, 'tests/fixtures/events'), sources, { recursive: true });
    const config = join(work, 'corroborate.config.json');
    const build = (out: string, ...cache: string[]) => {
      const run = corroborate('build', sources, '--out', out, '--base', BASE, '--config', config, '--quiet', ...cache);
      expect(run.status, run.stderr).toBe(0);
    };
    const incremental = join(work, 'incremental');
    const cache = ['--cache', join(work, 'cache')];
    build(incremental, ...cache);
    const kept = statSync(join(incremental, 'ferry-fire/index.html')).ino;
    const changed = statSync(join(incremental, 'bridge-closure/index.html')).ino;
    // The cache keeps the build's generated folder: an unchanged event's folder moves over from it, untouched.
    const generatedInCache = () => readdirSync(join(work, 'cache')).filter((n) => /^generated-[0-9a-f]{16}$/.test(n)).map((n) => join(work, 'cache', n));
    expect(generatedInCache()).toHaveLength(1);
    const keptFacts = statSync(join(generatedInCache()[0]!, 'ferry-fire/facts.json')).ino;
    const changedFacts = statSync(join(generatedInCache()[0]!, 'bridge-closure/facts.json')).ino;
    const article = join(sources, 'bridge-closure/city-desk.txt');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nOfficials said the detour would add 25 minutes for 9,000 drivers.\n`);
    build(incremental, ...cache);
    expect(statSync(join(generatedInCache()[0]!, 'ferry-fire/facts.json')).ino).toBe(keptFacts);
    expect(statSync(join(generatedInCache()[0]!, 'bridge-closure/facts.json')).ino).not.toBe(changedFacts);
    expect(statSync(join(incremental, 'ferry-fire/index.html')).ino).toBe(kept); // the same file, moved over
    expect(statSync(join(incremental, 'bridge-closure/index.html')).ino).not.toBe(changed);
    expect(readFileSync(join(incremental, 'bridge-closure/sources/city-desk/index.html'), 'utf8')).toContain('9,000 drivers');
    // Nothing changed: every event is kept, the site's own pages and the search index are made again.
    build(incremental, ...cache);
    expect(statSync(join(incremental, 'ferry-fire/index.html')).ino).toBe(kept);
    const full = join(work, 'full');
    build(full, '--no-cache');
    expect(digests(incremental)).toEqual(digests(full));
  }, 240_000);

  it('writes one explainer per event under /<event>/, each with its claims, sources, charts and data, and one home and search page', () => {
    const pages = htmlPages(site).map((p) => p.slice(site.length));
    expect(pages).toContain('/index.html');
    expect(pages).toContain('/search/index.html');
    for (const event of EVENTS) {
      const facts = JSON.parse(readFileSync(join(generated, event, 'facts.json'), 'utf8'));
      expect(pages).toContain(`/${event}/index.html`);
      expect(pages).toContain(`/${event}/claims/index.html`);
      expect(pages).toContain(`/${event}/about/index.html`);
      for (const s of facts.sources) expect(pages).toContain(`/${event}/sources/${s.id}/index.html`);
      expect(readdirSync(join(site, event, 'charts')).length).toBeGreaterThan(0);
      expect(JSON.parse(readFileSync(join(site, event, 'data', 'facts.json'), 'utf8'))).toEqual(facts);
      expect(existsSync(join(site, event, 'og', 'headline.png'))).toBe(true);
    }
    // No page of a single-event site is left at the top level.
    expect(pages.filter((p) => !EVENTS.some((e) => p.startsWith(`/${e}/`)))).toEqual(['/404.html', '/index.html', '/search/index.html']);
  });

  it('writes one 404 page at the root, pointing to the list of events under the base', () => {
    const page = readFileSync(join(site, '404.html'), 'utf8');
    expect(page).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    expect(page).toContain(`<a href="${BASE}">The list of events</a> (${EVENTS.length} events)`);
    expect(page).toContain(`href="${BASE}search/"`);
  });

  it('names the home page after the configured site, and gives every page its language and theme', () => {
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(home).toContain('<title>Harbour desk</title>');
    for (const event of EVENTS) {
      const page = readFileSync(join(site, event, 'index.html'), 'utf8');
      expect(page).toContain('<html lang="en-GB" data-theme="dark">');
      // An event's explainer keeps its own headline.
      expect(page).not.toContain('<title>Harbour desk</title>');
    }
    expect(home).toContain('<html lang="en-GB" data-theme="dark">');
  });

  it('renders each explainer with its own event\'s citations, linking into its own pages', () => {
    for (const event of EVENTS) {
      const facts = JSON.parse(readFileSync(join(generated, event, 'facts.json'), 'utf8'));
      const html = readFileSync(join(site, event, 'index.html'), 'utf8');
      expect(html).toContain('class="cite-marker"');
      const cited = [...html.matchAll(/href="\/news\/([^/"]+)\/(?:claims|sources)\//g)].map((m) => m[1]);
      expect(cited.length).toBeGreaterThan(0);
      expect(new Set(cited)).toEqual(new Set([event]));
      // Every cited claim id is one of this event's claims.
      const ids = new Set(facts.claims.map((c: { id: string }) => c.id));
      for (const [, id] of html.matchAll(/href="\/news\/[^"]*\/claims\/#([^"]+)"/g)) expect(ids.has(id)).toBe(true);
    }
  });

  it('lists every event on the home page with its summary, counts and headline figures', () => {
    const index = EventsIndexSchema.parse(JSON.parse(readFileSync(join(generated, 'events.json'), 'utf8')));
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(index.events.map((e) => e.id)).toEqual(EVENTS);
    for (const e of index.events) {
      const start = home.indexOf(`id="event-${e.id}"`);
      const next = home.indexOf('class="event-item"', start);
      const item = home.slice(start, next < 0 ? undefined : next);
      expect(item).toContain(`href="${BASE}${e.id}/"`);
      expect(item).toContain(e.title.replace(/&/g, '&amp;'));
      expect(item).toContain(`${e.sources} source`);
      expect(item).toContain(`${e.claims} claim`);
      for (const h of e.headline) expect(item).toContain(`href="${BASE}${e.id}/claims/#${h.claim}"`);
    }
    expect(index.events.some((e) => e.headline.length > 0)).toBe(true);
    expect(home).toContain(`action="${BASE}search/"`);
    expect(home).toContain('class="events-filter');
  });

  it('writes each figure once with what it counts: never "20% %", "$1 million USD" or "9:06 a.m. clock time"', () => {
    const pages = htmlPages(site);
    // The fixtures hold a percentage, a sum of money and a clock time with no words of their own beside them.
    const figures = pages.flatMap((page) => [...readFileSync(page, 'utf8').matchAll(/Figure · ([^<·]+)/g)].map((m) => m[1]!.trim()));
    expect(figures.some((f) => /\d%$/.test(f))).toBe(true);
    expect(figures.some((f) => /^\$[\d,.]+(?: (?:million|billion))?$/.test(f))).toBe(true);
    expect(figures.some((f) => /\d [ap]\.m\.$/.test(f))).toBe(true);
    for (const page of pages) expect(readFileSync(page, 'utf8'), page).not.toMatch(/\d% %|\$[\d,.]+(?: (?:million|billion))? USD\b|[ap]\.m\.(?:<\/strong>)? clock time/);
  });

  it('has no broken internal link or anchor, and nothing outside the sub-path', () => {
    expect(brokenLinks(site, BASE)).toEqual([]);
    for (const page of htmlPages(site)) {
      const outside = [...readFileSync(page, 'utf8').matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith(BASE));
      expect(outside, page).toEqual([]);
    }
  });

  it('lists every page in one sitemap and indexes every event in one search index', () => {
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`<loc>${BASE}</loc>`);
    for (const event of EVENTS) expect(sitemap).toContain(`<loc>${BASE}${event}/claims/</loc>`);
    // Exactly the pages built, but search and the 404 page: with each event's charts as events.json records them.
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
    const built = htmlPages(site).map((p) => `${BASE}${p.slice(site.length + 1)}`.replace(/index\.html$/, '')).filter((p) => !p.endsWith('/search/') && !p.endsWith('404.html')).sort();
    expect(listed).toEqual(built);
    const index = JSON.parse(readFileSync(join(generated, 'events.json'), 'utf8'));
    for (const e of index.events) expect([...e.charts].sort(), e.id).toEqual(readdirSync(join(site, e.id, 'charts')).sort());
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const indexed = Object.values(entry.languages as Record<string, { page_count: number }>).reduce((n, l) => n + l.page_count, 0);
    // Every page with a body for search is in it, across all events (the bare chart pages for embedding have none; the search page itself is ignored).
    const searchable = htmlPages(site).filter((p) => !p.endsWith('/search/index.html') && readFileSync(p, 'utf8').includes('data-pagefind-body'));
    expect(searchable.length).toBeGreaterThan(EVENTS.length * 4);
    expect(indexed).toBe(searchable.length);
  });

  it('ships only script files from the site with the Content-Security-Policy, and little JavaScript on the home page', () => {
    for (const page of htmlPages(site)) {
      const html = readFileSync(page, 'utf8');
      for (const [tag, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/ld\+json"/.test(attrs!)) { expect(() => JSON.parse(body!)).not.toThrow(); continue; }
        expect(attrs, `${page}: ${tag!.slice(0, 80)}`).toMatch(/\ssrc="\/news\/_astro\/[^"]+\.js"/);
        expect(body, page).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    }
    const { gzipBytes, files } = pageScriptBytes(site, join(site, 'index.html'), BASE);
    expect(files.length).toBe(1); // the events filter
    expect(gzipBytes).toBeLessThanOrEqual(2 * 1024);
  });

  it('passes html-validate on every page', async () => {
    const problems: string[] = [];
    for (const page of htmlPages(site)) problems.push(...(await htmlProblems(page)).map((p) => `${page.slice(site.length)} ${p}`));
    expect(problems).toEqual([]);
  });

  it('verify accepts each event\'s generated folder', () => {
    for (const event of EVENTS) {
      const run = corroborate('verify', join(generated, event), '--sources', join(ROOT, 'tests/fixtures/events', event));
      expect(run.stderr, event).toBe('');
      expect(run.status, event).toBe(0);
    }
  });
});
