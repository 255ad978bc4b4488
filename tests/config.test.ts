/** corroborate.config and sources.yaml: user-given values reach facts.json and the pages, and win over inferred ones. */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corroborate, ROOT } from './support/cli.ts';
import { readSourcesYaml } from '../scripts/ingest/sourcesYaml.ts';
import { ingestFolder } from '../scripts/ingest/ingest.ts';
import { findConfigFile, loadConfig } from '../scripts/config.ts';
import { runPipeline } from '../scripts/pipeline.ts';

const work = mkdtempSync(join(tmpdir(), 'corroborate-config-'));

function eventCopy(name: string, extra: Record<string, string> = {}): string {
  const dir = join(work, name);
  cpSync(join(ROOT, 'tests/fixtures/events/ferry-fire'), dir, { recursive: true });
  for (const [file, content] of Object.entries(extra)) writeFileSync(join(dir, file), content);
  return dir;
}

describe('sources.yaml', () => {
  it('gives metadata by file name, winning over frontmatter, page metadata and datelines', () => {
    const dir = eventCopy('yaml', {
      'sources.yaml': [
        'harbour-times.html:',
        '  publisher: Harbour Times Online',
        '  author: Desk staff',
        'nordic-wire.md:',
        '  title: Ferry blaze on the evening crossing',
        '  url: https://nordic-wire.example/ferry',
        'coastal-herald.txt:',
        '  published: 2031-05-14',
        '',
      ].join('\n'),
    });
    const { facts } = runPipeline(dir);
    const byFile = new Map(facts.sources.map((s) => [s.file, s]));
    expect(byFile.get('harbour-times.html')).toMatchObject({ publisher: 'Harbour Times Online', author: 'Desk staff' });
    expect(byFile.get('nordic-wire.md')).toMatchObject({ title: 'Ferry blaze on the evening crossing', url: 'https://nordic-wire.example/ferry' });
    expect(byFile.get('coastal-herald.txt')!.published).toBe('2031-05-14');
  });

  it('warns with the line for an unknown file, an unknown field and a wrong type, and uses the rest', () => {
    const dir = eventCopy('yaml-bad', { 'sources.yaml': 'coastal-herald.txt:\n  publisher: Coastal Herald\n  colour: blue\nmissing.txt:\n  title: Gone\nnordic-wire.md:\n  author: [1, 2]\n' });
    const { byFile, warnings } = readSourcesYaml(dir, new Set(['coastal-herald.txt', 'nordic-wire.md', 'harbour-times.html']));
    expect(byFile.get('coastal-herald.txt')).toEqual({ publisher: 'Coastal Herald' });
    expect(warnings.map((w) => [w.line, w.problem])).toEqual([
      [1, 'coastal-herald.txt: unknown field colour; ignored'],
      [4, 'names missing.txt, which is not an article in this folder; the entry was ignored'],
      [6, 'nordic-wire.md: author should be text; ignored'],
    ]);
  });

  it('reports invalid YAML with its line and reads the articles without it', () => {
    const dir = eventCopy('yaml-broken', { 'sources.yaml': 'coastal-herald.txt:\n  publisher: [unclosed\n' });
    const { articles, warnings } = ingestFolder(dir);
    expect(articles).toHaveLength(3);
    expect(warnings[0]).toMatchObject({ file: 'sources.yaml', problem: expect.stringMatching(/^is not valid YAML/) });
    expect(warnings[0]!.line).toBeGreaterThan(0);
  });
});

describe('corroborate.config', () => {
  it('is found in the sources folder and checked field by field', async () => {
    const dir = eventCopy('config-bad', { 'corroborate.config.json': '{"title": "X", "theme": "sepia", "colour": 1}' });
    const path = findConfigFile(dir);
    expect(path).toBe(join(dir, 'corroborate.config.json'));
    await expect(loadConfig(path)).rejects.toThrow(/theme: .*"light".*colour|colour.*theme/s);
  });

  it('title, description, lang, theme and base reach the built pages (a .ts config)', () => {
    const dir = eventCopy('config-ts', {
      'corroborate.config.ts': "export default { title: 'Harbour ferry fire explained', description: 'Three outlets on the harbour ferry fire.', lang: 'en-GB', theme: 'dark', base: '/ferry/' };\n",
    });
    const site = join(work, 'config-site');
    const run = corroborate('build', dir, '--out', site, '--quiet');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(home).toMatch(/<html lang="en-GB" data-theme="dark">/);
    expect(home).toContain('<title>Harbour ferry fire explained</title>');
    expect(home).toContain('<meta name="description" content="Three outlets on the harbour ferry fire.">');
    expect(home).toContain('href="/ferry/sources/');
    const source = readFileSync(join(site, 'sources', 'harbour-times', 'index.html'), 'utf8');
    expect(source).toMatch(/<title>[^<]* · Harbour ferry fire explained<\/title>/);
    expect(source).toMatch(/<html lang="en-GB" data-theme="dark">/);
  });

  it('--base on the command line wins over the config base', () => {
    const dir = eventCopy('config-base', { 'corroborate.config.json': '{"base": "/from-config/"}' });
    const site = join(work, 'config-base-site');
    expect(corroborate('build', dir, '--out', site, '--base', '/from-cli/', '--quiet').status).toBe(0);
    const home = readFileSync(join(site, 'index.html'), 'utf8');
    expect(home).toContain('href="/from-cli/sources/');
    expect(home).not.toContain('/from-config/');
  });

  it('an invalid config exits 1 naming the file and the field', () => {
    const dir = eventCopy('config-invalid', { 'corroborate.config.json': '{"lang": "English"}' });
    const run = corroborate('extract', dir, '--out', join(work, 'never'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(join(dir, 'corroborate.config.json'));
    expect(run.stderr).toMatch(/lang: must be a language tag/);
  });
});
