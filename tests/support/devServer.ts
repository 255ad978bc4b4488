/** Runs `corroborate dev` as a child process for tests, with bounded waits. */
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../tools/freePort.ts';
export { freePort };
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { ROOT } from './cli.ts';

export interface DevProcess {
  /** Base URL without the trailing slash, e.g. http://127.0.0.1:40123 */
  url: string;
  child: ChildProcess;
  /** Everything printed so far (stdout and stderr). */
  output: () => string;
  /** Ctrl-C, then a hard kill if it has not exited within 10 s. */
  stop: () => Promise<void>;
}

/** One page of the preview: its status and HTML. */
export async function fetchPage(dev: DevProcess, path = ''): Promise<{ status: number; html: string }> {
  const response = await fetch(`${dev.url}${path}`);
  return { status: response.status, html: await response.text() };
}

/** Polls `check` every 250 ms until it returns true or `ms` pass; returns whether it did. */
export async function until(check: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await Promise.resolve().then(check).catch(() => false)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}


export async function startDevProcess(sourcesDir: string, extraArgs: readonly string[] = []): Promise<DevProcess> {
  const port = await freePort();
  // Vitest mirrors import.meta.env into process.env (MODE=test, BASE_URL, DEV...): a user's shell has none of them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|CORROBORATE_.*)$/.test(k)));
  const child = spawn(process.execPath, [join(ROOT, 'scripts/cli.ts'), 'dev', sourcesDir, '--port', String(port), ...extraArgs], { cwd: ROOT, env: { ...env, CI: 'true' } });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    child.kill('SIGINT');
    if (!(await until(() => child.exitCode !== null, 10_000))) child.kill('SIGKILL');
  };
  const started = await until(() => /Live preview at (\S+)/.test(output) || child.exitCode !== null, 60_000);
  const match = /Live preview at (\S+)/.exec(output);
  if (!started || !match) {
    await stop();
    throw new Error(`dev did not start:\n${output}`);
  }
  return { url: match[1]!.replace(/\/$/, ''), child, output: () => output, stop };
}

/**
 * For a test file: a copy of a fixture folder under a temporary folder, `corroborate dev` started on
 * it before the tests and stopped (and the copy removed) after them.
 */
export function previewOfCopy(fixture: string): { sources: string; dev: () => DevProcess; page: (path?: string) => Promise<{ status: number; html: string }> } {
  const sources = mkdtempSync(join(tmpdir(), 'corroborate-dev-sources-'));
  cpSync(join(ROOT, fixture), sources, { recursive: true });
  let dev: DevProcess | undefined;
  beforeAll(async () => {
    dev = await startDevProcess(sources);
  }, 70_000);
  afterAll(async () => {
    await dev?.stop();
    rmSync(sources, { recursive: true, force: true });
  });
  return { sources, dev: () => dev!, page: (path = '') => fetchPage(dev!, path) };
}
