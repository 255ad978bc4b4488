/**
 * Astro's build of a generated folder's pages (no search index), always in a process of its own.
 *
 * Why a process, and why it builds inside the project: for a static site Astro first writes the
 * server side of the build (chunks that import the project's packages) to `<outDir>/.prerender`
 * when outDir lies inside the working folder, and to `<working folder>/.astro/.prerender`
 * otherwise; it then renders the pages from there and renames the assets into outDir. Run from
 * anywhere with an output anywhere, that fails twice: the chunks cannot find the project's
 * packages, and a rename between two file systems (a tmpfs /tmp, a mounted volume) is refused.
 * So the child works from the project's folder and builds into a private folder inside it: the
 * chunks resolve, every rename stays on one file system, and two builds at once never share a
 * folder. The pages are then moved into outDir (copied when outDir is on another file system).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { moveInto } from '../store/output.ts';
import { startNodeScript } from '../effects/childProcess.ts';
import { batchEnvironment, setPageEnvironment, type PageSelection } from '../contracts/environment.ts';
import { astroTimings, markBuild } from './buildTimings.ts';

export type { PageSelection };

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A young generation of at most 3 x 16 MB: V8's default on a machine with much memory is larger,
 * and an Astro build, which allocates fast, then holds about 90 MB more at its peak with no gain
 * in time (measured over the 200 multi-news events, batches of 30: 755 -> 662 MB per build).
 */
const CHILD_NODE_OPTIONS = ['--max-semi-space-size=16'];

/**
 * Astro's build without its sync step. The sync loads the content collections through a Vite
 * server of its own and writes their types for the editor; the site has no collection (the pages
 * read the explainer themselves, site/lib/explainerEntry.ts) and a build in a private folder
 * needs no types, yet the sync's server still cost about 0.3 s of a one-event build (measured).
 * `sync` is an option of Astro's builder that `build()` hands on, not in its public type.
 */
const NO_SYNC = { sync: false } as Parameters<typeof import('astro').build>[1];

/** What one Astro build's process is told, as one line of JSON on its standard input. */
export interface RenderJob {
  generatedDir: string;
  outDir: string;
  base: string;
  quiet: boolean;
  /** The events (and site pages) this build renders; set in the child's environment, never inherited. */
  selection: PageSelection;
}

/** A started Astro build process, waiting for its job. */
interface AstroProcess {
  render(job: RenderJob): Promise<void>;
  /** Ends the process if it was given no job. */
  cancel(): void;
}

/**
 * Starts an Astro build's process. One started ahead (`ahead`) does not keep this process alive:
 * should no build take it (a usage error, a failed check), this process still exits, and the
 * child, its input closed, ends without building.
 */
function startAstroProcess(ahead = false): AstroProcess {
  // No selection inherited from this process: the job brings the build's own.
  const started = startNodeScript(join(import.meta.dirname, 'astroChild.ts'), [], { nodeArgs: CHILD_NODE_OPTIONS, env: batchEnvironment({}) });
  if (ahead) started.hold(false);
  let given = false;
  return {
    async render(job) {
      given = true;
      started.hold(true);
      started.send(`${JSON.stringify(job)}\n`);
      const { code } = await started.done;
      const what = job.selection.events ? `events ${job.selection.events[0]} to ${job.selection.events.at(-1)}` : 'the pages';
      if (code !== 0) throw new Error(`rendering ${what} failed (exit code ${code})`);
    },
    cancel() {
      if (!given) started.kill();
    },
  };
}

/**
 * The process of the next Astro build, started ahead of it. Node's start and loading Astro take
 * about 0.5 to 0.8 s of a one-event build (measured on this 2-core machine); started while the
 * facts are extracted, that time is spent beside them. Only the first build of a run is started
 * ahead: one warmed beside a batch of a large site (about 650 MB) would hold 198 to 333 MB more
 * (measured) and take the peak past 1 GB.
 */
let warm: AstroProcess | undefined;

/**
 * Starts the next Astro build's process now (once); it waits for renderPagesInChild's job.
 * bin/corroborate.js calls it for `build` before it loads the rest of the command (about 0.3 s
 * on an idle machine, more on a busy one), buildSite again (a no-op then).
 */
export function warmUpAstro(): void {
  warm ??= startAstroProcess(true);
}

/** Ends a process warmUpAstro started that no build took (the build failed before rendering). */
export function coolDownAstro(): void {
  warm?.cancel();
  warm = undefined;
}

/** Renders the pages of `generatedDir` into `outDir` (created if missing) in a child process (the warmed-up one, if any); rejects if the build fails. */
export async function renderPagesInChild(generatedDir: string, outDir: string, base: string, quiet: boolean, selection: PageSelection = {}): Promise<void> {
  const child = warm ?? startAstroProcess();
  warm = undefined;
  await child.render({ generatedDir: resolve(generatedDir), outDir: resolve(outDir), base, quiet, selection });
}

/**
 * The child's side (scripts/render/astroChild.ts): Astro's build from the project's folder into a
 * private folder inside it, whose pages are then moved into `outDir`. Changes this process's
 * working folder: only for a process of its own.
 */
export async function renderPagesHere(generatedDir: string, outDir: string, base: string, quiet: boolean): Promise<void> {
  const data = resolve(generatedDir);
  const target = resolve(outDir);
  process.chdir(PROJECT_ROOT);
  // The site reads its data folder from the environment; astro.config.mjs reads the base too (the remark plugin needs it for citation links).
  setPageEnvironment({ data, base });
  const { build } = await import('astro');
  const builds = join(PROJECT_ROOT, '.astro');
  mkdirSync(builds, { recursive: true });
  const work = mkdtempSync(join(builds, 'build-'));
  try {
    // A cache of its own per build: Astro's shared one keeps rendered Markdown across builds, so a
    // new generator version (or a parallel build) could otherwise be served another build's pages.
    await build({ root: PROJECT_ROOT, outDir: join(work, 'site'), cacheDir: join(work, 'cache'), logLevel: quiet ? 'error' : 'warn', integrations: astroTimings() }, NO_SYNC);
    moveInto(join(work, 'site'), target);
    markBuild('astro pages moved');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
