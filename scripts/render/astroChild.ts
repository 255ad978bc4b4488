/**
 * The process of one Astro build (render/astro.ts): it loads Astro at once, then waits for its job,
 * one line of JSON on its standard input, so that it can be started before the job is known. Its
 * input closed with no job (the build failed before rendering): it ends without building.
 */
import { batchEnvironment } from '../contracts/environment.ts';
import { createInterface } from 'node:readline';
import { READ_PLACES, renderPagesHere, type RenderJob } from './astro.ts';
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
// The gazetteer when told (READ_PLACES: a one-event build, which extracts in the command's own,
// small process), else once the job came: a many-event build extracts in a process of about
// 550 MB, and the gazetteer read beside it (about 135 MB, measured) took the peak to 977 MB.
// The build imports this same file rather than a bundled copy (astro.config.mjs), so the pages find it read.
let places: Promise<void> | undefined;
const readPlaces = (): Promise<void> => (places ??= import('../charts/places/gazetteer.ts').then(({ gazetteer, coarseCountries }) => { gazetteer(); coarseCountries(); markBuild('gazetteer read'); }));
const job = await nextJob();
if (job) {
  markBuild('astro job received');
  // The process was started with no selection; this build's is its own.
  Object.assign(process.env, batchEnvironment(job.selection));
  await Promise.all([astro, readPlaces()]);
  await renderPagesHere(job.generatedDir, job.outDir, job.base, job.quiet);
}

/** The job, the first line of standard input that is not READ_PLACES; undefined when the input closes before one. */
function nextJob(): Promise<RenderJob | undefined> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin });
    lines.on('line', (line) => {
      if (line === READ_PLACES) return void readPlaces();
      // Resolved first: closing the lines calls 'close' at once.
      resolve(JSON.parse(line) as RenderJob);
      // Nothing more to read: an open input would keep this process alive after the build.
      lines.close();
      process.stdin.destroy();
    });
    lines.on('close', () => resolve(undefined));
  });
}
