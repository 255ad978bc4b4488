import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { compileCacheFolder, compileCacheRoot, pruneCompileCaches } from '../bin/compileCache.js';

describe('the compile cache is corroborate\'s own folder, a week at a time', () => {
  it('gives each week its own folder under corroborate-compile-cache', () => {
    const monday = new Date('2026-11-30T12:00:00Z');
    const week = 7 * 24 * 3600 * 1000;
    expect(compileCacheFolder('/t', monday)).toMatch(/^\/t\/corroborate-compile-cache\/week-\d+$/);
    expect(compileCacheFolder('/t', new Date(monday.getTime() + week))).not.toBe(compileCacheFolder('/t', monday));
    expect(compileCacheFolder('/t', new Date(monday.getTime() + 1000))).toBe(compileCacheFolder('/t', monday));
  });

  it('removes the earlier weeks and nothing else', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'compile-cache-'));
    try {
      const root = compileCacheRoot(tmp);
      const current = join(root, 'week-3000');
      for (const folder of [current, join(root, 'week-2999'), join(root, 'notes')]) mkdirSync(folder, { recursive: true });
      writeFileSync(join(root, 'week-2999', 'entry'), 'x');
      writeFileSync(join(tmp, 'someone-elses-file'), 'x');
      pruneCompileCaches(tmp, current);
      for (let i = 0; i < 50 && existsSync(join(root, 'week-2999')); i++) await sleep(20);
      expect(existsSync(join(root, 'week-2999'))).toBe(false);
      expect(existsSync(current)).toBe(true);
      expect(existsSync(join(root, 'notes'))).toBe(true);
      expect(existsSync(join(tmp, 'someone-elses-file'))).toBe(true);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('does nothing when the folder does not exist yet', () => {
    expect(() => pruneCompileCaches(join(tmpdir(), 'no-such-folder-for-corroborate'), 'x')).not.toThrow();
  });
});
