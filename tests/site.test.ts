/** Builds whole sites through the CLI, as a user would, and checks what was written. */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corroborate, ROOT } from './support/cli.ts';
import { brokenLinks, htmlPages } from './support/siteLinks.ts';

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

  it('charts 75,000–80,000, 8,500 and 3,000, each naming its sources', () => {
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    const chart = html.slice(html.indexOf('id="chart-headline"'), html.indexOf('</figure>'));
    const facts = JSON.parse(readFileSync(join(generated, 'facts.json'), 'utf8'));
    const numberOf = new Map(facts.sources.map((s: { id: string }, i: number) => [s.id, i + 1]));
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

  it('ships no JavaScript on its pages', () => {
    for (const page of htmlPages(site)) expect(readFileSync(page, 'utf8')).not.toMatch(/<script/);
  });
});

describe('build an event from another folder', () => {
  it('builds a site for the ferry fire fixture with its own title and sources', () => {
    const site = join(work, 'ferry');
    const run = corroborate('build', join(ROOT, 'tests/fixtures/events/ferry-fire'), '--out', site, '--quiet');
    expect(run.status).toBe(0);
    const html = readFileSync(join(site, 'index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>[^<]*ferry/i);
    expect(htmlPages(site)).toHaveLength(4);
    expect(brokenLinks(site)).toEqual([]);
  });

  it('serves under a sub-path when given --base', () => {
    const site = join(work, 'ferry-base');
    expect(corroborate('build', join(ROOT, 'tests/fixtures/events/ferry-fire'), '--out', site, '--base', '/my-repo/', '--quiet').status).toBe(0);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toContain('href="/my-repo/sources/');
    expect(brokenLinks(site, '/my-repo/')).toEqual([]);
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
