/** Builds whole sites through the CLI, as a user would, and checks what was written. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corroborate, ROOT } from './support/cli.ts';
import { brokenLinks, htmlPages } from './support/siteLinks.ts';
import { htmlProblems, pageScriptBytes } from './support/budgets.ts';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

const work = mkdtempSync(join(tmpdir(), 'corroborate-site-'));

describe('build the bundled event', () => {
  const site = join(work, 'bundled');
  const generated = join(work, 'bundled-generated');
  beforeAll(() => {
    const run = corroborate('build', join(ROOT, 'content/sources'), '--out', site, '--generated', generated, '--quiet');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('writes the explainer, one page per source and facts.json', () => {
    const facts = JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8'));
    expect(existsSync(join(site, 'index.html'))).toBe(true);
    for (const s of facts.sources) expect(existsSync(join(site, 'sources', s.id, 'index.html'))).toBe(true);
  });

  it('charts 75,000–80,000, 8,500 and 3,000 (and not the other side\'s troops), each naming its sources', () => {
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const chart = html.slice(html.indexOf('id="chart-headline"'), html.indexOf('</figure>'));
    const facts = JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8'));
    const numberOf = new Map(facts.sources.map((s: { id: string }, i: number) => [s.id, i + 1]));
    expect([...chart.matchAll(/data-claim="([^"]+)"/g)].map((m) => m[1])).toEqual(expect.arrayContaining(['q-75000-80000-troops', 'q-8500-troops', 'q-3000-troops']));
    expect(chart).not.toContain('data-claim="q-100000-troops"');
    for (const [figure, claimId] of [['75,000–80,000', 'q-75000-80000-troops'], ['8,500', 'q-8500-troops'], ['3,000', 'q-3000-troops']]) {
      const row = chart.slice(chart.indexOf(`data-claim="${claimId}"`));
      expect(row.slice(0, 800)).toContain(figure);
      const claim = facts.claims.find((c: { id: string }) => c.id === claimId);
      const markers = [...new Set(claim.evidence.map((e: { source: string }) => `[${numberOf.get(e.source)}]`))].join('');
      expect(row.slice(0, 1200)).toContain(markers);
    }
  });

  it('has no broken internal link or anchor, and every citation lands on a highlighted passage', () => {
    expect(brokenLinks(site)).toEqual([]);
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const cites = [...html.matchAll(/class="cite-marker"/g)];
    expect(cites.length).toBeGreaterThan(10);
  });

  it('ships only script files from the site: no inline code, no handlers, no third-party requests', () => {
    for (const page of htmlPages(site)) {
      const html = readFileSync(page, 'utf8');
      for (const [tag, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/ld\+json"/.test(attrs!)) { expect(() => JSON.parse(body!)).not.toThrow(); continue; }
        expect(attrs, `${page}: ${tag!.slice(0, 80)}`).toMatch(/\ssrc="\/_astro\/[^"]+\.js"/);
        expect(body, page).toBe('');
      }
      expect(html).not.toMatch(/\son[a-z]+=/i);
      expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    }
  });

  it('keeps the explainer within 30 KB of gzipped JavaScript before search is opened', () => {
    const { gzipBytes, files } = pageScriptBytes(site, join(site, 'index.html'));
    expect(files.length).toBeGreaterThan(0); // citation cards and chart tooltips
    expect(gzipBytes).toBeLessThanOrEqual(30 * 1024);
  });

  it('passes html-validate on every page', async () => {
    const problems: string[] = [];
    for (const page of htmlPages(site)) problems.push(...(await htmlProblems(page)).map((p) => `${page.slice(site.length)} ${p}`));
    expect(problems).toEqual([]);
  });

  it('writes a 404 page at the root, as static hosts look for it: linking to the explainer, the claims and search, left out of search and the sitemap', () => {
    const page = readFileSync(join(site, '404.html'), 'utf8');
    expect(page).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    for (const href of ['href="/"', 'href="/claims/"', 'href="/search/"']) expect(page).toContain(href);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toContain('rel="canonical"');
    expect(page).not.toContain('data-pagefind-body');
    expect(readFileSync(join(site, 'sitemap.xml'), 'utf8')).not.toContain('404');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('data-pagefind-body');
  });

  it('writes /claims/ with one element per claim whose id is the claim id, and every marker links there', () => {
    const facts = JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8'));
    const claims = readFileSync(join(site, 'claims', 'index.html'), 'utf8');
    for (const c of facts.claims) expect(claims).toMatch(new RegExp(`<li id="${c.id}" class="claim-item[^"]*" data-kind="${c.kind}"`));
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    const markers = [...home.matchAll(/<a class="cite-marker" href="\/claims\/#([^"]+)"[^>]*>(\d+)\/(\d+)<\/a>/g)];
    expect(markers.length).toBeGreaterThan(10);
    for (const [, id, n, total] of markers) {
      expect(facts.claims.some((c: { id: string }) => c.id === id)).toBe(true);
      expect(Number(n)).toBeLessThanOrEqual(Number(total));
      expect(total).toBe(String(facts.sources.filter((s: { copyOf?: string }) => !s.copyOf).length));
    }
  });

  it('shows a claim\'s support once ("4/5"), never "4/5 (4 of 5 sources)"; a source page\'s headline once, never as h1 and h2', () => {
    const facts = JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8'));
    const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<template[\s\S]*?<\/template>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const page of ['index.html', 'claims/index.html', ...facts.sources.map((s: { id: string }) => `sources/${s.id}/index.html`)]) {
      const text = visible(readFileSync(join(site, page), 'utf8'));
      expect(text, page).not.toMatch(/\b\d+\/\d+\s*\(\d+ of \d+ sources?\)/);
    }
    for (const s of facts.sources) {
      const html = readFileSync(join(site, 'sources', s.id, 'index.html'), 'utf8');
      const heading = (tag: string) => [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => visible(m[1]!).trim());
      const [h1, ...more] = heading('h1');
      expect(more, s.id).toEqual([]);
      expect(heading('h2'), s.id).not.toContain(h1);
    }
  });

  it('reads as an explainer: lede, then the numbers, who said what, where the sources differ, background', () => {
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const headings = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    const sections = ['The numbers', 'Who said what', 'Where the sources differ', 'Background'];
    expect(headings.filter((h) => sections.includes(h!))).toEqual(sections);
    // The lede comes first: a cited paragraph before the first section.
    expect(html.slice(html.indexOf('</h1>'), html.indexOf('>The numbers</h2>'))).toMatch(/<p>[^<]+<span class="cite"/);
    // Each side of a conflict in its own box, with its own marker.
    const conflict = html.slice(html.indexOf('<div class="conflict"'));
    expect(conflict).toMatch(/^<div class="conflict" data-kind="[a-z]+"><p>[^<]+<\/p>\s*<ul class="conflict-sides">\s*<li>“[^”]+” <span class="cite"/);
  });

  it('writes each chart alone with its CSV, the facts, the sitemap and the preview image', () => {
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    for (const id of ['headline', 'map', 'breakdown', 'coverage']) {
      expect(home).toContain(`id="chart-${id}"`);
      const page = readFileSync(join(site, 'charts', id, 'index.html'), 'utf8');
      expect(page).toMatch(/<svg[^>]* role="img"/);
      expect(page).toMatch(/<p class="chart-source[^"]*">Source: <a href="\/sources\//);
      expect(page).toContain('<table');
      expect(page).not.toContain('class="site-header'); // embeddable: no site chrome
      const csv = readFileSync(join(site, 'charts', id, 'data.csv'), 'utf8');
      expect(csv.split('\r\n').length).toBeGreaterThan(2);
    }
    const flows = readFileSync(join(site, 'charts', 'map', 'data.csv'), 'utf8');
    expect(flows).toMatch(/^Origin,Origin placed at,Destination,Destination placed at,Figure,/);
    const facts = JSON.parse(readFileSync(join(site, 'data', 'facts.json'), 'utf8'));
    expect(facts).toEqual(JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8')));
    const sitemap = readFileSync(join(site, 'sitemap.xml'), 'utf8');
    // Every page but search and the 404 page, which hold nothing from the sources.
    for (const page of htmlPages(site).filter((p) => !p.includes('/search/') && !p.endsWith('/404.html'))) {
      expect(sitemap).toContain(`<loc>/${page.slice(site.length + 1).replace(/index\.html$/, '')}</loc>`);
    }
    const png = readFileSync(join(site, 'og', 'headline.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(home).toContain('<meta property="og:image" content="/og/headline.png">');
    expect(home).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('maps the movements as a flow map drawn at build time, in place of the flows\' bars, with no map code shipped', () => {
    const page = readFileSync(join(site, 'charts', 'map', 'index.html'), 'utf8');
    const svg = page.slice(page.indexOf('<svg'), page.indexOf('</svg>'));
    expect(svg).toContain('class="chart-svg chart-map');
    // An arc per flow with both ends placed, each labelled with its figure; a flow with no origin is a mark.
    expect(svg.match(/class="chart-arc"/g)?.length).toBeGreaterThanOrEqual(2);
    expect(svg).toMatch(/<desc[^>]*>[^<]*from Fort Bragg \(North Carolina, United States of America\) to Poland/);
    expect(svg).toMatch(/<tspan font-weight="700">about 1,700<\/tspan>/);
    expect(existsSync(join(site, 'charts', 'flows'))).toBe(false);
    const csv = readFileSync(join(site, 'charts', 'map', 'data.csv'), 'utf8');
    expect(csv).toContain('Germany,"51.03° N, 10.35° E, country",Romania,');
    // The page's scripts are the site's few: no projection, no atlas.
    for (const file of pageScriptBytes(site, join(site, 'index.html')).files) {
      expect(readFileSync(join(site, file.replace(/^\//, '')), 'utf8')).not.toMatch(/geoPath|topojson|Natural Earth|arcs":\[/);
    }
  });

  it('describes the article and each claim with its appearances in JSON-LD', () => {
    const facts = JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8'));
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(home)![1]!);
    expect(ld['@type']).toBe('Article');
    expect(ld.hasPart).toHaveLength(facts.claims.length);
    const first = ld.hasPart[0];
    expect(first['@type']).toBe('Claim');
    expect(first.appearance).toHaveLength(new Set(facts.claims[0].evidence.map((e: { source: string }) => e.source)).size);
  });
});

describe('build an event from another folder', () => {
  it('builds a site for the ferry fire fixture with its own title and sources', () => {
    const site = join(work, 'ferry');
    const run = corroborate('build', join(ROOT, 'tests/fixtures/events/ferry-fire'), '--out', site, '--quiet');
    expect(run.status).toBe(0);
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>[^<]*ferry/i);
    // explainer, claims, about, search, the 404 page and one page per source; the ferry fire gets a coverage matrix only
    expect(htmlPages(site).map((p) => p.slice(site.length))).toEqual(['/404.html', '/about/index.html', '/charts/coverage/index.html', '/claims/index.html', '/index.html', '/search/index.html', '/sources/coastal-herald/index.html', '/sources/harbour-times/index.html', '/sources/nordic-wire/index.html']);
    expect(brokenLinks(site)).toEqual([]);
    expect(html).not.toContain('chart-map'); // no place in it that the gazetteer can pin down: no map
    // Two outlets give the words to the coast guard, the third to "officials": the claim is the coast
    // guard's, and the third's passage says whom it names, in the card and in the claims list.
    const card = html.slice(html.indexOf('data-claim="quote-the-coast-guard-fire-brok-out-passenger"'));
    expect(card.slice(0, card.indexOf('cite-card-more'))).toMatch(/Officials, in <a href="[^"]*nordic-wire[^"]*">\[3\] Nordic Wire<\/a>/);
    const claims = readFileSync(join(site, 'claims/index.html'), 'utf8');
    const row = claims.slice(claims.indexOf('id="quote-the-coast-guard-fire-brok-out-passenger"'));
    expect(row.slice(0, row.indexOf('</li></ul>'))).toMatch(/Quote · the coast guard ·[\s\S]*<li>Officials, in <a[^>]*>\[3\] Nordic Wire<\/a>/);
    expect(row.slice(0, row.indexOf('</li></ul>')).match(/, in <a/g)).toHaveLength(1);
  });

  it('serves under a sub-path when given --base', async () => {
    const site = join(work, 'ferry-base');
    expect(corroborate('build', join(ROOT, 'tests/fixtures/events/ferry-fire'), '--out', site, '--base', '/my-repo/', '--quiet').status).toBe(0);
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(home).toContain('href="/my-repo/sources/');
    expect(home).toContain('href="/my-repo/claims/#');
    expect(home).toMatch(/<script type="module" src="\/my-repo\/_astro\//);
    expect(readFileSync(join(site, 'sitemap.xml'), 'utf8')).toContain('<loc>/my-repo/claims/</loc>');
    expect(brokenLinks(site, '/my-repo/')).toEqual([]);
    for (const page of htmlPages(site)) {
      const outside = [...readFileSync(page, 'utf8').matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!).filter((u) => !u.startsWith('/my-repo/'));
      expect(outside, page).toEqual([]);
    }
    for (const page of htmlPages(site)) expect(await htmlProblems(page)).toEqual([]);
  });
});

describe('CLI contract', () => {
  it('extract writes facts.json and the Markdown', () => {
    const out = join(work, 'extract-out');
    const run = corroborate('extract', join(ROOT, 'tests/fixtures/events/bridge-closure'), '--out', out);
    expect(run.status).toBe(0);
    expect(existsSync(join(out, 'facts.json'))).toBe(true);
    expect(readFileSync(join(out, 'explainer.md'), 'utf8')).toMatch(/^---\ntitle: /);
    expect(corroborate('verify', out).status).toBe(0);
  });

  it('exits non-zero naming the folder when it does not exist', () => {
    const run = corroborate('build', join(work, 'missing'), '--out', join(work, 'never'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(join(work, 'missing'));
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace for a user's mistake
    expect(existsSync(join(work, 'never'))).toBe(false);
  });

  it('exits non-zero when a folder holds no readable article, naming each skipped file', () => {
    const dir = join(work, 'only-bad');
    mkdirSync(dir);
    writeFileSync(join(dir, 'empty.txt'), '');
    const run = corroborate('extract', dir, '--out', join(work, 'only-bad-out'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/no readable articles/);
  });

  it('verify exits non-zero when a quote no longer matches its source', () => {
    const out = join(work, 'tampered');
    expect(corroborate('extract', join(ROOT, 'tests/fixtures/events/bridge-closure'), '--out', out).status).toBe(0);
    const facts = JSON.parse(readFileSync(join(out, 'facts.json'), 'utf8'));
    facts.claims[0].evidence[0].start += 1;
    writeFileSync(join(out, 'facts.json'), JSON.stringify(facts));
    const run = corroborate('verify', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/do not match/);
  });

  it('a failed build leaves the previous site as it was', () => {
    const site = join(work, 'keep');
    expect(corroborate('build', join(ROOT, 'tests/fixtures/events/bridge-closure'), '--out', site, '--quiet').status).toBe(0);
    const before = readFileSync(join(site, 'index.html'), 'utf8');
    expect(corroborate('build', join(work, 'missing'), '--out', site).status).toBe(1);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe(before);
  });
});

describe('an event with a single article', () => {
  it('builds, and every count on its pages agrees with one: "1 source", never "1 sources" or "3 of the 1", an empty page not counted', () => {
    const sources = join(work, 'single-article');
    mkdirSync(sources);
    // One sentence, one claim: every count on the pages is 1. The second file is a web archive's
    // notice captured instead of an article: listed, but no source the counts are out of.
    writeFileSync(join(sources, 'mill.txt'), 'Mill to close\n\nThe paper mill in Harlow Falls will close in March, its owner announced on Monday.\n');
    writeFileSync(join(sources, 'archive.txt'), 'Starting in 2003, Alexa Internet has been donating their crawl data to the Internet Archive.\n');
    const site = join(work, 'single-article-site');
    const run = corroborate('build', sources, '--out', site, '--quiet');
    expect(run.status).toBe(0);
    const text = (page: string): string => readFileSync(join(site, page), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    for (const page of htmlPages(site)) {
      const words = text(page.slice(site.length));
      expect(words, page).not.toMatch(/\b1 (?:sources|news articles|claims|passages)\b/);
      expect(words, page).not.toMatch(/\b(?:[2-9]|\d{2,}) of (?:the )?1 source\b/);
    }
    expect(text('index.html')).toContain('What 1 source reports');
    expect(text('index.html')).toContain('(mill.txt; 1 claim)');
    expect(text('about/index.html')).toContain('says that 1 of the 1 source supports it');
    expect(text('about/index.html')).toContain('built by Corroborate from 2 news articles (1 had no article text left once the page’s boilerplate was set aside, so 1 counts as independent).');
    expect(text('claims/index.html')).toContain('1 claim from 1 source.');
    expect(text('sources/mill/index.html')).toContain('(1 passage)');
  });
});
