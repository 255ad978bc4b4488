/**
 * `corroborate dev` as a user runs it: start the live preview on a copy of an event, edit,
 * add and remove articles, and see the served pages follow. Every wait is bounded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/cli.ts';

const sources = mkdtempSync(join(tmpdir(), 'corroborate-dev-sources-'));
cpSync(join(ROOT, 'tests/fixtures/events/ferry-fire'), sources, { recursive: true });
let child: ChildProcess;
let output = '';
let url = '';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every 250 ms until it returns true or `ms` pass; returns whether it did. */
async function until(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await Promise.resolve().then(check).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function page(path = ''): Promise<{ status: number; html: string }> {
  const response = await fetch(`${url}${path}`);
  return { status: response.status, html: await response.text() };
}

beforeAll(async () => {
  const port = await freePort();
  // Vitest mirrors import.meta.env into process.env (MODE=test, BASE_URL, DEV...): a user's shell has none of them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|CORROBORATE_.*)$/.test(k)));
  child = spawn(process.execPath, [join(ROOT, 'scripts/cli.ts'), 'dev', sources, '--port', String(port)], { cwd: ROOT, env: { ...env, CI: 'true' } });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const started = await until(() => /Live preview at (\S+)/.test(output), 60_000);
  if (!started) throw new Error(`dev did not start:\n${output}`);
  url = /Live preview at (\S+)/.exec(output)![1]!.replace(/\/$/, '');
}, 70_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGINT');
    const stopped = await until(() => child.exitCode !== null, 10_000);
    if (!stopped) child.kill('SIGKILL');
  }
  rmSync(sources, { recursive: true, force: true });
});

describe('corroborate dev', () => {
  it('serves the explainer for the folder', async () => {
    const { status, html } = await page('/');
    expect(status).toBe(200);
    expect(html).toMatch(/ferry/i);
  });

  it('picks up an edited article: the new figure is served', async () => {
    expect((await page('/')).html).not.toContain('4,321');
    appendFileSync(join(sources, 'coastal-herald.txt'), '\nRescuers said 4,321 lifejackets were handed out on the pier.\n');
    const seen = await until(async () => (await page('/')).html.includes('4,321'), 30_000);
    expect(seen, output).toBe(true);
  }, 40_000);

  it('adds a page for a new article and drops it when the article is removed', async () => {
    writeFileSync(join(sources, 'island-post.txt'), 'Ferry inquiry opens\n\nInvestigators said 77 witnesses would be heard, the coast guard said.\n');
    expect(await until(async () => (await page('/sources/island-post/')).status === 200, 30_000), output).toBe(true);
    rmSync(join(sources, 'island-post.txt'));
    expect(await until(async () => !(await page('/')).html.includes('sources/island-post/'), 30_000), output).toBe(true);
  }, 70_000);

  it('keeps serving the last good version when the folder has no readable article left', async () => {
    for (const name of ['coastal-herald.txt', 'harbour-times.html', 'nordic-wire.md']) rmSync(join(sources, name));
    expect(await until(() => /extraction failed, still showing the last good version: no readable articles/.test(output), 30_000), output).toBe(true);
    expect((await page('/')).status).toBe(200);
  }, 40_000);

  it('stops cleanly on Ctrl-C', async () => {
    child.kill('SIGINT');
    expect(await until(() => child.exitCode !== null, 15_000)).toBe(true);
    expect(child.exitCode).toBe(0);
  }, 20_000);
});
