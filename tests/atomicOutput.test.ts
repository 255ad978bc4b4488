/** A failed build leaves the previous generated folder and site exactly as they were. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildSite, type SiteRenderer } from '../scripts/build/buildSite.ts';
import { ROOT } from './support/cli.ts';

/** Every file under `dir` with its bytes, keyed by relative path. */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

/** Stands in for Astro: writes a page that names the facts it was built from. */
const fakeRender: SiteRenderer = async (generatedDir, siteDir) => {
  writeFileSync(join(siteDir, 'index.html'), readFileSync(join(generatedDir, 'facts.json')));
};

describe('atomic output of build', () => {
  const work = mkdtempSync(join(tmpdir(), 'corroborate-atomic-'));
  const site = join(work, 'site');
  const generated = join(work, 'generated');
  const build = (sourcesDir: string, render: SiteRenderer) => buildSite({ sourcesDir, outDir: site, generatedDir: generated, quiet: true }, { render });

  it('a site renderer that fails half-way leaves both folders as they were, and no staging folder behind', async () => {
    await build(join(ROOT, 'tests/fixtures/events/bridge-closure'), fakeRender);
    const before = { site: snapshot(site), generated: snapshot(generated) };
    expect(before.generated.has('facts.json')).toBe(true);
    const failing: SiteRenderer = async (generatedDir, siteDir) => {
      writeFileSync(join(siteDir, 'index.html'), 'half a page');
      expect(readFileSync(join(generatedDir, 'facts.json'), 'utf8')).toContain('ferry'); // the new facts were staged
      throw new Error('renderer failed');
    };
    await expect(build(join(ROOT, 'tests/fixtures/events/ferry-fire'), failing)).rejects.toThrow('renderer failed');
    expect(snapshot(site)).toEqual(before.site);
    expect(snapshot(generated)).toEqual(before.generated);
    expect(readdirSync(work).sort()).toEqual(['generated', 'site']);
  });

  it('a run that stops on bad input leaves both folders as they were', async () => {
    await build(join(ROOT, 'tests/fixtures/events/bridge-closure'), fakeRender);
    const before = { site: snapshot(site), generated: snapshot(generated) };
    await expect(build(join(ROOT, 'tests/fixtures/bad/no-such-folder'), fakeRender)).rejects.toThrow(/cannot read the sources folder/);
    expect(snapshot(site)).toEqual(before.site);
    expect(snapshot(generated)).toEqual(before.generated);
    expect(readdirSync(work).sort()).toEqual(['generated', 'site']);
  });

  it('a successful build replaces both', async () => {
    await build(join(ROOT, 'tests/fixtures/events/bridge-closure'), fakeRender);
    await build(join(ROOT, 'tests/fixtures/events/ferry-fire'), fakeRender);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe(readFileSync(join(generated, 'facts.json'), 'utf8'));
    expect(readFileSync(join(generated, 'facts.json'), 'utf8')).toMatch(/ferry/i);
    expect(readdirSync(work).sort()).toEqual(['generated', 'site']);
  });
});
