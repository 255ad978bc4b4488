/** The command line's contract: bin, help, version, --json, progress, warnings with a summary, exit codes. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { tmpdir } from 'node:os';
import { corroborate, ROOT } from './support/cli.ts';
import { otherFileSystemFolder } from './support/fileSystems.ts';
import { VERSION } from '../scripts/contracts/version.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
const FERRY = join(ROOT, 'tests/fixtures/events/ferry-fire');

describe('the corroborate bin', () => {
  it('runs from a plain shell, whatever `node` the system has (package.json bin)', () => {
    // PATH without the project's node_modules/.bin: the system Node (20 on CI machines) runs the launcher.
    const path = (process.env.PATH ?? '').split(delimiter).filter((p) => !p.includes('node_modules')).join(delimiter);
    const run = spawnSync(join(ROOT, 'bin/corroborate.js'), ['--version'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PATH: path } });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(VERSION);
    expect(run.status).toBe(0);
  });

  it('runs as `npx corroborate` from the repository', () => {
    const run = spawnSync('npx', ['corroborate', '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stdout.trim()).toBe(VERSION);
    expect(run.status).toBe(0);
  });

  it('passes arguments and the exit code through `npm run corroborate --`', () => {
    const run = spawnSync('npm', ['run', '-s', 'corroborate', '--', 'verify', join(work, 'nothing-here')], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/facts\.json is missing/);
  });
});

describe('build from anywhere, into anywhere', () => {
  it('builds from a working folder outside the project, with relative paths, and leaves nothing in that folder but the site', () => {
    // Astro's server-side chunks must still find the project's packages; `.astro` must not appear here.
    const cwd = mkdtempSync(join(tmpdir(), 'corroborate-elsewhere-'));
    cpSync(FERRY, join(cwd, 'articles'), { recursive: true });
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/corroborate.js'), 'build', 'articles', '--out', 'site', '--quiet'], { cwd, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(cwd, 'site/index.html'), 'utf8')).toContain('<h1');
    expect(readdirSync(cwd).sort()).toEqual(['articles', 'site']);
  });

  it('runs from outside the project through the bin on the system Node, with paths relative to that folder', () => {
    // As the README says to: node /path/to/corroborate/bin/corroborate.js, from the folder of one's articles.
    const cwd = mkdtempSync(join(tmpdir(), 'corroborate-outside-'));
    cpSync(FERRY, join(cwd, 'articles'), { recursive: true });
    const path = (process.env.PATH ?? '').split(delimiter).filter((p) => !p.includes('node_modules')).join(delimiter);
    const run = spawnSync('node', [join(ROOT, 'bin/corroborate.js'), 'extract', 'articles', '--out', 'facts', '--no-cache', '--json'], { cwd, encoding: 'utf8', env: { ...process.env, PATH: path } });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, out: 'facts', articles: 3 });
    expect(readdirSync(join(cwd, 'facts'))).toContain('facts.json');
    rmSync(cwd, { recursive: true, force: true });
  });

  it('builds into a folder on another file system than the project (a tmpfs, a mounted volume)', () => {
    // Where the machine has no second file system, any folder serves.
    const elsewhere = otherFileSystemFolder(ROOT);
    try {
      const out = join(elsewhere ?? work, 'site');
      const run = corroborate('build', FERRY, '--out', out, '--quiet');
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(readdirSync(out)).toEqual(expect.arrayContaining(['index.html', '_astro', 'claims', 'sources', 'pagefind']));
    } finally {
      if (elsewhere) rmSync(elsewhere, { recursive: true, force: true }); // in memory: never leave it behind
    }
  });
});

describe('help and usage', () => {
  it('--help lists every command and the exit codes; each command has its own --help', () => {
    const all = corroborate('--help');
    expect(all.status).toBe(0);
    for (const command of ['extract', 'build', 'dev', 'verify']) expect(all.stdout).toContain(`corroborate ${command}`);
    expect(all.stdout).toMatch(/Exit codes: 0 success; 1 .*2 wrong usage; 3 an internal/s);
    const dev = corroborate('dev', '--help');
    expect(dev.status).toBe(0);
    expect(dev.stdout).toMatch(/^corroborate dev <sourcesDir>/);
    expect(dev.stdout).toContain('--port');
    expect(corroborate('build', '--help').stdout).toContain('--generated <dir>');
  });

  it('exits 2 with the usage for an unknown command, a missing option or an extra argument', () => {
    expect(corroborate('publish').status).toBe(2);
    const missing = corroborate('extract', FERRY);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/missing --out <dir>[\s\S]*corroborate extract <sourcesDir> --out <dir>/);
    expect(corroborate('verify', 'a', 'b').status).toBe(2);
  });
});

describe('--json', () => {
  it('prints one JSON object with the figures on stdout, nothing on stderr', () => {
    const run = corroborate('extract', FERRY, '--out', join(work, 'json-out'), '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ command: 'extract', ok: true, exitCode: 0, articles: 3, warnings: [] });
    expect(result.claims).toBeGreaterThan(5);
    expect(result.sources.map((s: { file: string }) => s.file)).toEqual(['coastal-herald.txt', 'harbour-times.html', 'nordic-wire.md']);
  });

  it('reports a failure as JSON with the message and the fix, and the exit code', () => {
    const run = corroborate('build', join(work, 'missing'), '--out', join(work, 'never'), '--json');
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ command: 'build', ok: false, exitCode: 1, error: { message: expect.stringContaining(join(work, 'missing')), fix: expect.any(String) } });
  });
});

describe('progress, warnings and the summary', () => {
  it('prints plain progress lines when not on a terminal (CI, a pipe): stage, article count, time', () => {
    const run = corroborate('extract', FERRY, '--out', join(work, 'progress-out'), '--no-cache'); // a cached event has no stages to report
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^extract: reading 3 article files in .*\[\d+\.\d s\]$/m);
    expect(run.stderr).toMatch(/^extract 3 articles: align done \(\d+ ms\) \[\d+\.\d s\]$/m);
    expect(run.stderr).not.toContain('\r');
    expect(run.stdout).toMatch(/claims from 3 articles written to/);
  });

  it('writes a count of one in the singular: "1 article file", "1 claim from 1 article", "1 event"', () => {
    const one = join(work, 'one-article');
    mkdirSync(join(one, 'mill'), { recursive: true });
    writeFileSync(join(one, 'mill', 'mill.txt'), 'The paper mill in Harlow Falls will close in March, its owner announced on Monday.\n');
    const single = corroborate('extract', join(one, 'mill'), '--out', join(work, 'one-article-out'), '--no-cache');
    expect(single.status).toBe(0);
    expect(single.stderr).toMatch(/^extract: reading 1 article file in /m);
    expect(single.stderr).toMatch(/^extract 1 article: align done /m);
    expect(single.stdout).toMatch(/^1 claim from 1 article written to /m);
    const events = corroborate('extract', one, '--out', join(work, 'one-event-out'), '--no-cache');
    expect(events.status).toBe(0);
    expect(events.stdout).toMatch(/^1 event \(0 unchanged, from the cache\) written to /m);
  });

  it('names each bad file with its problem and fix, then sums up what was skipped', () => {
    const dir = join(work, 'mixed');
    mkdirSync(dir);
    writeFileSync(join(dir, 'good.txt'), 'Storm closes port\n\nAbout 40 ships waited outside the harbour on Monday, the port authority said.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.7');
    writeFileSync(join(dir, 'sources.yaml'), 'gone.txt:\n  title: Gone\n');
    const run = corroborate('extract', dir, '--out', join(work, 'mixed-out'));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('warning: empty.txt: is empty, skipped (fix: Add the article text or remove the file.)');
    expect(run.stderr).toContain('warning: sources.yaml:1: names gone.txt, which is not an article in this folder');
    expect(run.stderr).toMatch(/^2 files skipped: empty\.txt \(is empty, skipped\), scan\.pdf \(not an article format, skipped\)$/m);
    expect(run.stderr).toMatch(/^1 other warning above; everything else was used\.$/m);
  });

  it('--quiet prints nothing on success', () => {
    const run = corroborate('extract', FERRY, '--out', join(work, 'quiet-out'), '--quiet');
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe('');
  });
});
