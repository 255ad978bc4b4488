import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFolder, sourceIdFor } from '../scripts/ingest/ingest.ts';
import { htmlToView } from '../scripts/ingest/html.ts';
import { readFrontmatter } from '../scripts/ingest/frontmatter.ts';
import { InputError } from '../scripts/contracts/errors.ts';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-ingest-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('ingestFolder', () => {
  it('reads .txt, .md and .html in file-name order and gives each a URL-safe id', () => {
    const dir = folder({ 'b.md': '---\ntitle: B\n---\nBody of b.\n', 'a.txt': 'Body of a.\n', 'c Page.html': '<html><body><p>Body of c.</p></body></html>' });
    const { articles, warnings } = ingestFolder(dir);
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.source.id)).toEqual(['a', 'b', 'c-page']);
    expect(articles.map((a) => a.format)).toEqual(['txt', 'md', 'html']);
  });

  it('skips empty, binary and non-UTF-8 files with a warning naming the file, and keeps the good ones', () => {
    const dir = folder({ 'empty.txt': '  \n', 'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9]), 'good.txt': 'A good article.' });
    const { articles, warnings } = ingestFolder(dir);
    expect(articles.map((a) => a.source.file)).toEqual(['good.txt']);
    expect(warnings.map((w) => w.file).sort()).toEqual(['empty.txt', 'image.txt', 'latin1.txt']);
    expect(warnings.find((w) => w.file === 'latin1.txt')!.problem).toMatch(/UTF-8/);
  });

  it('throws an InputError naming a missing folder', () => {
    expect(() => ingestFolder('/no/such/folder')).toThrow(InputError);
    expect(() => ingestFolder('/no/such/folder')).toThrow(/\/no\/such\/folder/);
  });

  it('warns about frontmatter that does not parse but still reads the article body', () => {
    const dir = folder({ 'x.md': '---\ntitle: [unclosed\n---\nThe body stays.\n' });
    const { articles, warnings } = ingestFolder(dir);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.view.slice(articles[0]!.bodyStart)).toBe('The body stays.\n');
    expect(warnings[0]!.file).toBe('x.md');
  });

  it('ignores hidden files and sub-folders', () => {
    const dir = folder({ '.DS_Store': 'junk', 'a.txt': 'Text.' });
    mkdirSync(join(dir, 'sub.txt'));
    expect(ingestFolder(dir).articles.map((a) => a.source.file)).toEqual(['a.txt']);
  });
});

describe('sourceIdFor', () => {
  it('slugs file names, dropping accents and punctuation', () => {
    expect(sourceIdFor('Reuters Report (1).txt')).toBe('reuters-report-1');
    expect(sourceIdFor('Zürich – “Bericht”.md')).toBe('zurich-bericht');
    expect(sourceIdFor('???.txt')).toBe('source');
  });
});

describe('readFrontmatter', () => {
  it('maps common aliases and turns YAML dates into ISO dates', () => {
    const fm = readFrontmatter('---\nheadline: Flood\nsource: Daily Planet\ndate: 2021-07-15\nauthors: [A. B, C. D]\n---\nText');
    expect(fm.meta).toEqual({ title: 'Flood', publisher: 'Daily Planet', published: '2021-07-15', author: 'A. B, C. D' });
    expect(fm.bodyStart).toBe(fm.bodyStart);
  });
  it('reports fields of the wrong type', () => {
    expect(readFrontmatter('---\ntitle: {a: 1}\n---\n').problem).toMatch(/title/);
  });
});

describe('htmlToView', () => {
  const html = '<html><head><title>T &amp; U</title><meta property="og:site_name" content="The Daily"></head><body><nav>Menu</nav><article><h1>Storm hits</h1><p>About 1,200 homes &amp; <em>two</em> schools lost power.</p><script>alert(1)</script><p>Crews said “repairs will take days.”</p></article></body></html>';
  const page = htmlToView(html);
  it('keeps article text, sets navigation aside, drops scripts, decodes entities', () => {
    expect(page.view).toBe('Menu\n\nStorm hits\n\nAbout 1,200 homes & two schools lost power.\n\nCrews said “repairs will take days.”');
    expect(page.setAside).toEqual([{ start: 0, end: 4, reason: 'navigation', note: 'page navigation' }]);
    expect(page.meta).toMatchObject({ title: 'T & U', publisher: 'The Daily' });
  });
  it('maps every view span back to the markup it came from', () => {
    const start = page.view.indexOf('homes & two');
    const [fs, fe] = page.toFile(start, start + 'homes & two'.length);
    expect(html.slice(fs, fe)).toBe('homes &amp; <em>two');
    const q = page.view.indexOf('repairs');
    const [qs, qe] = page.toFile(q, q + 7);
    expect(html.slice(qs, qe)).toBe('repairs');
  });
});
