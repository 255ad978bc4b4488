/**
 * The one-event build against Astro's own (issue 22): `corroborate build` of the bundled event
 * against a bare Astro + Tailwind project of as many pages (bareAstro.ts), in interleaved pairs
 * (A B A B ...) so that the machine's slow spells hit both; each pair's ratio; and where the
 * build's time goes, from the moments it prints with CORROBORATE_BUILD_TIMINGS=1
 * (scripts/render/buildTimings.ts), each phase the median over the runs.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cliRun.ts';
import { timeBareBuild, writeBareAstro } from './bareAstro.ts';
import { indexSite } from '../../scripts/render/searchIndex.ts';

export interface Range {
  median: number;
  fastest: number;
  slowest: number;
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
/** The middle value; of an even count, the mean of the two middle ones (of two runs, their mean, not the slower). */
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
export const range = (values: number[]): Range => ({ median: round(median(values), 3), fastest: round(Math.min(...values), 3), slowest: round(Math.max(...values), 3) });

/**
 * The phases of a build between its moments (seconds from the spawn). The Astro process starts
 * as soon as the command has started, loads Astro and the packages the build needs, and, told
 * the build's setup, reads its config and writes Vite's bundles while the facts are extracted;
 * it renders the pages once both the bundles and the facts are there.
 */
function phases(m: Record<string, number>, total: number): Record<string, number> {
  const warm = m['astro loaded']!;
  const bundled = m['vite bundle written']!;
  return {
    /** Node's start and loading the command's modules. */
    nodeAndModules: m['modules loaded']!,
    /** The facts, after the modules (the language model's load included). */
    extraction: m['facts extracted']! - m['modules loaded']!,
    /** From the spawn to the Astro process running its first line (the command starts it first). */
    astroProcessStart: m['astro process started']!,
    /** The Astro process loading Astro and the build's packages, beside the command. */
    astroWarmUp: warm - m['astro process started']!,
    /** Astro reading its config (and its integrations' setup), once loaded and told the setup. */
    astroConfig: m['astro config loaded']! - Math.max(warm, m['astro setup received'] ?? warm),
    /**
     * Astro's setup from its config to the build's start: Vite's config. Until issue 22 also its
     * content sync (the explainer was a content collection), about 1 s; the build now skips it.
     */
    astroSetup: m['astro content synced']! - m['astro config loaded']!,
    /** Vite's bundles: the pages' server code, the client scripts and Tailwind's CSS. */
    vite: bundled - m['astro content synced']!,
    /** How long the bundles waited for the facts (0: the facts were ready first). */
    waitedForFacts: Math.max(0, m['facts extracted']! - bundled),
    /** Rendering the pages, from the bundles and the facts both ready: Markdown, charts, the preview image. */
    pages: m['astro pages rendered']! - Math.max(bundled, m['facts extracted']!),
    /** Astro's finishing, moving the pages out and the process's exit. */
    astroEnd: m['astro process ended']! - m['astro pages rendered']!,
    /** Pagefind's index of the built pages. */
    pagefind: m['search index written']! - m['astro process ended']!,
    /** Swapping the site in and the command's exit. */
    finish: total - m['search index written']!,
  };
}

/** Runs `pairs` interleaved pairs; returns what results.json records. */
export async function benchOneEventBuild(root: string, pairs: number): Promise<Record<string, unknown>> {
  const work = mkdtempSync(join(tmpdir(), 'corroborate-bench-build-'));
  try {
    const sources = join(root, 'content/sources');
    await runCli(root, ['build', sources, '--out', join(work, 'site-0'), '--no-cache', '--quiet']);
    const pages = readdirSync(join(work, 'site-0'), { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
    const bare = writeBareAstro(root, join(work, 'bare'), pages);
    await timeBareBuild(root, bare);
    const corroborate: number[] = [];
    const astro: number[] = [];
    const parts: Array<Record<string, number>> = [];
    for (let i = 1; i <= pairs; i++) {
      const run = await runCli(root, ['build', sources, '--out', join(work, `site-${i}`), '--no-cache', '--quiet'], [], { CORROBORATE_BUILD_TIMINGS: '1' });
      corroborate.push(run.seconds);
      parts.push(phases(run.moments, run.seconds));
      astro.push(await timeBareBuild(root, bare));
    }
    // Timed alone: a bare Node start, the search index over the built site.
    const nodeStart: number[] = [];
    for (let i = 0; i < 3; i++) { const t = performance.now(); await new Promise((r) => spawn(process.execPath, ['-e', '']).on('close', r)); nodeStart.push((performance.now() - t) / 1000); }
    const pagefind: number[] = [];
    for (let i = 0; i < 3; i++) { rmSync(join(work, 'site-0/pagefind'), { recursive: true, force: true }); const t = performance.now(); await indexSite(join(work, 'site-0')); pagefind.push((performance.now() - t) / 1000); }
    return {
      pages, pairs,
      corroborateSeconds: range(corroborate), bareAstroSeconds: range(astro),
      ratios: corroborate.map((c, i) => round(c / astro[i]!, 2)).sort((a, b) => a - b),
      ratio: round(median(corroborate.map((c, i) => c / astro[i]!)), 2),
      /** Median seconds of each phase over the runs (they need not add up to the median total). */
      phasesSeconds: Object.fromEntries(Object.keys(parts[0]!).map((k) => [k, round(median(parts.map((p) => p[k]!)), 3)])),
      nodeStartSeconds: range(nodeStart), pagefindSeconds: range(pagefind),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
