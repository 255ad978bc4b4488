/**
 * The process of one Astro build (render/astro.ts): it loads Astro at once, then waits for its
 * setup (a first line of JSON on its standard input: the base, quiet) and
 * starts the build, which bundles and then waits for its target (a second line: the data folder,
 * where the pages go and which pages), so that it can be started, and bundle, before the facts are ready.
 * Its input closed with no setup (the build failed before rendering): it ends without building;
 * closed with no target: the build removes its folder and ends.
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT, renderPagesHere, type BuildSetup, type BuildTarget } from './astro.ts';
import { markBuild } from './buildTimings.ts';
import { siteScriptModules } from './siteScriptModules.ts';

markBuild('astro process started');

// Loaded while the setup is awaited, Astro first: the packages the build imports natively that
// take longest to load (measured one by one: Tailwind's plugin 0.25 s). Not SVGO: only
// 'astro/config' loaded it, which astro.config.mjs no longer imports. Not Astro's Markdown
// processor: nothing loads it now, the explainer's Markdown steps are unified's own packages
// (site/lib/explainerMarkdown.ts; with remark-directive, 105-108 ms of CPU to import in a fresh
// process against 208-237 ms for that processor's entry point, measured).
// Once the setup is here the build starts, and loads what its config needs itself, in its order;
// the packages only the pages import are loaded while Vite bundles (its bundler runs on threads
// of its own and left this one idle about half of that time, profiled). One missing is no error:
// the build loads what it needs.
const CONFIG_PACKAGES = ['@tailwindcss/vite'];
// After them the packages the pages' bundle imported natively once it was loaded (traced with a
// module load hook): the explainer's Markdown steps and frontmatter reader, the d3 modules of
// the charts and the map, entities. Not chrono-node's main entry point: its sixteen languages
// (266 modules, 56 to 74 ms of this thread while Vite bundled, measured) are never used; the
// pages read dates through its English entry point alone (text/englishDates.ts), which the
// modules of scripts/ below load.
const PAGE_PACKAGES = ['@astrojs/internal-helpers/frontmatter', 'unified', 'remark-parse', 'remark-directive', 'remark-rehype', 'rehype-raw', 'rehype-stringify', 'github-slugger', '@resvg/resvg-js', 'd3-geo', 'd3-scale', 'topojson-client', 'entities'];
// Then the modules of scripts/ the pages import, which the server bundle leaves to Node
// (astro.config.mjs): loaded here, they and what they load (chrono-node, wink-nlp and its model,
// d3-geo) are ready when the first page renders.
const pageModules = (): string[] => [...PAGE_PACKAGES, ...siteScriptModules(PROJECT_ROOT).map((path) => pathToFileURL(path).href)];
let setupHere = false;
const astro = import('astro').catch(() => undefined).then(() => markBuild('astro loaded'));
void astro.then(() => load([...CONFIG_PACKAGES, ...PAGE_PACKAGES], () => setupHere));
// The gazetteer (kept out of the bundle, so the pages share this module) is read from its index
// while Vite bundles, after the packages: about 50 ms that the first question of a page paid
// (charts/places/gazetteerIndex.ts), and this thread is idle then. Not before the setup: the
// command's own extraction wants the CPU then.
const input = inputLines();
const setup = (await input.next()) as BuildSetup | undefined;
if (setup) {
  setupHere = true;
  markBuild('astro setup received');
  await astro;
  await renderPagesHere(setup, input.next() as Promise<BuildTarget | undefined>, () => void load(pageModules(), () => false).then(startTagger).then(readGazetteer));
}

/** Imports the packages one by one, until `enough()`. */
async function load(names: readonly string[], enough: () => boolean): Promise<void> {
  for (const name of names) {
    // A turn of the event loop before each: a chain of imports runs on promise jobs alone and
    // would keep the setup unread on the input until its end (seen: 2 s late at load 10).
    await new Promise((resolve) => setImmediate(resolve));
    if (enough()) return;
    await import(name).catch(() => undefined);
  }
}

/**
 * The tagger's instance, made from its loaded model as a page's first call makes it: the charts'
 * labels word reported speech with it (compose/reportedSpeech.ts). Making it took 150 to 270 ms of
 * the pages' time in profiles at load 8-10; the pages share this module (scripts/ is left out of
 * the bundle), so they find it made. A failure is the page's to report.
 */
async function startTagger(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  try {
    const { nlp } = await import('../segment/nlp.ts');
    nlp();
  } catch {
    // The page that needs it makes it again and fails there, with its own message.
  }
}

/** The gazetteer's index and coarse outlines (the world map's), as a page's first question reads them; a failure is the page's to report. */
async function readGazetteer(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  try {
    const { coarseCountries, gazetteer } = await import('../charts/places/gazetteer.ts');
    gazetteer();
    coarseCountries();
  } catch {
    // The page that needs it reads it again and fails there, with its own message.
  }
}

/** The lines of standard input, parsed as JSON, one per call; undefined once the input has closed. */
function inputLines(): { next: () => Promise<unknown> } {
  const lines = createInterface({ input: process.stdin });
  const waiting: Array<(value: unknown) => void> = [];
  const ready: unknown[] = [];
  let closed = false;
  let read = 0;
  lines.on('line', (line) => {
    read++;
    const value = JSON.parse(line) as unknown;
    const take = waiting.shift();
    if (take) take(value);
    else ready.push(value);
    // Two lines are all it is told: an open input would keep this process alive after the build.
    if (read === 2) { lines.close(); process.stdin.destroy(); }
  });
  lines.on('close', () => {
    closed = true;
    for (const take of waiting.splice(0)) take(undefined);
  });
  return {
    next: () => (ready.length ? Promise.resolve(ready.shift()) : closed ? Promise.resolve(undefined) : new Promise((resolve) => waiting.push(resolve))),
  };
}
