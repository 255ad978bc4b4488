/**
 * One multi-event extraction as a fresh process, the way `corroborate extract` runs it (model
 * loads and worker start-up included), reporting its own time and peak memory as JSON on stdout.
 * Usage: node scripts/bench/extractChild.ts <sourcesDir> <outDir> [cacheDir]
 */
import { extractEvents } from '../events.ts';
import { folderCache } from '../cache.ts';

const [sources, out, cacheDir] = process.argv.slice(2);
const cpu = process.cpuUsage();
const start = performance.now();
const { index, cached } = await extractEvents(sources!, out!, { cache: cacheDir ? folderCache(cacheDir) : undefined });
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({
  events: index.events.length,
  cached,
  seconds: (performance.now() - start) / 1000,
  cpuSeconds: (used.user + used.system) / 1e6,
  peakMemoryMb: Math.round(process.resourceUsage().maxRSS / 1024),
}));
