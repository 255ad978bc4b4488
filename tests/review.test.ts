/**
 * The live preview's review actions: a request from the preview's own page, with the session's
 * token, writes a correction to corrections.yaml and the page follows; anything else is refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendCorrection } from '../scripts/corrections/appendCorrection.ts';
import { readCorrections } from '../scripts/corrections/readCorrections.ts';
import { corroborate, ROOT } from './support/cli.ts';
import { fetchPage, previewOfCopy, startDevProcess, until, type DevProcess } from './support/devServer.ts';

const FERRY = join(ROOT, 'tests/fixtures/events/ferry-fire');
const HIDDEN = 'quote-nordline-vessel-pas-inspection-march';

describe('appendCorrection', () => {
  it('adds an entry to corrections.yaml, keeping the editors\' comments and entries, and it reads back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-append-'));
    writeFileSync(join(dir, 'corrections.yaml'), '# Checked by the desk on Monday\n- title: The evening ferry fire\n');
    const line = appendCorrection(dir, { hide: { source: 'a.txt', quote: 'some words', claim: 'q-1-thing' } });
    const text = readFileSync(join(dir, 'corrections.yaml'), 'utf8');
    expect(text).toBe('# Checked by the desk on Monday\n- title: The evening ferry fire\n- hide: { source: a.txt, quote: some words, claim: q-1-thing }\n');
    expect(line).toBe(3);
    const warnings: never[] = [];
    expect(readCorrections(dir, warnings).map((c) => [c.operation, c.line])).toEqual([['title', 2], ['hide', 3]]);
    expect(readdirSync(dir)).toEqual(['corrections.yaml']);
  });
});

describe('review actions in corroborate dev', () => {
  const { sources, dev: devOf } = previewOfCopy('tests/fixtures/events/ferry-fire');
  let dev: DevProcess;
  beforeAll(() => { dev = devOf(); });

  const tokenOf = (html: string) => /<meta name="corroborate-review" content="([0-9a-f]+)"/.exec(html)?.[1];
  const post = (body: object, headers: Record<string, string> = {}) =>
    fetch(`${new URL(dev.url).origin}/__corroborate/review`, { method: 'POST', headers: { 'content-type': 'application/json', origin: new URL(dev.url).origin, ...headers }, body: JSON.stringify(body) });

  it('refuses a GET, another origin, no origin, a wrong token and a claim that is not there', async () => {
    const token = tokenOf((await fetchPage(dev, '/claims/')).html)!;
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    expect((await fetch(`${new URL(dev.url).origin}/__corroborate/review`)).status).toBe(405);
    expect((await post({ token, claim: HIDDEN, action: 'hide' }, { origin: 'http://evil.example' })).status).toBe(403);
    const noOrigin = await fetch(`${new URL(dev.url).origin}/__corroborate/review`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, claim: HIDDEN, action: 'hide' }) });
    expect(noOrigin.status).toBe(403);
    expect((await post({ token: 'f'.repeat(48), claim: HIDDEN, action: 'hide' })).status).toBe(403);
    expect((await post({ token, claim: 'no-such-claim', action: 'hide' })).status).toBe(404);
    expect((await post({ token, claim: 'q-12-people', action: 'unattributed' })).status).toBe(400); // a figure has no speaker
    expect(existsSync(join(sources, 'corrections.yaml'))).toBe(false);
  });

  it('hides a claim: corrections.yaml gets the entry, and the served pages follow', async () => {
    const token = tokenOf((await fetchPage(dev, '/claims/')).html)!;
    expect((await fetchPage(dev, '/claims/')).html).toContain(`id="${HIDDEN}"`);
    const response = await post({ token, claim: HIDDEN, action: 'hide' });
    expect(response.status).toBe(200);
    expect(readFileSync(join(sources, 'corrections.yaml'), 'utf8')).toMatch(new RegExp(`^- hide: \\{ source: coastal-herald\\.txt, quote: .*, claim: ${HIDDEN} \\}\\n$`));
    expect(await until(async () => !(await fetchPage(dev, '/claims/')).html.includes(`id="${HIDDEN}"`), 30_000), dev.output()).toBe(true);
  }, 40_000);
});

describe('review actions are off where they must be', () => {
  it('a built site has no review token or script', () => {
    const site = join(mkdtempSync(join(tmpdir(), 'corroborate-review-site-')), 'site');
    expect(corroborate('build', FERRY, '--out', site, '--quiet').status).toBe(0);
    for (const page of (readdirSync(site, { recursive: true }) as string[]).filter((p) => p.endsWith('.html'))) {
      expect(readFileSync(join(site, page), 'utf8')).not.toMatch(/corroborate-review|__corroborate/);
    }
  });

  it('served to the network (--host), the preview has no review actions unless --review', async () => {
    const sources = mkdtempSync(join(tmpdir(), 'corroborate-review-host-'));
    cpSync(FERRY, sources, { recursive: true });
    const dev = await startDevProcess(sources, ['--host']);
    try {
      const { html } = await fetchPage(dev, '/claims/');
      expect(html).toContain('All claims');
      expect(html).not.toContain('corroborate-review');
      const refused = await fetch(`${new URL(dev.url).origin}/__corroborate/review`, { method: 'POST', headers: { 'content-type': 'application/json', origin: new URL(dev.url).origin }, body: '{}' });
      expect(refused.status).not.toBe(200);
      expect(existsSync(join(sources, 'corrections.yaml'))).toBe(false);
    } finally {
      await dev.stop();
      rmSync(sources, { recursive: true, force: true });
    }
  }, 70_000);
});
