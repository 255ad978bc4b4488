/** Runs a serving command (`corroborate preview`, `dev --json`) as a child process, with bounded waits. */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './cli.ts';
import { until } from './devServer.ts';

export interface ServeProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Ctrl-C, then a hard kill if it has not exited within 10 s; resolves to the exit code. */
  stop: () => Promise<number | null>;
}

/**
 * Starts `corroborate <args>` (through bin/corroborate.js, as a user runs it) and waits until its
 * stdout matches `ready` or it exits; `cwd` defaults to the project.
 */
export async function startServing(args: string[], ready: RegExp, cwd = ROOT): Promise<ServeProcess> {
  // Vitest mirrors import.meta.env into process.env (MODE=test, BASE_URL, DEV...): a user's shell has none of them.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|CORROBORATE_.*)$/.test(k)));
  const child = spawn(process.execPath, [join(ROOT, 'bin/corroborate.js'), ...args], { cwd, env: { ...env, CI: 'true' } });
  let [stdout, stderr] = ['', ''];
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const stop = async (): Promise<number | null> => {
    if (child.exitCode === null) {
      child.kill('SIGINT');
      if (!(await until(() => child.exitCode !== null, 10_000))) child.kill('SIGKILL');
    }
    return child.exitCode;
  };
  if (!(await until(() => ready.test(stdout) || child.exitCode !== null, 90_000)) || !ready.test(stdout)) {
    await stop();
    throw new Error(`corroborate ${args.join(' ')} did not start:\n${stdout}\n${stderr}`);
  }
  return { child, stdout: () => stdout, stderr: () => stderr, stop };
}
