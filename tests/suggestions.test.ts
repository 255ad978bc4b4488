/**
 * A slip gets a way out: a mistyped command, option or config field is answered with the nearest
 * name; a config file under a name nothing reads is a warning naming the names that are read; a
 * folder inside an event's folder is said to be a folder.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closestName, editDistance } from '../scripts/text/closestName.ts';
import { corroborate, corroborateWith, ROOT } from './support/cli.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-slips-'));
const FERRY = join(ROOT, 'tests/fixtures/events/ferry-fire');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('closestName', () => {
  it('counts a swap of two neighbouring letters as one edit, and ignores case', () => {
    expect(editDistance('biuld', 'build')).toBe(1);
    expect(editDistance('Build', 'build')).toBe(0);
    expect(editDistance('extrct', 'extract')).toBe(1);
    expect(editDistance('', 'dev')).toBe(3);
  });

  it('finds the name meant, and nothing for a word that is no slip or is as near to two names', () => {
    const commands = ['extract', 'build', 'dev', 'verify', 'preview'];
    expect(closestName('biuld', commands)).toBe('build');
    expect(closestName('bulid', commands)).toBe('build');
    expect(closestName('prevew', commands)).toBe('preview');
    expect(closestName('ver', commands)).toBe('verify'); // the start of exactly one name
    expect(closestName('publish', commands)).toBeUndefined();
    expect(closestName('xyz', commands)).toBeUndefined();
    expect(closestName('titel', ['title', 'description', 'base', 'lang', 'theme'])).toBe('title');
    expect(closestName('cat', ['bat', 'hat'])).toBeUndefined();
  });
});

describe('did you mean', () => {
  it('a mistyped command', () => {
    const run = corroborate('biuld', FERRY);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: unknown command: biuld \(did you mean build\?\)$/m);
    expect(corroborate('publish').stderr).toMatch(/^error: unknown command: publish$/m);
  });

  it('a mistyped option, long or with its value', () => {
    const run = corroborate('build', FERRY, '--outt', 'site');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: unknown option --outt \(did you mean --out\?\)$/m);
    expect(corroborate('extract', FERRY, '--no-cahce').stderr).toMatch(/unknown option --no-cahce \(did you mean --no-cache\?\)/);
    expect(corroborate('extract', FERRY, '--genrated=x').stderr).toMatch(/unknown option --genrated \(did you mean --generated\?\)/);
  });

  it('a mistyped config field', () => {
    const config = join(work, 'corroborate.config.json');
    writeFileSync(config, JSON.stringify({ titel: 'The harbour ferry fire', them: 'dark', colour: 'red' }));
    const run = corroborate('extract', FERRY, '--out', join(work, 'fields-out'), '--config', config);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('titel: unknown field (did you mean title?); them: unknown field (did you mean theme?); colour: unknown field)');
  });
});

describe('a config file under a name nothing reads', () => {
  it('is a warning naming the file and the names that are read, in the sources folder and in the working folder', () => {
    const sources = join(work, 'misnamed');
    cpSync(FERRY, sources, { recursive: true });
    writeFileSync(join(sources, 'corroborate.json'), '{"title": "Ferry"}');
    writeFileSync(join(sources, 'corroborate.config.yaml'), 'title: Ferry\n');
    const cwd = join(work, 'cwd');
    mkdirSync(cwd);
    writeFileSync(join(cwd, '.corroboraterc'), '{"title": "Ferry"}');
    const run = corroborateWith({ cwd }, 'extract', sources, '--out', join(work, 'misnamed-out'));
    expect(run.status).toBe(0);
    const names = 'corroborate.config.ts, corroborate.config.mjs, corroborate.config.js, corroborate.config.json';
    expect(run.stderr).toContain(`warning: ${join(sources, 'corroborate.json')}: is not read: the config file is named ${names} (fix: Rename it to corroborate.config.json, or pass --config ${join(sources, 'corroborate.json')}.)`);
    expect(run.stderr).toContain(`warning: ${join(sources, 'corroborate.config.yaml')}: is not read: the config file is named ${names} (fix: Write it as corroborate.config.json (JSON) or corroborate.config.ts`);
    expect(run.stderr).toContain(`warning: ${join(cwd, '.corroboraterc')}: is not read: the config file is named ${names} (fix: Rename it to corroborate.config.json (it must hold JSON).)`);
    const json = JSON.parse(corroborateWith({ cwd }, 'extract', sources, '--out', join(work, 'misnamed-out'), '--json').stdout);
    expect(json.warnings.map((w: { file: string }) => w.file)).toEqual([join(sources, 'corroborate.config.yaml'), join(sources, 'corroborate.json'), join(cwd, '.corroboraterc')]);
  });

  it('is no warning when --config names it, nor for the config names that are read, articles or corroborate\'s own marker', () => {
    const sources = join(work, 'named');
    cpSync(FERRY, sources, { recursive: true });
    writeFileSync(join(sources, 'corroborate.json'), '{"title": "Ferry"}');
    writeFileSync(join(sources, 'corroborate.config.json'), '{"lang": "en"}');
    writeFileSync(join(sources, 'corroborate-notes.md'), 'Corroborate notes\n\nThe harbour ferry left at 9 p.m., the operator said on Monday.\n');
    const run = corroborate('extract', sources, '--out', join(work, 'named-out'), '--config', join(sources, 'corroborate.json'), '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).warnings).toEqual([]);
  });
});

describe('a folder inside an event\'s folder', () => {
  it('is said to be a folder that is not read, with what to do, never "not an article format"', () => {
    const sources = join(work, 'with-folder');
    cpSync(FERRY, sources, { recursive: true });
    mkdirSync(join(sources, 'photos'));
    writeFileSync(join(sources, 'photos', 'caption.txt'), 'A caption.\n');
    const run = corroborate('extract', sources, '--out', join(work, 'with-folder-out'));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("warning: photos/: is a folder: an event's articles are read from its own folder only, not from folders inside it (fix: Move the articles into this folder, or, for many events, give each event a folder of its own with no articles beside those folders.)");
    expect(run.stderr).not.toMatch(/not an article format/);
  });
});
