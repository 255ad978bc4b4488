/**
 * Vitest global setup: one temporary folder per test run. Every test makes its work folders with
 * os.tmpdir(), and so do the processes the tests start (the CLI, Astro builds); pointing TMPDIR
 * at one folder per run, which the teardown removes, keeps a run from leaving its sites and
 * caches behind (6,500 such folders had piled up on this machine).
 * Workers inherit this process's environment, so the setting reaches every test file.
 */
import { compileCacheFolder } from '../../bin/compileCache.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function setup(): () => void {
  const systemTemp = tmpdir();
  const root = mkdtempSync(join(systemTemp, 'corroborate-tests-'));
  const previous = { TMPDIR: process.env.TMPDIR, NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE };
  // Node's compile cache stays where the CLI keeps it (bin/corroborate.js): rebuilding it in each
  // run's folder would cost every CLI start in the tests its compile time again.
  process.env.NODE_COMPILE_CACHE ??= compileCacheFolder(systemTemp);
  process.env.TMPDIR = root;
  return () => {
    rmSync(root, { recursive: true, force: true });
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
