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

/** The private folders of Astro builds under way in the project (render/astro.ts). */
const builds = (): string[] => (existsSync(join(ROOT, '.astro')) ? readdirSync(join(ROOT, '.astro')).filter((n) => n.startsWith('build-')) : []);

/**
 * The build folders made since `before` that are still there once every build under way then has
 * had time to end: other test files build in the same project at the same time, and remove theirs.
 */
async function leftBehind(before: readonly string[], ms = 30_000): Promise<string[]> {
  const made = builds().filter((n) => !before.includes(n));
  await until(() => made.every((n) => !existsSync(join(ROOT, '.astro', n))), ms);
  return made.filter((n) => existsSync(join(ROOT, '.astro', n)));
}

describe('the Astro process started ahead of its job', () => {
  it('is ended, its build folder removed, when the build fails before rendering (a folder with no article)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'corroborate-warm-'));
    mkdirSync(join(work, 'empty'));
    const before = children();
    const folders = builds();
    // One event: the process is told its setup at once and starts bundling, then never gets its target.
    await expect(buildSite({ sourcesDir: join(work, 'empty'), outDir: join(work, 'site'), quiet: true })).rejects.toThrow();
    expect(await until(() => children() === before, 15_000)).toBe(true);
    expect(await leftBehind(folders)).toEqual([]);
    expect(existsSync(join(work, 'site'))).toBe(false);
  }, 60_000);

  it('ends without building when its input closes with no setup', async () => {
    const before = builds();
    const { code } = await runNodeScript(join(ROOT, 'scripts/render/astroChild.ts'), []);
    expect(code).toBe(0);
    expect(await leftBehind(before)).toEqual([]);
  }, 60_000);

  it('with CORROBORATE_BUILD_TIMINGS=1, a build prints every moment of its steps, in their order (the bench splits its time by them)', async () => {
    const work = mkdtempSync(join(tmpdir(), 'corroborate-timings-'));
    const run = await runCli(ROOT, ['build', join(ROOT, 'tests/fixtures/events/bridge-closure'), '--out', join(work, 'site'), '--no-cache', '--quiet'], [], { CORROBORATE_BUILD_TIMINGS: '1' });
    const m = run.moments;
    // The build's own steps in order, and the command's; the two meet when the build takes its target.
    const astroSteps = ['astro process started', 'astro setup received', 'astro config loaded', 'astro content synced', 'vite bundle written', 'astro job received', 'astro pages rendered', 'astro done', 'astro pages moved', 'astro process ended', 'search index written', 'site swapped in'];
    const commandSteps = ['modules loaded', 'facts extracted', 'astro job received'];
    for (const moment of [...astroSteps, ...commandSteps, 'astro loaded']) expect(m[moment], moment).toBeGreaterThan(0);
    for (const steps of [astroSteps, commandSteps]) for (let i = 1; i < steps.length; i++) expect(m[steps[i]!]!, steps[i]).toBeGreaterThanOrEqual(m[steps[i - 1]!]!);
    // The Astro process was started before the facts were ready; it built once loaded, and rendered only with the facts.
    expect(m['astro process started']!).toBeLessThan(m['facts extracted']!);
    expect(m['astro config loaded']!).toBeGreaterThan(m['astro loaded']!);
    expect(m['site swapped in']!).toBeLessThanOrEqual(run.seconds);
  }, 120_000);
});
