/** Runs the corroborate CLI as users and other tools do: a separate Node process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
/** An extraction cache of this test file's own, never the project's (node_modules/.cache). */
const CACHE_DIR = mkdtempSync(join(tmpdir(), 'corroborate-test-cache-'));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function corroborate(...args: string[]): CliResult {
  return corroborateWith({}, ...args);
}

/** The same, with extra environment variables, Node options (a time zone, a preloaded module) or another working folder. */
export function corroborateWith(options: { env?: Record<string, string>; nodeArgs?: string[]; cwd?: string }, ...args: string[]): CliResult {
  const env = { ...process.env, CORROBORATE_DATA: '', CORROBORATE_CACHE_DIR: CACHE_DIR, ...options.env };
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), join(ROOT, 'scripts/cli.ts'), ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
