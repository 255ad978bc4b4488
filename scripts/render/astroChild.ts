/**
 * The process of one Astro build (render/astro.ts): it loads Astro at once, then waits for its job,
 * one line of JSON on its standard input, so that it can be started before the job is known. Its
 * input closed with no job (the build failed before rendering): it ends without building.
 */
import { batchEnvironment } from '../contracts/environment.ts';
import { createInterface } from 'node:readline';
import { renderPagesHere, type RenderJob } from './astro.ts';
import { markBuild } from './buildTimings.ts';

markBuild('astro process started');

// Loaded while the job is awaited; the build's own imports then find them loaded. Astro and
// the packages the build imports natively that take longest to load (measured one by one: the
// Markdown processor, which loads its highlighters, and SVGO about 1 to 2 s each on this busy
// machine, Tailwind's plugin 0.25 s). One missing is no error: the build loads what it needs.
const WARM = ['astro', '@astrojs/markdown-remark', 'svgo', '@tailwindcss/vite', 'remark-directive', '@resvg/resvg-js'];
const astro = (async () => {
  for (const name of WARM) await import(name).catch(() => undefined);
  markBuild('astro loaded');
})();
// Not the gazetteer: read from its index in about 0.1 s on the first question of a page
// (charts/places/gazetteerIndex.ts), an event that names no place never reads it.
const job = await nextJob();
if (job) {
  markBuild('astro job received');
  // The process was started with no selection; this build's is its own.
  Object.assign(process.env, batchEnvironment(job.selection));
  await astro;
  await renderPagesHere(job.generatedDir, job.outDir, job.base, job.quiet);
}

/** The job, the first line of standard input; undefined when the input closes before one. */
function nextJob(): Promise<RenderJob | undefined> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    lines.on('line', (line) => {
      // Resolved first: closing the lines calls 'close' at once.
      resolve(JSON.parse(line) as RenderJob);
      // Nothing more to read: an open input would keep this process alive after the build.
      lines.close();
      process.stdin.destroy();
    });
    lines.on('close', () => resolve(undefined));
  });
}
