/** Runs the corroborate CLI as users and other tools do: a separate Node process. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function corroborate(...args: string[]): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CORROBORATE_DATA: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
