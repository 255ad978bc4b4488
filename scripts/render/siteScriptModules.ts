/**
 * The modules of scripts/ that the site's pages and components import at run time. Vite leaves
 * them out of the server bundle (astro.config.mjs: Node loads them from their own files, its
 * compile cache kept), so the build's process can load them while Vite bundles and the pages find
 * them loaded (render/astroChild.ts). Read from the import lines of site/ and components/, so a
 * page that imports a new module needs no list kept by hand; one missed here is only loaded later,
 * when a page first imports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** `import { x } from '../../scripts/charts/choose.ts'` (not `import type`), in .ts and in an .astro file's frontmatter. */
const SCRIPTS_IMPORT = /^import (?!type\b)[^;]*?from '((?:\.\.\/)+scripts\/[^']+\.ts)'/gm;

/** Absolute paths of the scripts/ modules that `root`'s site/ and components/ import, sorted. */
export function siteScriptModules(root: string): string[] {
  const found = new Set<string>();
  for (const folder of ['site', 'components']) {
    for (const entry of readdirSync(join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(ts|astro)$/.test(entry.name)) continue;
      const file = join(entry.parentPath, entry.name);
      for (const [, path] of readFileSync(file, 'utf8').matchAll(SCRIPTS_IMPORT)) found.add(resolve(dirname(file), path!));
    }
  }
  return [...found].sort();
}
