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
import { applyPageSelection, batchEnvironment, normaliseBase, setPageEnvironment, type PageSelection } from '../contracts/environment.ts';
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
 * needs no types, yet with no collection the sync still took 0.98 s of a one-event build, 0.01 s
 * without it (single runs at load 3 to 4). `sync` is an option of Astro's builder that `build()`
 * hands on, not in its public type.
 */
const NO_SYNC = { sync: false } as Parameters<typeof import('astro').build>[1];

/**
 * What an Astro build needs before it starts: its settings. Astro's config and Vite's bundles
 * depend on them and on the site's code, never on the data, so a build told them early bundles
 * while the facts are still being extracted (the first line of JSON on the process's input).
 */
export interface BuildSetup {
  base: string;
  quiet: boolean;
}

/**
 * What the build needs to render its pages (the second line): the data, where the pages go, and
 * which pages. The selection comes with the target, not the setup: only the pages' routes read it
 * (site/lib/events.ts, at render time), so a rebuild of many events can bundle before the
 * extraction has said which events changed.
 */
export interface BuildTarget {
  generatedDir: string;
  outDir: string;
  /** The events (and site pages) this build renders; set in the child's environment, never inherited. */
  selection: PageSelection;
}

/** A started Astro build process, waiting for its setup and its target. */
interface AstroProcess {
  /** The setup it was sent, if any. */
  readonly setup: BuildSetup | undefined;
  /** Sends the setup (once): the build starts and waits for its target after bundling. */
  prepare(setup: BuildSetup): void;
  render(setup: BuildSetup, target: BuildTarget): Promise<void>;
  /** Ends the process if it was given no target: its input closed, it cleans up and exits. */
  cancel(): void;
}

/**
 * Starts an Astro build's process. One started ahead (`ahead`) does not keep this process alive:
 * should no build take it (a usage error, a failed check), this process still exits, and the
 * child, its input closed, ends without building.
 */
function startAstroProcess(ahead = false): AstroProcess {
  // No selection inherited from this process: the setup brings the build's own.
  const started = startNodeScript(join(import.meta.dirname, 'astroChild.ts'), [], { nodeArgs: CHILD_NODE_OPTIONS, env: batchEnvironment({}) });
  if (ahead) started.hold(false);
  let sent: BuildSetup | undefined;
  let given = false;
  const astro: AstroProcess = {
    get setup() { return sent; },
    prepare(setup) {
      if (sent) return;
      sent = setup;
      started.send(`${JSON.stringify(setup)}\n`);
    },
    async render(setup, target) {
      astro.prepare(setup);
      given = true;
      started.hold(true);
      started.send(`${JSON.stringify(target)}\n`);
      const { code } = await started.done;
      const what = target.selection.events ? `events ${target.selection.events[0]} to ${target.selection.events.at(-1)}` : 'the pages';
      if (code !== 0) throw new Error(`rendering ${what} failed (exit code ${code})`);
    },
    cancel() {
      if (given) return;
      // A build under way removes its private folder when its input closes; one not started has none.
      if (sent) started.close();
      else started.kill();
    },
  };
  return astro;
}

/**
 * The process of the next Astro build, started ahead of it. Node's start and loading Astro take
 * about 0.5 to 0.8 s of a one-event build (measured on this 2-core machine); started while the
 * facts are extracted, that time is spent beside them, and so are Astro's config and Vite's
 * bundles when the build's setup is known before the facts (warmUpAstro's setup). Only the first
 * build of a run is started ahead: one warmed beside a batch of a large site (about 650 MB) would
 * hold 198 to 333 MB more (measured) and take the peak past 1 GB.
 */
let warm: AstroProcess | undefined;

/**
 * Starts the next Astro build's process now (once); it waits for renderPagesInChild's job.
 * bin/corroborate.js calls it for `build` before it loads the rest of the command (about 0.3 s
 * on an idle machine, more on a busy one), buildSite again with the build's setup when it knows
 * it (one event: all its pages, the base and quiet from the command): that build then starts.
 */
export function warmUpAstro(setup?: BuildSetup): void {
  warm ??= startAstroProcess(true);
  if (setup) warm.prepare(setup);
}

/** Ends a process warmUpAstro started that no build took (the build failed before rendering). */
export function coolDownAstro(): void {
  warm?.cancel();
  warm = undefined;
}

/** Whether two setups make the same build (the base as the pages get it, with its slashes). */
function sameSetup(a: BuildSetup, b: BuildSetup): boolean {
  return normaliseBase(a.base) === normaliseBase(b.base) && a.quiet === b.quiet;
}

/** Renders the pages of `generatedDir` into `outDir` (created if missing) in a child process (the warmed-up one, if any); rejects if the build fails. */
export async function renderPagesInChild(generatedDir: string, outDir: string, base: string, quiet: boolean, selection: PageSelection = {}): Promise<void> {
  const setup: BuildSetup = { base, quiet };
  // A build started with other settings is of no use: it ends, and this one starts afresh.
  if (warm?.setup && !sameSetup(warm.setup, setup)) coolDownAstro();
  const child = warm ?? startAstroProcess();
  warm = undefined;
  await child.render(setup, { generatedDir: resolve(generatedDir), outDir: resolve(outDir), selection });
}

/**
 * The child's side (scripts/render/astroChild.ts): Astro's build from the project's folder into a
 * private folder inside it, whose pages are then moved into `outDir`. The build starts at once and
 * waits for `target` once its bundles are written, before it renders a page (Astro renders in a
 * Vite `buildApp` hook of order "post": one of this process's runs before it); with no target
 * (the input closed), it removes its folder and ends the process. `whileBundling` is called as
 * Vite starts to bundle. Changes this process's working folder: only for a process of its own.
 */
export async function renderPagesHere(setup: BuildSetup, target: Promise<BuildTarget | undefined>, whileBundling?: () => void): Promise<void> {
  process.chdir(PROJECT_ROOT);
  const { build } = await import('astro');
  const builds = join(PROJECT_ROOT, '.astro');
  mkdirSync(builds, { recursive: true });
  const work = mkdtempSync(join(builds, 'build-'));
  // The base is read by astro.config.mjs; the data folder only by the pages, once the target is
  // here. Until then it names a folder that does not exist: a read of the data while bundling fails.
  setPageEnvironment({ data: join(work, 'no-data-before-the-target'), base: setup.base });
  let outDir: string | undefined;
  const awaitTarget: import('vite').Plugin = {
    name: 'corroborate-await-target',
    buildApp: {
      order: 'post',
      async handler() {
        const given = await target;
        if (!given) {
          rmSync(work, { recursive: true, force: true });
          process.exit(0);
        }
        markBuild('astro job received');
        // The process was started with no selection (startAstroProcess); this build's is its own.
        applyPageSelection(given.selection);
        outDir = resolve(given.outDir);
        setPageEnvironment({ data: resolve(given.generatedDir), base: setup.base });
      },
    },
  };
  try {
    // A cache of its own per build: Astro's shared one keeps rendered Markdown across builds, so a
    // new generator version (or a parallel build) could otherwise be served another build's pages.
    await build({ root: PROJECT_ROOT, outDir: join(work, 'site'), cacheDir: join(work, 'cache'), logLevel: setup.quiet ? 'error' : 'warn', integrations: [...astroTimings(), { name: 'corroborate-while-bundling', hooks: { 'astro:build:start': () => whileBundling?.() } }], vite: { plugins: [awaitTarget] } }, NO_SYNC);
    moveInto(join(work, 'site'), outDir!);
    markBuild('astro pages moved');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
