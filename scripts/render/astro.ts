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
import { runNodeScript } from '../effects/childProcess.ts';
import { batchEnvironment, setPageEnvironment, type PageSelection } from '../contracts/environment.ts';

export type { PageSelection };

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A young generation of at most 3 x 16 MB: V8's default on a machine with much memory is larger,
 * and an Astro build, which allocates fast, then holds about 90 MB more at its peak with no gain
 * in time (measured over the 200 multi-news events, batches of 30: 755 -> 662 MB per build).
 */
const CHILD_NODE_OPTIONS = ['--max-semi-space-size=16'];

/** Renders the pages of `generatedDir` into `outDir` (created if missing) in a child process; rejects if the build fails. */
export async function renderPagesInChild(generatedDir: string, outDir: string, base: string, quiet: boolean, selection: PageSelection = {}): Promise<void> {
  const script = join(import.meta.dirname, 'astroChild.ts');
  // The selection is this build's own, never inherited from the calling process.
  const env = batchEnvironment(selection);
  const what = selection.events ? `events ${selection.events[0]} to ${selection.events.at(-1)}` : 'the pages';
  const { code } = await runNodeScript(script, [resolve(generatedDir), resolve(outDir), base, quiet ? 'quiet' : 'verbose'], { nodeArgs: CHILD_NODE_OPTIONS, env });
  if (code !== 0) throw new Error(`rendering ${what} failed (exit code ${code})`);
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
    await build({ root: PROJECT_ROOT, outDir: join(work, 'site'), cacheDir: join(work, 'cache'), logLevel: quiet ? 'error' : 'warn' });
    moveInto(join(work, 'site'), target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
