/**
 * The architecture as a test: the import graph of scripts/, components/ and site/ has no
 * circles, and no import runs back up the layers. The layers of scripts/, lowest first:
 *
 *   contracts -> text, effects -> ingest -> clean -> segment -> extract -> align -> corrections -> compose
 *   -> charts -> pipeline, config -> store -> render -> build -> fetch -> cli
 *
 * A module imports its own folder or a lower layer. The product code never imports the
 * developer tools (tools/); scripts/ never imports the site or its components; components/
 * never imports site/.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './support/cli.ts';

const RANKS: Record<string, number> = {
  contracts: 0, text: 1, effects: 1, ingest: 2, clean: 3, segment: 4, extract: 5, align: 6, corrections: 6.5, compose: 7,
  charts: 8, pipeline: 9, config: 9, store: 10, render: 11, build: 12, fetch: 13, cli: 14,
};

type Graph = Map<string, string[]>;

/** Every relative import of every module under `folders`, as paths from the project's root. */
function importGraph(root: string, folders: readonly string[]): Graph {
  const graph: Graph = new Map();
  const pattern = /(?:import|export)\s[^'";]*?from\s*['"](\.[^'"]+)['"]|import\s*\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+['"](\.[^'"]+)['"]/g;
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|mjs|astro)$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        const deps = [...text.matchAll(pattern)].map((m) => relative(root, resolve(dirname(path), (m[1] ?? m[2] ?? m[3])!)));
        graph.set(relative(root, path), deps.filter((d) => /\.(ts|mjs|astro)$/.test(d)));
      }
    }
  };
  for (const folder of folders) walk(join(root, folder));
  return graph;
}

/** The layer of a module of scripts/ (its folder, or the root file's name), else its top folder. */
function layerOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] !== 'scripts') return parts[0]!;
  return parts.length > 2 ? parts[1]! : parts[1]!.replace(/\.ts$/, '');
}

/** The imports that break a rule, as "from -> to (why)". */
function layerViolations(graph: Graph): string[] {
  const out: string[] = [];
  for (const [from, deps] of graph) {
    for (const to of deps) {
      const [a, b] = [layerOf(from), layerOf(to)];
      if (b === 'tools') out.push(`${from} -> ${to} (the product never imports the developer tools)`);
      else if (a === 'components' && b === 'site') out.push(`${from} -> ${to} (components never import site/)`);
      else if (from.startsWith('scripts/') && !to.startsWith('scripts/')) out.push(`${from} -> ${to} (scripts/ never imports the site)`);
      else if (from.startsWith('scripts/') && a !== b) {
        const [ra, rb] = [RANKS[a], RANKS[b]];
        if (ra === undefined || rb === undefined) out.push(`${from} -> ${to} (layer ${ra === undefined ? a : b} has no rank in tests/architecture.test.ts)`);
        else if (rb >= ra) out.push(`${from} -> ${to} (${a} may not import ${b}, a layer at or above it)`);
      }
    }
  }
  return out;
}

/** The import circles (strongly connected components of more than one module, or a module importing itself). */
function circles(graph: Graph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)!.includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the architecture', () => {
  const graph = importGraph(ROOT, ['scripts', 'components', 'site']);

  it('reads every module (the graph is not empty)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('scripts/pipeline.ts')).toContain('scripts/ingest/ingest.ts');
  });

  it('has no import circles', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('has no import that runs back up the layers', () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it('the checks find what they look for (a circle, an upward import, components importing site/)', () => {
    const bad: Graph = new Map([
      ['scripts/align/a.ts', ['scripts/compose/b.ts']],
      ['scripts/compose/b.ts', ['scripts/align/a.ts']],
      ['components/C.astro', ['site/lib/data.ts']],
      ['site/lib/data.ts', []],
    ]);
    expect(circles(bad)).toEqual([['scripts/align/a.ts', 'scripts/compose/b.ts']]);
    expect(layerViolations(bad)).toEqual([
      'scripts/align/a.ts -> scripts/compose/b.ts (align may not import compose, a layer at or above it)',
      'components/C.astro -> site/lib/data.ts (components never import site/)',
    ]);
  });
});
