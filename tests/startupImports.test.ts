/**
 * What a command's process loads before it starts work: a build of many events extracts in a
 * process of its own (build/extractChild.ts), so the command's own process must not load the
 * pipeline's stages at start (about 0.25 to 0.4 s of CPU on the rebuild's critical path, before
 * the extraction process could start: build/sourcesLayout.ts). The static imports (not `import()`,
 * which loads only when reached) of the command are walked from bin/corroborate.js's entry.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ROOT } from './support/cli.ts';

/** Modules reached from `entry` by static imports (type-only imports load nothing), with the chain that reached each. */
function staticallyReached(entry: string): Map<string, string | undefined> {
  const reached = new Map<string, string | undefined>([[resolve(ROOT, entry), undefined]]);
  const queue = [resolve(ROOT, entry)];
  const pattern = /^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+'(\.[^']+)'|^\s*import\s+'(\.[^']+)'/gm;
  while (queue.length) {
    const file = queue.shift()!;
    for (const match of readFileSync(file, 'utf8').matchAll(pattern)) {
      const dep = resolve(dirname(file), (match[1] ?? match[2])!);
      if (!reached.has(dep)) {
        reached.set(dep, file);
        queue.push(dep);
      }
    }
  }
  return reached;
}

function chain(reached: Map<string, string | undefined>, file: string): string {
  const path: string[] = [];
  for (let at: string | undefined = resolve(ROOT, file); at; at = reached.get(at)) path.unshift(relative(ROOT, at));
  return path.join(' -> ');
}

describe('the command line at start', () => {
  it('loads no stage of the pipeline: only the process that extracts does', () => {
    const reached = staticallyReached('scripts/cli.ts');
    expect(reached.size).toBeGreaterThan(10);
    for (const stage of ['scripts/pipeline.ts', 'scripts/segment/segment.ts', 'scripts/build/extractFolder.ts']) {
      expect(reached.has(resolve(ROOT, stage)), chain(reached, stage)).toBe(false);
    }
  });

  it('the extraction process does load the pipeline (the walk finds what is there)', () => {
    const reached = staticallyReached('scripts/build/extractFolder.ts');
    expect(reached.has(resolve(ROOT, 'scripts/pipeline.ts'))).toBe(true);
  });
});
