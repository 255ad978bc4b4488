/**
 * fetchPage against a local server (tests/support/pageServer.ts, 127.0.0.1 only): redirects
 * counted and their final URL kept, loops and long chains refused, time and size limits, only
 * HTML, clear messages, and one request at a time per host. No other address is contacted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, USER_AGENT, type FetchLimits } from '../scripts/fetch/fetchPage.ts';
import { createHostQueue } from '../scripts/fetch/hostQueue.ts';
import { fileNameFor } from '../scripts/fetch/fileNames.ts';
import { VERSION } from '../scripts/contracts/version.ts';
import { ARTICLE_HTML, startPageServer, type PageServer } from './support/pageServer.ts';

const LIMITS: FetchLimits = { timeoutMs: 500, maxBytes: 200_000, maxRedirects: 5 };
let server: PageServer;
beforeAll(async () => { server = await startPageServer(); });
afterAll(async () => { await server.close(); });

const get = (path: string, limits: Partial<FetchLimits> = {}) => fetchPage(path.includes('://') ? path : server.url(path), { ...LIMITS, ...limits }, createHostQueue());

describe('fetchPage', () => {
  it('returns the bytes served, and names the tool and its version as user agent', async () => {
    const page = await get('/news/ferry-fire');
    expect(page).toMatchObject({ ok: true, finalUrl: server.url('/news/ferry-fire'), charset: 'utf-8' });
    expect(page.ok && Buffer.from(page.bytes).equals(Buffer.from(ARTICLE_HTML))).toBe(true);
    expect(server.requests.at(-1)!.userAgent).toBe(USER_AGENT);
    expect(USER_AGENT).toContain(`corroborate/${VERSION}`);
  });

  it('follows redirects by hand and keeps the final URL (without its #fragment)', async () => {
    const page = await get('/short');
    expect(page).toMatchObject({ ok: true, url: server.url('/short'), finalUrl: server.url('/news/ferry-fire.html') });
  });

  it('follows 5 redirects, refuses a 6th, and names a loop as one', async () => {
    expect(await get('/hops/5')).toMatchObject({ ok: true, finalUrl: server.url('/hops/0') });
    expect(await get('/hops/6')).toMatchObject({ ok: false, problem: expect.stringMatching(/^redirects more than 5 times \(last to .*\/hops\/0\)/) });
    const before = server.requests.length;
    expect(await get('/loop-a')).toMatchObject({ ok: false, problem: `redirects in a loop (back to ${server.url('/loop-a')})` });
    expect(server.requests.length - before).toBe(2); // loop-a, loop-b: then stopped
  });

  it('only fetches http(s), also after a redirect', async () => {
    expect(await get('ftp://127.0.0.1/file.html')).toMatchObject({ ok: false, problem: 'is a ftp: address; only http and https pages are fetched' });
    expect(await get('/to-file')).toMatchObject({ ok: false, problem: expect.stringMatching(/^redirects to file:\/\/\/etc\/passwd, a file: address/) });
    expect(await get('not a url')).toMatchObject({ ok: false, problem: 'is not a URL' });
    expect(await get(`http://desk:secret@127.0.0.1:${server.port}/news/ferry-fire`)).toMatchObject({ ok: false, problem: 'is an address that holds a user name or password; not fetched' });
  });

  it('gives up on a slow page after the timeout, also when its body stalls', async () => {
    const started = performance.now();
    expect(await get('/slow', { timeoutMs: 300 })).toMatchObject({ ok: false, problem: 'did not answer within 0.3 s (timed out); not saved' });
    expect(await get('/slow-body', { timeoutMs: 300 })).toMatchObject({ ok: false, problem: 'did not answer within 0.3 s (timed out); not saved' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses a huge page: by its Content-Length, or by streaming and stopping at the limit', async () => {
    expect(await get('/huge-declared')).toMatchObject({ ok: false, problem: 'is larger than 0.19 MB, too large for a news page; not saved' });
    expect(await get('/huge')).toMatchObject({ ok: false, problem: expect.stringMatching(/too large/) });
    // The server would send 128 MB; it stopped soon after the client did (socket buffers aside).
    expect(server.hugeBytesSent).toBeLessThan(16 * 1024 * 1024);
  });

  it('names HTTP errors, non-HTML types and TLS problems', async () => {
    expect(await get('/missing')).toMatchObject({ ok: false, problem: 'answered 404 Not Found; not saved', fix: expect.stringMatching(/moved or been removed/) });
    expect(await get('/broken')).toMatchObject({ ok: false, problem: 'answered 500 Internal Server Error; not saved', fix: expect.stringMatching(/later/) });
    expect(await get('/report.pdf')).toMatchObject({ ok: false, problem: 'is application/pdf, not an HTML page; not saved' });
    expect(await get('/photo')).toMatchObject({ ok: false, problem: 'is image/png, not an HTML page; not saved' });
    expect(await get('/untyped')).toMatchObject({ ok: false, problem: 'has no content type, not an HTML page; not saved' });
    // https to a plain-http port: the TLS handshake fails, as with a broken certificate.
    expect(await get(`https://127.0.0.1:${server.port}/news/ferry-fire`)).toMatchObject({ ok: false, problem: expect.stringMatching(/^has a TLS \(https\) problem: ERR_SSL/) });
  });

  it('sends one request at a time per host', async () => {
    server.maxInFlight = 0;
    const queue = createHostQueue();
    const pages = await Promise.all(['a', 'b', 'c', 'd'].map((n) => fetchPage(server.url(`/slowly/${n}`), LIMITS, queue)));
    expect(pages.every((p) => p.ok)).toBe(true);
    expect(server.maxInFlight).toBe(1);
    // Without the shared queue the same four overlap: the check above can fail.
    server.maxInFlight = 0;
    await Promise.all(['a', 'b', 'c', 'd'].map((n) => fetchPage(server.url(`/slowly/${n}`), LIMITS, createHostQueue())));
    expect(server.maxInFlight).toBeGreaterThan(1);
  });
});

describe('fileNameFor', () => {
  it('names a page from its URL: safe characters, unique ignoring case', () => {
    const taken = new Set(['gazette.example-news-ferry-fire.html']);
    expect(fileNameFor('https://www.Gazette.example/news/Ferry-Fire.php?id=7#x', taken)).toBe('gazette.example-news-ferry-fire-id-7.html');
    expect(fileNameFor('https://gazette.example/news/ferry-fire/', taken)).toBe('gazette.example-news-ferry-fire-2.html');
    expect(fileNameFor('https://gazette.example/news/FERRY-FIRE', taken)).toBe('gazette.example-news-ferry-fire-3.html');
    expect(fileNameFor('http://127.0.0.1:8080/', taken)).toBe('127.0.0.1.html');
    expect(fileNameFor('https://sources.example/a', taken)).toBe('page-sources.example-a.html');
    expect(fileNameFor(`https://x.example/${'long-'.repeat(40)}`, taken).length).toBeLessThanOrEqual(85);
    expect(fileNameFor('https://x.example/caf%C3%A9/../\u00fcber', taken)).toBe('x.example-uber.html');
  });
});
