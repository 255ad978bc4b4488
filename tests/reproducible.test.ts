/**
 * Reproducible builds: the same articles give byte-identical output, whatever the clock,
 * the time zone, the order the files were created in or the folder the build runs in.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { corroborateWith, ROOT } from './support/cli.ts';

/** Every file under `dir`, by relative path, with the SHA-256 of its bytes. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Copies the articles into `<root>/sources` in the given order, builds, and fingerprints site and generated files. */
function buildCopy(root: string, names: string[], options: Parameters<typeof corroborateWith>[0]): Record<string, string> {
  const from = join(ROOT, 'content/sources');
  mkdirSync(join(root, 'sources'), { recursive: true });
  for (const name of names) copyFileSync(join(from, name), join(root, 'sources', name));
  const run = corroborateWith(options, 'build', join(root, 'sources'), '--out', join(root, 'site'), '--generated', join(root, 'generated'), '--quiet');
  expect(run.status, run.stderr).toBe(0);
  const site = Object.entries(fingerprint(join(root, 'site'))).map(([path, hash]) => [`site/${path}`, hash]);
  const generated = Object.entries(fingerprint(join(root, 'generated'))).map(([path, hash]) => [`generated/${path}`, hash]);
  return Object.fromEntries([...site, ...generated]);
}

describe('reproducible builds', () => {
  it('building twice gives byte-identical site and generated files (other clock, time zone, file order, folder)', () => {
    const work = mkdtempSync(join(tmpdir(), 'corroborate-repro-'));
    const names = readdirSync(join(ROOT, 'content/sources')).sort();
    const first = buildCopy(join(work, 'first'), names, { env: { TZ: 'UTC' } });
    const second = buildCopy(join(work, 'second-run'), [...names].reverse(), {
      env: { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8' },
      nodeArgs: ['--import', join(ROOT, 'tests/support/shiftedClock.mjs')],
    });
    expect(Object.keys(first).length).toBeGreaterThan(10);
    expect(Object.keys(first)).toContain('generated/manifest.json');
    expect(second).toEqual(first);
  });

  it('the shifted clock used above does move the build\'s clock', () => {
    const run = spawnSync(process.execPath, ['--import', join(ROOT, 'tests/support/shiftedClock.mjs'), '-e', 'console.log(Date.now(), new Date().getFullYear())'], { encoding: 'utf8' });
    const [now, year] = run.stdout.trim().split(' ').map(Number);
    expect(now! - Date.now()).toBeGreaterThan(6 * 365 * 24 * 3600 * 1000);
    expect(year).toBeGreaterThan(new Date().getFullYear() + 6);
  });
});
