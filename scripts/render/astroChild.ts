/**
 * The process of one Astro build (render/astro.ts): it loads Astro at once, then waits for its job,
 * one line of JSON on its standard input, so that it can be started before the job is known. Its
 * input closed with no job (the build failed before rendering): it ends without building.
 */
import { batchEnvironment } from '../contracts/environment.ts';
import { renderPagesHere, type RenderJob } from './astro.ts';

// Loaded while the job is awaited; renderPagesHere's own import then finds it loaded.
const astro = import('astro');
// The gazetteer too: the build imports this same file rather than a bundled copy
// (astro.config.mjs), so the pages find it read. The job is awaited after, as both are needed anyway.
const places = import('../charts/places/gazetteer.ts').then(({ gazetteer, coarseCountries }) => { gazetteer(); coarseCountries(); });
const line = await firstLine();
if (line !== undefined) {
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
