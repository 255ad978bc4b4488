/**
 * The process of one Astro build (render/astro.ts): it loads Astro at once, then waits for its job,
 * one line of JSON on its standard input, so that it can be started before the job is known. Its
 * input closed with no job (the build failed before rendering): it ends without building.
 */
import { batchEnvironment } from '../contracts/environment.ts';
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
// The gazetteer too: the build imports this same file rather than a bundled copy
// (astro.config.mjs), so the pages find it read. The job is awaited after, as both are needed anyway.
const places = import('../charts/places/gazetteer.ts').then(({ gazetteer, coarseCountries }) => { gazetteer(); coarseCountries(); markBuild('gazetteer read'); });
const line = await firstLine();
if (line !== undefined) {
  markBuild('astro job received');
  const job = JSON.parse(line) as RenderJob;
  // The process was started with no selection; this build's is its own.
  Object.assign(process.env, batchEnvironment(job.selection));
  await Promise.all([astro, places]);
  await renderPagesHere(job.generatedDir, job.outDir, job.base, job.quiet);
}

/** The first line of standard input; undefined when it closes before one. */
function firstLine(): Promise<string | undefined> {
  return new Promise((resolve) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk: string) => {
      text += chunk;
      const end = text.indexOf('\n');
      if (end < 0) return;
      // Nothing more to read: an open input would keep this process alive after the build.
      process.stdin.destroy();
      resolve(text.slice(0, end));
    });
    process.stdin.on('end', () => resolve(undefined));
  });
}
