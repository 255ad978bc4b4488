/**
 * The Astro build's process is started before the facts are extracted (render/astro.ts) and
 * waits for its job on its standard input: a build that fails first must not leave it waiting,
 * and a process whose input closes with no job must end without building.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../scripts/build/buildSite.ts';
import { runNodeScript } from '../scripts/effects/childProcess.ts';
import { ROOT } from './support/cli.ts';
import { runCli } from '../tools/bench/cliRun.ts';

/** Child processes this process still has (Node lists each as a ProcessWrap until it has ended). */
const children = (): number => process.getActiveResourcesInfo().filter((r) => r === 'ProcessWrap').length;

async function until(done: () => boolean, ms: number): Promise<boolean> {
  for (const start = performance.now(); performance.now() - start < ms; await new Promise((r) => setTimeout(r, 50))) if (done()) return true;
  return done();
}

describe('the Astro process started ahead of its job', () => {
  it('is ended when the build fails before rendering (a folder with no article)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'corroborate-warm-'));
    mkdirSync(join(work, 'empty'));
    const before = children();
    await expect(buildSite({ sourcesDir: join(work, 'empty'), outDir: join(work, 'site'), quiet: true })).rejects.toThrow();
    expect(await until(() => children() === before, 10_000)).toBe(true);
    expect(existsSync(join(work, 'site'))).toBe(false);
  }, 20_000);

  it('ends without building when its input closes with no job', async () => {
    const builds = (): string[] => (existsSync(join(ROOT, '.astro')) ? readdirSync(join(ROOT, '.astro')).filter((n) => n.startsWith('build-')) : []);
    const before = builds().length;
    const { code } = await runNodeScript(join(ROOT, 'scripts/render/astroChild.ts'), []);
    expect(code).toBe(0);
    expect(builds().length).toBe(before);
  }, 30_000);

  it('with CORROBORATE_BUILD_TIMINGS=1, a build prints every moment of its steps, in their order (the bench splits its time by them)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'corroborate-timings-'));
    const run = await runCli(ROOT, ['build', join(ROOT, 'tests/fixtures/events/bridge-closure'), '--out', join(work, 'site'), '--no-cache', '--quiet'], [], { CORROBORATE_BUILD_TIMINGS: '1' });
    const m = run.moments;
    const inOrder = ['modules loaded', 'facts extracted', 'astro config loaded', 'astro content synced', 'vite bundle written', 'astro pages rendered', 'astro done', 'astro pages moved', 'astro process ended', 'search index written', 'site swapped in'];
    for (const moment of [...inOrder, 'astro process started', 'astro loaded', 'astro job received']) expect(m[moment], moment).toBeGreaterThan(0);
    for (let i = 1; i < inOrder.length; i++) expect(m[inOrder[i]!]!, inOrder[i]).toBeGreaterThanOrEqual(m[inOrder[i - 1]!]!);
    // The Astro process was started before the facts were ready, and built only after both its warm-up and the facts.
    expect(m['astro process started']!).toBeLessThan(m['facts extracted']!);
    expect(m['astro config loaded']!).toBeGreaterThan(Math.max(m['astro loaded']!, m['facts extracted']!));
    expect(m['site swapped in']!).toBeLessThanOrEqual(run.seconds);
  }, 120_000);
});
