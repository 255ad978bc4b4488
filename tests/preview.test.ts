/**
 * `corroborate preview` as a user runs it: build a site under a base path, serve it on a free port,
 * and fetch its pages as a browser would; a request never gets a file from outside the site folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corroborate, ROOT } from './support/cli.ts';
import { freePort } from './support/devServer.ts';
import { startServing, type ServeProcess } from './support/serveProcess.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-preview-'));
const site = join(work, 'site');
let server: ServeProcess;
let origin: string;

/** A raw request: the path is sent as written, with no URL normalisation (fetch would resolve ".."). */
function get(path: string, method = 'GET'): Promise<{ status: number; type: string; location?: string; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => done({ status: res.statusCode!, type: String(res.headers['content-type']), location: res.headers.location, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  const build = corroborate('build', join(ROOT, 'tests/fixtures/events/ferry-fire'), '--out', site, '--base', '/ferry/', '--quiet');
  expect(build.stderr).toBe('');
  // Beside the site: what a traversal would be after.
  writeFileSync(join(work, 'secret.txt'), 'not part of the site\n');
  symlinkSync(join(work, 'secret.txt'), join(site, 'linked-secret.txt'));
  const port = await freePort();
  server = await startServing(['preview', site, '--port', String(port)], /Serving .* at (\S+)/);
  origin = new URL(/Serving .* at (\S+)/.exec(server.stdout())![1]!).origin;
}, 120_000);

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('corroborate preview', () => {
  it('serves the site under the base path it was built with (read from the site folder), at 127.0.0.1 on the port asked for', async () => {
    expect(server.stdout()).toMatch(/at http:\/\/127\.0\.0\.1:\d+\/ferry\/ /);
    const home = await get('/ferry/');
    expect(home.status).toBe(200);
    expect(home.type).toBe('text/html; charset=utf-8');
    expect(home.body).toContain('<h1');
    // The page's own stylesheet, at the address the page names: the reason file:// shows it unstyled.
    const css = /href="(\/ferry\/_astro\/[^"]+\.css)"/.exec(home.body)?.[1];
    expect(css).toBeDefined();
    const style = await get(css!);
    expect([style.status, style.type]).toEqual([200, 'text/css; charset=utf-8']);
  });

  it('gives each file its content type: scripts, JSON, SVG, XML', async () => {
    expect((await get('/ferry/data/facts.json')).type).toBe('application/json; charset=utf-8');
    expect((await get('/ferry/sitemap.xml')).type).toMatch(/^(application|text)\/xml; charset=utf-8$/);
    expect((await get('/ferry/pagefind/pagefind.js')).type).toBe('text/javascript; charset=utf-8');
    const head = await get('/ferry/claims/', 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);
  });

  it('serves a folder\'s index.html, and redirects a folder\'s address without its slash, as static hosts do', async () => {
    const claims = await get('/ferry/claims/');
    expect(claims.status).toBe(200);
    expect(claims.body).toMatch(/<html/);
    expect(await get('/ferry/claims')).toMatchObject({ status: 301, location: '/ferry/claims/' });
    expect(await get('/')).toMatchObject({ status: 302, location: '/ferry/' });
  });

  it('answers 404 with the site\'s own 404 page for what the site does not have, and for anything outside the base', async () => {
    for (const path of ['/ferry/no-such-page/', '/ferry/claims/missing.css', '/_astro/', '/index.html']) {
      const missing = await get(path);
      expect(missing.status, path).toBe(404);
      expect(missing.type).toBe('text/html; charset=utf-8');
      expect(missing.body).toMatch(/<h1[^>]*>Page not found<\/h1>/);
      // Its links and styles are paths from the base: they work at any depth of the missing address.
      expect(missing.body).toContain('href="/ferry/claims/"');
      expect(missing.body).toMatch(/<link rel="stylesheet" href="\/ferry\/_astro\//);
    }
    expect((await get('/ferry/', 'POST')).status).toBe(405);
  });

  it('answers 404 with a short page of its own for a site built without a 404 page', async () => {
    const older = join(work, 'older-site');
    cpSync(site, older, { recursive: true });
    rmSync(join(older, '404.html'));
    const port = await freePort();
    const served = await startServing(['preview', older, '--port', String(port)], /127\.0\.0\.1/);
    try {
      const missing = await fetch(`http://127.0.0.1:${port}/ferry/no-such-page/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toMatch(/<h1>Not found<\/h1>/);
    } finally {
      expect(await served.stop()).toBe(0);
    }
  });

  it('never serves a file outside the site folder: "..", encoded dots and slashes, backslashes, NUL, a symlink out', async () => {
    const attempts = [
      '/ferry/../secret.txt', '/ferry/../../secret.txt', '/ferry/%2e%2e/secret.txt', '/ferry/%2e%2e%2fsecret.txt',
      '/ferry/..%2f..%2fsecret.txt', '/ferry/..%5csecret.txt', '/ferry/%00/../secret.txt', '/ferry/linked-secret.txt',
      `/ferry/${'../'.repeat(8)}etc/passwd`, '/ferry/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/ferry/%E0%A4%A',
    ];
    for (const path of attempts) {
      const answer = await get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toMatch(/not part of the site|root:/);
    }
  });

  it('takes --base over the recorded one, and is refused for a folder that holds no site', async () => {
    const port = await freePort();
    const other = await startServing(['preview', site, '--port', String(port), '--base', '/elsewhere/', '--json'], /"url"/);
    try {
      expect(JSON.parse(other.stdout())).toMatchObject({ command: 'preview', ok: true, base: '/elsewhere/', url: `http://127.0.0.1:${port}/elsewhere/` });
      expect((await fetch(`http://127.0.0.1:${port}/elsewhere/claims/`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/ferry/claims/`)).status).toBe(404);
    } finally {
      expect(await other.stop()).toBe(0);
    }
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const refused = corroborate('preview', empty);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/empty is not a built site \(it has no index\.html\)[\s\S]*fix: Pass the folder given to `corroborate build --out`/);
    expect(corroborate('preview', join(work, 'nowhere')).stderr).toMatch(/nowhere does not exist or is not a folder/);
  }, 60_000);

  it('runs from another folder with a relative path, and defaults to ./dist', async () => {
    const elsewhere = join(work, 'project');
    cpSync(site, join(elsewhere, 'dist'), { recursive: true, verbatimSymlinks: true });
    const port = await freePort();
    const run = await startServing(['preview', '--port', String(port)], /Serving/, elsewhere);
    try {
      expect(run.stdout()).toContain(`Serving ${join(elsewhere, 'dist')} at http://127.0.0.1:${port}/ferry/`);
      expect((await fetch(`http://127.0.0.1:${port}/ferry/`)).status).toBe(200);
    } finally {
      expect(await run.stop()).toBe(0);
    }
  }, 60_000);
});
