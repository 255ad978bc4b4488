/**
 * Where a build's time goes, for the bench: with CORROBORATE_BUILD_TIMINGS=1 the command and the
 * processes it starts print `build timing: <moment> <epoch ms>` on standard error at each step
 * (the modules loaded, extraction done, Astro loaded, content synced, bundled, pages rendered,
 * the search index...). Epoch milliseconds, so that the bench can line up the lines of several
 * processes against the moment it started the command. Off, it prints nothing and changes nothing.
 */
import type { AstroIntegration } from 'astro';
import { buildTimings } from '../contracts/environment.ts';

/** Prints one moment of the build, when the timings are asked for. */
export function markBuild(moment: string): void {
  if (buildTimings()) process.stderr.write(`build timing: ${moment} ${Math.round(performance.timeOrigin + performance.now())}\n`);
}

/** Astro's own steps, from its build hooks: none when the timings are not asked for. */
export function astroTimings(): AstroIntegration[] {
  if (!buildTimings()) return [];
  return [{
    name: 'corroborate-build-timings',
    hooks: {
      // Astro has no hook between bundling and rendering the pages: Vite's end of each bundle marks it.
      'astro:config:setup': ({ updateConfig }) => { updateConfig({ vite: { plugins: [{ name: 'corroborate-bundle-timings', closeBundle: () => markBuild('vite bundle written') }] } }); },
      'astro:config:done': () => markBuild('astro config loaded'),
      // Astro syncs the content collections (and writes their types) before the build starts.
      'astro:build:start': () => markBuild('astro content synced'),
      'astro:build:generated': () => markBuild('astro pages rendered'),
      'astro:build:done': () => markBuild('astro done'),
    },
  }];
}
