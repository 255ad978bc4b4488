/**
 * Golden files, after Observable Framework's: the expected output of a run is checked in under
 * tests/golden/, and a test compares what the code writes now with it, file by file and byte for
 * byte (see tests/golden/README.md).
 *
 * - A file that differs is written beside the expected one as `<name>-changed.<ext>` (ignored by
 *   git) for diffing, and the test fails naming it.
 * - `UPDATE_GOLDEN=1` rewrites the expected files instead (and removes those no longer written).
 * - A missing expected file is written on the first run outside CI; in CI (`CI` set) it fails.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';

/** Files by path relative to their folder ("/"-separated), with their bytes. */
export type Tree = Map<string, Buffer>;

/** Leftovers of an earlier mismatch: `facts-changed.json`, `index-changed.html`. */
const CHANGED = /-changed(\.[^./]+)?$/;

/** Every file under `dir` (hidden ones included), by "/"-separated relative path, in code-unit order. */
export function readTree(dir: string): Tree {
  const tree: Tree = new Map();
  if (!existsSync(dir)) return tree;
  const paths = (readdirSync(dir, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; name: string; parentPath: string }>)
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const path of paths) tree.set(path, readFileSync(join(dir, path)));
  return tree;
}

/** `documents/a.json` -> `documents/a-changed.json`. */
export function changedPath(path: string): string {
  const ext = extname(path);
  return `${path.slice(0, path.length - ext.length)}-changed${ext}`;
}

/**
 * Compares `actual` with the expected tree in `expectedDir`: the same set of files, the same
 * bytes. Returns one line per problem (empty when all match), after writing `-changed` files,
 * or, with UPDATE_GOLDEN set (or for a missing file outside CI), the expected files themselves.
 */
export function compareWithGolden(expectedDir: string, actual: Tree): string[] {
  const update = Boolean(process.env.UPDATE_GOLDEN);
  const inCI = Boolean(process.env.CI);
  const expected = readTree(expectedDir);
  // Leftovers of an earlier run go first, so only this run's mismatches are left beside the files.
  for (const path of expected.keys()) {
    if (CHANGED.test(path)) {
      rmSync(join(expectedDir, path));
      expected.delete(path);
    }
  }
  const write = (path: string, bytes: Buffer): void => {
    mkdirSync(dirname(join(expectedDir, path)), { recursive: true });
    writeFileSync(join(expectedDir, path), bytes);
  };
  const shown = (path: string): string => relative(process.cwd(), join(expectedDir, path));
  const problems: string[] = [];
  for (const [path, bytes] of actual) {
    const known = expected.get(path);
    if (known?.equals(bytes)) continue;
    if (update || (!known && !inCI)) {
      write(path, bytes);
      continue;
    }
    if (!known) {
      problems.push(`${shown(path)} is missing (in CI missing golden files are not written: run the test outside CI, or with UPDATE_GOLDEN=1, and review them)`);
      continue;
    }
    write(changedPath(path), bytes);
    problems.push(`${shown(path)} differs: what this run wrote is in ${shown(changedPath(path))}`);
  }
  for (const path of expected.keys()) {
    if (actual.has(path)) continue;
    if (update) rmSync(join(expectedDir, path));
    else problems.push(`${shown(path)} is no longer written (UPDATE_GOLDEN=1 removes it)`);
  }
  return problems;
}

/**
 * Renames the content hashes in `_astro/` asset names (`Base.B9i-hTom.css`) to their order of
 * first appearance in the text (`Base.[1].css`, then `[2]`, ...): a change to a stylesheet or a
 * script then shows where it is used, not in every page that links it.
 */
export function numberAssetHashes(text: string): string {
  const numbers = new Map<string, number>();
  return text.replace(/(_astro\/[\w.-]+?)\.([\w-]{8})\.(css|js|mjs|woff2?|svg|png|jpe?g|webp|avif)(?=["'\s)?#,]|$)/g, (_, name: string, hash: string, ext: string) => {
    if (!numbers.has(hash)) numbers.set(hash, numbers.size + 1);
    return `${name}.[${numbers.get(hash)}].${ext}`;
  });
}
