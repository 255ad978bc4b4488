/**
 * One multi-event site build as a fresh process, the way `corroborate build <events> --out <site>`
 * runs it (extraction in a process of its own, Astro builds in batches, the search index), reporting its time,
 * the time of each step and its peak memory as JSON on stdout. No cache: every event is extracted.
 * Usage: node scripts/bench/buildChild.ts <sourcesDir> <siteDir>
 */
import { buildEventsSite } from '../buildEventsSite.ts';

const [sources, out] = process.argv.slice(2);
const start = performance.now();
let renderStart = start;
const { index } = await buildEventsSite({ sourcesDir: sources!, outDir: out!, quiet: true, onRender: () => { renderStart = performance.now(); } });
const end = performance.now();
console.log(JSON.stringify({
  events: index.events.length,
  seconds: (end - start) / 1000,
  extractSeconds: (renderStart - start) / 1000,
  renderSeconds: (end - renderStart) / 1000,
  // Resident set of this process and its threads; Pagefind's indexer is a child process and is measured apart (children).
  peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
