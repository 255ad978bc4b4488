/**
 * `corroborate add` against a local server (tests/support/pageServer.ts, 127.0.0.1 only): pages
 * saved byte for byte and named from their URL, sources.yaml written without losing a user's
 * values or comments, a page not fetched twice (same URL, same canonical URL) unless refresh,
 * failures reported per URL while the others are saved, and legacy charsets read by ingest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { addPages } from '../scripts/fetch/addPages.ts';
import { ingestFolder } from '../scripts/ingest/ingest.ts';
import { ARTICLE_HTML, CP1252_TEXT, startPageServer, type PageServer } from './support/pageServer.ts';
import { ROOT } from './support/cli.ts';

let server: PageServer;
beforeAll(async () => { server = await startPageServer(); });
afterAll(async () => { await server.close(); });

const folder = (): string => mkdtempSync(join(tmpdir(), 'corroborate-add-'));
const yamlOf = (dir: string): Record<string, Record<string, string>> => parse(readFileSync(join(dir, 'sources.yaml'), 'utf8'));
const LIMITS = { timeoutMs: 400, maxBytes: 200_000 };
const clock = (iso: string) => () => new Date(iso);

describe('addPages', () => {
  it('saves the bytes served, named from the final URL, and records url, final URL, time and metadata', async () => {
    const dir = folder();
    const [result] = await addPages([server.url('/short')], dir, { limits: LIMITS, now: clock('2031-05-15T08:00:00Z') });
    expect(result).toMatchObject({ status: 'saved', file: '127.0.0.1-news-ferry-fire.html' });
    expect(readFileSync(join(dir, '127.0.0.1-news-ferry-fire.html')).equals(Buffer.from(ARTICLE_HTML))).toBe(true);
    expect(yamlOf(dir)).toEqual({
      '127.0.0.1-news-ferry-fire.html': {
        url: server.url('/short'),
        final_url: server.url('/news/ferry-fire.html'),
        fetched: '2031-05-15T08:00:00.000Z',
        title: 'Ferry fire closes the harbour',
        publisher: 'Gull Point Gazette',
        author: 'Mira Okonjo',
        published: '2031-05-14T09:00:00Z',
      },
    });
    // Ingest reads the folder with no warning, and takes the URL asked for as the source's url.
    const { articles, warnings } = ingestFolder(dir);
    expect(warnings).toEqual([]);
    expect(articles[0]!.source).toMatchObject({ url: server.url('/short'), publisher: 'Gull Point Gazette' });
  });

  it('reports each failed URL with its reason and still saves the others', async () => {
    const dir = folder();
    const urls = ['/missing', '/report.pdf', '/photo', '/slow', '/huge', '/loop-a', '/news/ferry-fire'].map((p) => server.url(p));
    const results = await addPages(urls, dir, { limits: LIMITS });
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'failed', 'failed', 'saved']);
    expect(results.slice(0, 6).map((r) => (r.status === 'failed' ? r.problem : ''))).toEqual([
      'answered 404 Not Found; not saved',
      'is application/pdf, not an HTML page; not saved',
      'is image/png, not an HTML page; not saved',
      'did not answer within 0.4 s (timed out); not saved',
      'is larger than 0.19 MB, too large for a news page; not saved',
      `redirects in a loop (back to ${server.url('/loop-a')})`,
    ]);
    expect(readdirSync(dir).sort()).toEqual(['127.0.0.1-news-ferry-fire.html', 'sources.yaml']);
  });

  it('does not fetch a URL already in the folder, nor save a page whose canonical URL is there, unless refresh', async () => {
    const dir = folder();
    await addPages([server.url('/news/ferry-fire')], dir, { limits: LIMITS, now: clock('2031-05-15T08:00:00Z') });
    const before = server.requests.length;
    const [again] = await addPages([server.url('/news/ferry-fire#comments')], dir, { limits: LIMITS });
    expect(again).toMatchObject({ status: 'present', file: '127.0.0.1-news-ferry-fire.html' });
    expect(server.requests.length).toBe(before); // not even asked
    const [copy] = await addPages([server.url('/copy')], dir, { limits: LIMITS });
    expect(copy).toMatchObject({ status: 'present', why: `its canonical URL ${server.url('/news/ferry-fire')} is already in the folder` });
    expect(readdirSync(dir)).toHaveLength(2);
    // The same within one run: the second URL's canonical is the first one's.
    const fresh = folder();
    const both = await addPages([server.url('/news/ferry-fire'), server.url('/copy'), server.url('/news/ferry-fire')], fresh, { limits: LIMITS });
    expect(both.map((r) => r.status)).toEqual(['saved', 'present']);
    const [refreshed] = await addPages([server.url('/news/ferry-fire')], dir, { limits: LIMITS, refresh: true, now: clock('2031-06-01T00:00:00Z') });
    expect(refreshed).toMatchObject({ status: 'saved', file: '127.0.0.1-news-ferry-fire.html', refreshed: true });
    expect(yamlOf(dir)['127.0.0.1-news-ferry-fire.html']!.fetched).toBe('2031-06-01T00:00:00.000Z');
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it("keeps a user's values and comments in sources.yaml; only the fetch record is renewed", async () => {
    const dir = folder();
    await addPages([server.url('/news/ferry-fire')], dir, { limits: LIMITS, now: clock('2031-05-15T08:00:00Z') });
    const file = '127.0.0.1-news-ferry-fire.html';
    const edited = readFileSync(join(dir, 'sources.yaml'), 'utf8').replace('title: Ferry fire closes the harbour', 'title: My own headline # checked by hand');
    writeFileSync(join(dir, 'sources.yaml'), `# Notes of the desk: keep this line\nother.txt:\n  publisher: Coastal Radio\n${edited}`);
    writeFileSync(join(dir, 'other.txt'), 'Coastal Radio said 212 passengers were taken ashore.');
    await addPages([server.url('/news/ferry-fire')], dir, { limits: LIMITS, refresh: true, now: clock('2031-06-01T00:00:00Z') });
    const text = readFileSync(join(dir, 'sources.yaml'), 'utf8');
    expect(text).toContain('# Notes of the desk: keep this line');
    expect(text).toContain('title: My own headline # checked by hand');
    expect(yamlOf(dir)['other.txt']).toEqual({ publisher: 'Coastal Radio' });
    expect(yamlOf(dir)[file]).toMatchObject({ title: 'My own headline', fetched: '2031-06-01T00:00:00.000Z', author: 'Mira Okonjo' });
  });

  it('refuses to touch a sources.yaml that is not valid YAML, before fetching anything', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'sources.yaml'), 'a.html:\n  title: [unclosed\n');
    const before = server.requests.length;
    await expect(addPages([server.url('/news/ferry-fire')], dir, { limits: LIMITS })).rejects.toThrow(/sources\.yaml:\d+: is not valid YAML/);
    expect(server.requests.length).toBe(before);
  });

  it('records a charset declared only in the header, so ingest reads the saved bytes in it; a meta charset needs no record', async () => {
    const dir = folder();
    const results = await addPages([server.url('/cp1252-header'), server.url('/cp1252-meta')], dir, { limits: LIMITS });
    expect(results.map((r) => r.status)).toEqual(['saved', 'saved']);
    const yaml = yamlOf(dir);
    expect(yaml['127.0.0.1-cp1252-header.html']!.charset).toBe('windows-1252');
    expect(yaml['127.0.0.1-cp1252-meta.html']!.charset).toBeUndefined();
    const { articles, warnings } = ingestFolder(dir);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.view.includes(CP1252_TEXT))).toEqual([true, false]);
    expect(articles[1]!.view).toContain(CP1252_TEXT.replace('\u20ac800', '800 euros'));
  });
});

/** Runs the CLI as a child process without blocking this process, which serves the pages. */
function cli(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts/cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, CORROBORATE_DATA: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('corroborate add', () => {
  it('saves what it can, names each failure, exits 0; then build works on the folder and the source page links to the URL', async () => {
    const dir = folder();
    const list = join(dir, '..', `urls-${process.pid}.txt`);
    writeFileSync(list, `# the desk's list\n${server.url('/missing')}\n\n${server.url('/cp1252-header')}\n`);
    const run = await cli('add', server.url('/news/ferry-fire'), server.url('/report.pdf'), '--from', list, '--to', dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`add: 2 pages saved to ${dir}, 2 failed (recorded in sources.yaml)`);
    expect(run.stderr).toContain(`warning: ${server.url('/missing')}: answered 404 Not Found; not saved (fix: `);
    expect(run.stderr).toContain(`warning: ${server.url('/report.pdf')}: is application/pdf, not an HTML page; not saved`);
    // A url that is not a web address (here a script) is shown, never made a link.
    writeFileSync(join(dir, 'radio.txt'), 'Coastal Radio said 212 passengers were taken ashore after the fire on the evening ferry.');
    writeFileSync(join(dir, 'sources.yaml'), `${readFileSync(join(dir, 'sources.yaml'), 'utf8')}radio.txt:\n  url: "javascript:alert(1)"\n`);
    const site = mkdtempSync(join(tmpdir(), 'corroborate-add-site-'));
    const build = await cli('build', dir, '--out', site, '--no-cache', '--quiet');
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    const page = readFileSync(join(site, 'sources', '127-0-0-1-news-ferry-fire', 'index.html'), 'utf8');
    expect(page).toContain(`<a href="${server.url('/news/ferry-fire')}" rel="noopener noreferrer">${server.url('/news/ferry-fire')}</a>`);
    const radio = readFileSync(join(site, 'sources', 'radio', 'index.html'), 'utf8');
    expect(radio).toContain('javascript:alert(1)</dd>');
    expect(radio).not.toContain('href="javascript:');
  });

  it('exits 1 when nothing could be saved, and 2 without --to or a URL', async () => {
    const dir = folder();
    const run = await cli('add', server.url('/missing'), server.url('/photo'), '--to', dir, '--json');
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ command: 'add', ok: false, exitCode: 1, failed: [{ url: server.url('/missing') }, { url: server.url('/photo') }], error: { message: `add: none of the 2 URLs could be saved to ${dir}` } });
    expect((await cli('add', server.url('/missing'))).status).toBe(2);
    expect((await cli('add', '--to', dir)).status).toBe(2);
  });
});
