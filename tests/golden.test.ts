/**
 * Golden tests: what the code writes now, compared byte for byte with the expected files checked
 * in under tests/golden/ (how to update and diff them: tests/golden/README.md).
 *
 * - events/<case>/: everything `corroborate extract tests/fixtures/events/<case> --out X` writes,
 *   made in-process by the same function the command calls (extractFolder) into a temporary folder.
 * - site/: a few files of one real multi-event build (`corroborate build`, Astro and Pagefind) of
 *   three of the fixture events.
 *
 * Normalised, because they are not the code's behaviour but where or when it ran:
 * - manifest.json's `sources` (the sources folder relative to the output folder): the temporary
 *   folder's path is replaced by the path from the expected folder, as if the output had been
 *   written there (`../../../fixtures/events/<case>`);
 * - in the site's files, the content hashes in `_astro/` asset names, numbered in order of appearance.
 * Nothing else is: a build reads no clock, and its file order is fixed (tests/reproducible.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { extractFolder } from '../scripts/build/extractFolder.ts';
import { findConfigFile, loadConfig, siteSettings } from '../scripts/config.ts';
import { corroborateWith, ROOT } from './support/cli.ts';
import { compareWithGolden, numberAssetHashes, readTree, type Tree } from './support/golden.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/events');
const GOLDEN = join(ROOT, 'tests/golden');
const CASES = ['bridge-closure', 'ferry-fire', 'grain-shipments', 'nurse-deployment'];
const work = mkdtempSync(join(tmpdir(), 'corroborate-golden-'));

/** A relative path as manifest.json writes it. */
const manifestPath = (from: string, to: string): string => JSON.stringify(relative(from, to).split('\\').join('/') || '.');

describe('golden: extract of each fixture event', () => {
  it.each(CASES)('%s writes the expected files', async (name) => {
    const sources = join(FIXTURES, name);
    const out = join(work, 'extract', name);
    const expectedDir = join(GOLDEN, 'events', name);
    // As `corroborate extract` run from the project's folder: its config lookup, no cache.
    const settings = siteSettings(await loadConfig(findConfigFile(sources, undefined, ROOT)));
    await extractFolder(sources, out, { settings });
    const actual = readTree(out);
    const manifest = actual.get('manifest.json');
    expect(manifest, 'extract wrote no manifest.json').toBeDefined();
    const here = `"sources": ${manifestPath(out, sources)}`;
    expect(manifest!.toString('utf8')).toContain(here);
    actual.set('manifest.json', Buffer.from(manifest!.toString('utf8').replace(here, `"sources": ${manifestPath(expectedDir, sources)}`)));
    const problems = compareWithGolden(expectedDir, actual);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('golden: a site of three events', () => {
  const EVENTS = ['bridge-closure', 'ferry-fire', 'grain-shipments'];
  /** Compared whole (after numbering asset hashes): the home page, an explainer with charts, a source page from HTML, the sitemap. */
  const PAGES = ['index.html', 'grain-shipments/index.html', 'ferry-fire/sources/harbour-times/index.html', 'sitemap.xml'];
  const root = join(work, 'site-build');
  const site = join(root, 'site');
  const generated = join(root, 'generated');
  const actual: Tree = new Map();

  beforeAll(() => {
    for (const event of EVENTS) cpSync(join(FIXTURES, event), join(root, 'sources', event), { recursive: true });
    // A title and language of the site's own and a sub-path, so the golden pages show where they land.
    const config = join(root, 'corroborate.config.json');
    writeFileSync(config, `${JSON.stringify({ title: 'Harbour desk', lang: 'en-GB' })}\n`);
    // CORROBORATE_SITE would make URLs absolute: a developer's shell must not change the pages.
    const run = corroborateWith({ env: { CORROBORATE_SITE: '' } }, 'build', join(root, 'sources'), '--out', site, '--generated', generated, '--base', '/news/', '--config', config, '--no-cache', '--quiet');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const built = readTree(site);
    for (const page of PAGES) {
      const bytes = built.get(page);
      expect(bytes, `the build wrote no ${page}`).toBeDefined();
      actual.set(page, Buffer.from(numberAssetHashes(bytes!.toString('utf8'))));
    }
    actual.set('generated/events.json', readFileSync(join(generated, 'events.json')));
    // The set of files the site has, with hashed names (assets, Pagefind's index) reduced to "[hash]".
    // .corroborate-pages.json records hashes of the site's code: only its presence is compared.
    const listing = [...built.keys()].map((path) => path.replace(/^(_astro\/[\w.-]+?)\.[\w-]{8}(\.\w+)$/, '$1.[hash]$2').replace(/^(pagefind\/.*?)[0-9a-f]{7,}(\.\w+)$/, '$1[hash]$2')).sort();
    actual.set('files.txt', Buffer.from(`${listing.join('\n')}\n`));
  });

  it('writes the expected pages, events.json and set of files', () => {
    const problems = compareWithGolden(join(GOLDEN, 'site'), actual);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('golden: the comparison itself', () => {
  const expectedDir = join(work, 'self-check');
  const tree = (entries: Record<string, string>): Tree => new Map(Object.entries(entries).map(([k, v]) => [k, Buffer.from(v)]));
  const withEnv = <T>(env: Record<string, string | undefined>, run: () => T): T => {
    const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    const set = (values: Record<string, string | undefined>) => { for (const [k, v] of Object.entries(values)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; } };
    set(env);
    try { return run(); } finally { set(before); }
  };

  it('writes a missing file outside CI, fails on it in CI, writes -changed files and names them, and updates with UPDATE_GOLDEN', () => {
    rmSync(expectedDir, { recursive: true, force: true });
    expect(withEnv({ CI: 'true', UPDATE_GOLDEN: undefined }, () => compareWithGolden(expectedDir, tree({ 'a.json': '1' })))).toEqual([expect.stringMatching(/a\.json is missing/)]);
    expect(withEnv({ CI: undefined, UPDATE_GOLDEN: undefined }, () => compareWithGolden(expectedDir, tree({ 'a.json': '1', 'd/b.md': 'x' })))).toEqual([]);
    expect(readFileSync(join(expectedDir, 'd/b.md'), 'utf8')).toBe('x');
    const changed = withEnv({ CI: 'true', UPDATE_GOLDEN: undefined }, () => compareWithGolden(expectedDir, tree({ 'a.json': '2', 'd/c.md': 'new' })));
    expect(changed).toEqual([expect.stringMatching(/a\.json differs: .*a-changed\.json/), expect.stringMatching(/d\/c\.md is missing/), expect.stringMatching(/d\/b\.md is no longer written/)]);
    expect(readFileSync(join(expectedDir, 'a-changed.json'), 'utf8')).toBe('2');
    expect(readFileSync(join(expectedDir, 'a.json'), 'utf8')).toBe('1');
    expect(withEnv({ CI: 'true', UPDATE_GOLDEN: '1' }, () => compareWithGolden(expectedDir, tree({ 'a.json': '2', 'd/c.md': 'new' })))).toEqual([]);
    expect([...readTree(expectedDir).keys()]).toEqual(['a.json', 'd/c.md']);
  });

  it('numbers asset hashes in order of appearance, the same hash the same number', () => {
    expect(numberAssetHashes('<link href="/news/_astro/Base.B9i-hTom.css"><script src="/news/_astro/Explainer.astro_astro_type_script_index_0_lang.DrHw3RBc.js"></script><link href="/_astro/Base.B9i-hTom.css">'))
      .toBe('<link href="/news/_astro/Base.[1].css"><script src="/news/_astro/Explainer.astro_astro_type_script_index_0_lang.[2].js"></script><link href="/_astro/Base.[1].css">');
  });
});
