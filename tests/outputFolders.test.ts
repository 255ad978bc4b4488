/**
 * Never lose a user's files (bad-input corpus, tests/fixtures/bad/README.md, "Output folders"):
 * an output folder that holds what corroborate did not write, or the articles, or a folder above
 * them, stops the run before any work with exit 1, a message naming the folder and what is in
 * it, and a fix; every foreign file is still there byte for byte afterwards. A folder the tool
 * wrote itself (its marker, or an earlier version's recognisable output) is replaced as before.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { corroborate, corroborateWith, ROOT } from './support/cli.ts';
import { freePort, until } from './support/devServer.ts';
import { buildSite, type SiteRenderer } from '../scripts/build/buildSite.ts';
import { stageFolder } from '../scripts/store/output.ts';
import { checkOutputFolder, MARKER_FILE } from '../scripts/store/ownedFolders.ts';

const FOREIGN = join(ROOT, 'tests/fixtures/foreign-files');
const ARTICLES = join(ROOT, 'tests/fixtures/events/ferry-fire');
const work = mkdtempSync(join(tmpdir(), 'corroborate-owned-'));
let cases = 0;

/** Every file under `dir` with its bytes, keyed by relative path (folders as "name/"). */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) {
        files[`${relative(dir, path)}/`] = '';
        walk(path);
      } else files[relative(dir, path)] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return files;
}

/** A new case folder with a copy of the articles (`articles/`) and a folder of the user's own files (`mine/`). */
function caseFolder(): { root: string; articles: string; mine: string } {
  const root = join(work, `case-${++cases}`);
  mkdirSync(root);
  cpSync(ARTICLES, join(root, 'articles'), { recursive: true });
  cpSync(FOREIGN, join(root, 'mine'), { recursive: true });
  return { root, articles: join(root, 'articles'), mine: join(root, 'mine') };
}

/** The run was refused with exit 1, its message naming the folder with `why`, a fix, and no stack trace. */
function expectRefused(run: { status: number | null; stderr: string }, folder: string, why: RegExp): void {
  expect(run.status, run.stderr).toBe(1);
  expect(run.stderr).toContain(`error: ${folder} `);
  expect(run.stderr).toMatch(why);
  expect(run.stderr).toMatch(/nothing was changed\n\s+fix: Choose an empty or new folder/);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

const FOREIGN_SUMMARY = /holds 2 files and 1 folder that corroborate did not write \(notes\.txt, photos\/, thesis\.docx\)/;

describe('a folder of the user\'s own files is never replaced', () => {
  it.each([
    ['extract --out', (c: ReturnType<typeof caseFolder>) => ['extract', c.articles, '--out', c.mine], '--out'],
    ['build --out', (c: ReturnType<typeof caseFolder>) => ['build', c.articles, '--out', c.mine], '--out'],
    ['build --generated', (c: ReturnType<typeof caseFolder>) => ['build', c.articles, '--out', join(c.root, 'site'), '--generated', c.mine], '--generated'],
    ['extract --cache', (c: ReturnType<typeof caseFolder>) => ['extract', c.articles, '--out', join(c.root, 'out'), '--cache', c.mine], '--cache'],
    ['dev --generated', (c: ReturnType<typeof caseFolder>) => ['dev', c.articles, '--generated', c.mine], '--generated'],
  ])('%s: exit 1 before any work, every file still there byte for byte', (_, args, option) => {
    const c = caseFolder();
    const before = { mine: snapshot(c.mine), articles: snapshot(c.articles) };
    const run = corroborate(...args(c));
    expectRefused(run, `${option} ${c.mine}`, FOREIGN_SUMMARY);
    expect(snapshot(c.mine)).toEqual(before.mine);
    expect(snapshot(c.articles)).toEqual(before.articles);
    // Nothing was made beside it either: no staging folder, no site, no generated folder.
    expect(readdirSync(c.root).sort()).toEqual(['articles', 'mine']);
  });

  it('a many-event folder\'s --out is checked the same way', () => {
    const c = caseFolder();
    const events = join(c.root, 'events');
    mkdirSync(events);
    cpSync(ARTICLES, join(events, 'ferry-fire'), { recursive: true });
    cpSync(join(ROOT, 'tests/fixtures/events/bridge-closure'), join(events, 'bridge-closure'), { recursive: true });
    const before = snapshot(c.mine);
    expectRefused(corroborate('extract', events, '--out', c.mine), `--out ${c.mine}`, FOREIGN_SUMMARY);
    expect(snapshot(c.mine)).toEqual(before);
    // Its own output is replaced, and marked, as for one event.
    const out = join(c.root, 'events-out');
    expect(corroborate('extract', events, '--out', out).status).toBe(0);
    expect(corroborate('extract', events, '--out', out).status).toBe(0);
    expect(readFileSync(join(out, MARKER_FILE), 'utf8')).toContain('"ferry-fire/facts.json"');
  });
});

describe('folders that are never outputs, whatever they hold', () => {
  it('the articles folder itself', () => {
    const c = caseFolder();
    const before = snapshot(c.articles);
    expectRefused(corroborate('extract', c.articles, '--out', c.articles), `--out ${c.articles}`, /is the articles folder/);
    expectRefused(corroborate('build', c.articles, '--out', join(c.root, 'site'), '--generated', c.articles), `--generated ${c.articles}`, /is the articles folder/);
    expect(snapshot(c.articles)).toEqual(before);
  });

  it('a folder above the articles (--out . from the folder that holds them)', () => {
    const c = caseFolder();
    const before = snapshot(c.root);
    expectRefused(corroborateWith({ cwd: c.root }, 'extract', 'articles', '--out', '.'), '--out .', /holds the articles folder articles/);
    expectRefused(corroborateWith({ cwd: c.articles }, 'build', '.', '--out', '..'), '--out ..', /holds the articles folder \./);
    expect(snapshot(c.root)).toEqual(before);
  });

  it('a folder inside the articles, and a symbolic link that leads to them', () => {
    const c = caseFolder();
    symlinkSync(c.articles, join(c.root, 'link'));
    const before = snapshot(c.articles);
    expectRefused(corroborate('extract', c.articles, '--out', join(c.articles, 'out')), `--out ${join(c.articles, 'out')}`, /is inside the articles folder/);
    expectRefused(corroborate('extract', c.articles, '--out', join(c.root, 'link')), `--out ${join(c.root, 'link')}`, /is the articles folder/);
    expect(snapshot(c.articles)).toEqual(before);
  });

  it('the project, the home folder and the root of the file system', () => {
    const c = caseFolder();
    const home = join(c.root, 'home');
    mkdirSync(home);
    writeFileSync(join(home, '.profile'), 'export EDITOR=vi\n');
    expectRefused(corroborate('extract', c.articles, '--out', ROOT), `--out ${ROOT}`, /holds corroborate itself/);
    expectRefused(corroborateWith({ env: { HOME: home } }, 'extract', c.articles, '--out', home), `--out ${home}`, /is the home folder/);
    expectRefused(corroborate('build', c.articles, '--out', '/'), '--out /', /is the root of the file system/);
    expect(readFileSync(join(home, '.profile'), 'utf8')).toBe('export EDITOR=vi\n');
    expect(existsSync(join(ROOT, 'package.json'))).toBe(true);
  });

  it('two outputs that are one folder, or one inside the other', () => {
    const c = caseFolder();
    const site = join(c.root, 'site');
    const same = corroborate('build', c.articles, '--out', site, '--generated', site);
    expect(same.status).toBe(1);
    expect(same.stderr).toMatch(/--out .* and --generated .* are the same folder or one is inside the other/);
    expect(corroborate('build', c.articles, '--out', site, '--generated', join(site, 'data')).status).toBe(1);
    expect(existsSync(site)).toBe(false);
  });

  it('a file given as the output folder', () => {
    const c = caseFolder();
    const file = join(c.mine, 'notes.txt');
    expectRefused(corroborate('extract', c.articles, '--out', file), `--out ${file}`, /is a file, not a folder/);
    expect(readFileSync(file)).toEqual(readFileSync(join(FOREIGN, 'notes.txt')));
  });
});

describe('its own earlier output is replaced as before', () => {
  it('a folder with the marker is replaced; a file added to it afterwards stops the next run, named with its path', () => {
    const c = caseFolder();
    const out = join(c.root, 'out');
    expect(corroborate('extract', c.articles, '--out', out).status).toBe(0);
    const marker = JSON.parse(readFileSync(join(out, MARKER_FILE), 'utf8'));
    expect(marker).toMatchObject({ writtenBy: 'corroborate', kind: 'generated' });
    expect(marker.entries).toContain('facts.json');
    expect(corroborate('extract', c.articles, '--out', out).status).toBe(0);
    writeFileSync(join(out, 'documents', 'my-notes.md'), 'mine');
    mkdirSync(join(out, 'drafts'));
    expectRefused(corroborate('extract', c.articles, '--out', out), `--out ${out}`, /holds 1 file and 1 folder that corroborate did not write \(documents\/my-notes\.md, drafts\/\)/);
    expect(readFileSync(join(out, 'documents', 'my-notes.md'), 'utf8')).toBe('mine');
  });

  it('an output given as a symbolic link to a folder is written in that folder, and the link stays a link', () => {
    const c = caseFolder();
    const real = join(c.root, 'real-out');
    mkdirSync(real);
    symlinkSync(real, join(c.root, 'out-link'));
    expect(corroborate('extract', c.articles, '--out', join(c.root, 'out-link')).status).toBe(0);
    expect(corroborate('extract', c.articles, '--out', join(c.root, 'out-link')).status).toBe(0);
    expect(lstatSync(join(c.root, 'out-link')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(real, 'facts.json'))).toBe(true);
    expect(readdirSync(c.root).sort()).toEqual(['articles', 'mine', 'out-link', 'real-out']);
  });

  it('an empty folder is used', () => {
    const c = caseFolder();
    mkdirSync(join(c.root, 'empty'));
    expect(corroborate('extract', c.articles, '--out', join(c.root, 'empty')).status).toBe(0);
    expect(existsSync(join(c.root, 'empty', 'facts.json'))).toBe(true);
  });

  it('a generated folder and a site of an earlier version (no marker) are recognised and replaced', () => {
    const c = caseFolder();
    const generated = join(c.root, 'generated');
    expect(corroborate('extract', c.articles, '--out', generated).status).toBe(0);
    const site = join(c.root, 'site');
    mkdirSync(join(site, '_astro'), { recursive: true });
    mkdirSync(join(site, 'sources'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>old</title>');
    writeFileSync(join(site, 'sitemap.xml'), '<urlset/>');
    // What an earlier version left: the same files, without the marker.
    rmSync(join(generated, MARKER_FILE));
    expect(() => checkOutputFolder({ dir: generated, kind: 'generated' })).not.toThrow();
    expect(() => checkOutputFolder({ dir: site, kind: 'site' })).not.toThrow();
    expect(corroborate('build', c.articles, '--out', site, '--generated', generated, '--quiet').status).toBe(0);
    expect(existsSync(join(site, MARKER_FILE)) && existsSync(join(generated, MARKER_FILE))).toBe(true);
    // But not when something else sits among them: only what such a version never writes is named.
    rmSync(join(site, MARKER_FILE));
    writeFileSync(join(site, 'thesis.docx'), 'mine');
    expect(() => checkOutputFolder({ dir: site, kind: 'site', option: '--out' })).toThrow(/^--out .* holds 1 file that corroborate did not write \(thesis\.docx\)/);
    // Without a marker, a generated folder is not taken for a site.
    rmSync(join(generated, MARKER_FILE));
    expect(() => checkOutputFolder({ dir: generated, kind: 'site' })).toThrow(/did not write/);
  });

  it('build replaces its own site and generated folder, and refuses both once a file of the user\'s is in one', async () => {
    const c = caseFolder();
    const render: SiteRenderer = async (generatedDir, siteDir) => {
      writeFileSync(join(siteDir, 'index.html'), readFileSync(join(generatedDir, 'facts.json')));
    };
    const options = { sourcesDir: c.articles, outDir: join(c.root, 'site'), generatedDir: join(c.root, 'generated'), quiet: true };
    await buildSite(options, { render });
    await buildSite(options, { render });
    expect(readFileSync(join(c.root, 'site', MARKER_FILE), 'utf8')).toContain('"index.html"');
    writeFileSync(join(c.root, 'site', 'CNAME'), 'news.example.org\n');
    const before = snapshot(c.root);
    await expect(buildSite(options, { render })).rejects.toThrow(/holds 1 file that corroborate did not write \(CNAME\)/);
    expect(snapshot(c.root)).toEqual(before);
  });

  it('a file put into the folder while the run worked stops the swap, and the staging folder goes', () => {
    const c = caseFolder();
    const out = join(c.root, 'out');
    const staged = stageFolder(out, { kind: 'generated', sources: [c.articles] });
    writeFileSync(join(staged.staging, 'facts.json'), '{}');
    mkdirSync(out);
    writeFileSync(join(out, 'arrived.txt'), 'meanwhile');
    expect(() => staged.commit()).toThrow(/holds 1 file that corroborate did not write \(arrived\.txt\)/);
    expect(readdirSync(out)).toEqual(['arrived.txt']);
    expect(readdirSync(c.root).sort()).toEqual(['articles', 'mine', 'out']);
  });
});

describe('corroborate dev leaves nothing behind', () => {
  /** Starts `corroborate dev` with a temporary folder of its own; resolves once it serves, or it has exited. */
  async function startDev(sources: string, tmp: string) {
    const port = await freePort();
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|BASE_URL|DEV|PROD|SSR|CORROBORATE_.*)$/.test(k)));
    const child = spawn(process.execPath, [join(ROOT, 'scripts/cli.ts'), 'dev', sources, '--port', String(port)], { cwd: ROOT, env: { ...env, TMPDIR: tmp, CI: 'true' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    return { child, output: () => output };
  }

  it.each(['SIGINT', 'SIGTERM'] as const)('its temporary folders are removed on %s', async (signal) => {
    const c = caseFolder();
    const tmp = join(c.root, 'tmp');
    mkdirSync(tmp);
    const dev = await startDev(c.articles, tmp);
    expect(await until(() => /Live preview at/.test(dev.output()) || dev.child.exitCode !== null, 60_000), dev.output()).toBe(true);
    expect(readdirSync(tmp).filter((n) => n.startsWith('corroborate-dev-'))).toHaveLength(1);
    dev.child.kill(signal);
    expect(await until(() => dev.child.exitCode !== null, 15_000), dev.output()).toBe(true);
    // 0, or 143 when Vite's own SIGTERM handler (128 + 15) ends the process first.
    expect(signal === 'SIGINT' ? [0] : [0, 143]).toContain(dev.child.exitCode);
    expect(readdirSync(tmp).filter((n) => n.startsWith('corroborate'))).toEqual([]);
  }, 90_000);

  it('and when it cannot start (no readable article)', async () => {
    const c = caseFolder();
    const tmp = join(c.root, 'tmp');
    const empty = join(c.root, 'empty');
    mkdirSync(tmp);
    mkdirSync(empty);
    const dev = await startDev(empty, tmp);
    expect(await until(() => dev.child.exitCode !== null, 30_000), dev.output()).toBe(true);
    expect(dev.child.exitCode).toBe(1);
    expect(readdirSync(tmp).filter((n) => n.startsWith('corroborate'))).toEqual([]);
  }, 40_000);
});
