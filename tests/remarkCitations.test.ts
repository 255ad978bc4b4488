/**
 * Golden fixtures for the citation and conflict plugins: tests/fixtures/remark/<case>/input.md
 * renders to output.html. A missing output.html is written on the first run outside CI;
 * a mismatch writes output-changed.html beside it to diff.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkCitations, { type CitationOptions } from '../components/markdown/remarkCitations.ts';
import remarkConflicts from '../components/markdown/remarkConflicts.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures/remark');
const OPTIONS: CitationOptions = {
  sources: [{ id: 'alpha', label: 'Alpha News' }, { id: 'beta', label: 'Beta Post' }, { id: 'gamma', label: 'Gamma Wire' }],
  passages: {
    'q-3-metres': { alpha: 'The river rose three metres, officials said.', beta: 'Water rose "three metres" overnight & more.' },
    'q-40-buses': { alpha: 'About 40 buses were sent.' },
  },
};

async function render(md: string, extra: Partial<CitationOptions> = {}): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkConflicts)
    .use(remarkCitations, { ...OPTIONS, ...extra })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(md);
  return String(file);
}

describe('remark citation fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(`${name}: input.md renders to output.html`, async () => {
      const dir = join(FIXTURES, name);
      const options = existsSync(join(dir, 'options.json')) ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) : {};
      const html = await render(readFileSync(join(dir, 'input.md'), 'utf8'), options);
      const expectedPath = join(dir, 'output.html');
      if (!existsSync(expectedPath)) {
        if (process.env.CI) throw new Error(`${expectedPath} is missing: run the tests outside CI to write it, then review it`);
        writeFileSync(expectedPath, html);
      }
      const expected = readFileSync(expectedPath, 'utf8');
      if (html !== expected) writeFileSync(join(dir, 'output-changed.html'), html);
      expect(html).toBe(expected);
    });
  }
});

describe('remarkCitations', () => {
  it('shows one marker per claim saying how many of all sources support it, linking to the claim', async () => {
    const html = await render('Water rose. :cite{#q-3-metres src="beta alpha"}');
    expect(html.match(/class="cite-marker"/g)).toHaveLength(1);
    expect(html).toContain('href="/claims/#q-3-metres"');
    expect(html).toContain('aria-label="2/3: 2 of 3 sources (Beta Post, Alpha News)"');
    expect(html).toContain('>2/3</a>');
  });
  it('puts each source\'s exact passage and outlet in a hidden card, linking to the passage', async () => {
    const html = await render('Water rose. :cite{#q-3-metres src="beta alpha"}');
    const card = html.slice(html.indexOf('<span class="cite-card"'));
    expect(card).toMatch(/^<span class="cite-card" id="cite-card-1" hidden/);
    expect(card).toContain('<a href="/sources/beta/#q-3-metres">[2] Beta Post</a> <q>Water rose "three metres" overnight &#x26; more.</q>');
    expect(card).toContain('<a href="/sources/alpha/#q-3-metres">[1] Alpha News</a> <q>The river rose three metres, officials said.</q>');
  });
  it('gives every card on a page its own id', async () => {
    const html = await render(':cite{#a src="alpha"} and :cite{#a src="alpha"}');
    expect(html).toContain('id="cite-card-1"');
    expect(html).toContain('id="cite-card-2"');
  });
  it('counts against the independent total when given', async () => {
    expect(await render(':cite{#c src="alpha"}', { total: 2 })).toContain('>1/2</a>');
  });
  it('counts a copy cited beside the article it repeats once, as the total does (never "2 of 1 source")', async () => {
    const sources = [{ id: 'alpha', label: 'Alpha News' }, { id: 'beta', label: 'Beta Post', copyOf: 'alpha' }];
    const html = await render(':cite{#c src="alpha beta"}', { sources, total: 1 });
    expect(html).toContain('>1/1</a>');
    expect(html).toContain('Supported by 1 of 1 source');
    // Both passages stay in the card; a copy cited without its original still stands for it.
    expect(html).toContain('Beta Post');
    expect(await render(':cite{#c src="beta"}', { sources, total: 1 })).toContain('>1/1</a>');
  });
  it('prefixes links with the base path', async () => {
    const html = await render(':cite{#c src="alpha"}', { base: '/my-repo/' });
    expect(html).toContain('href="/my-repo/claims/#c"');
    expect(html).toContain('href="/my-repo/sources/alpha/#c"');
  });
  it('says beside a source\'s passage who that source gives the words to, where it is not the claim\'s speaker', async () => {
    const html = await render(':cite{#q-3-metres src="alpha beta"}', { speakers: { 'q-3-metres': { beta: 'The ministry' } } });
    expect(html).toContain('The ministry, in <a href="/sources/beta/#q-3-metres">[2] Beta Post</a>');
    // The other source's line carries no note.
    expect(html).toMatch(/<span class="cite-card-item"><a href="\/sources\/alpha\/#q-3-metres">/);
  });
  it('never turns other directives into markup', async () => {
    const html = await render('Text :script{src="x"} and :iframe[y]');
    expect(html).not.toMatch(/<script|<iframe/);
  });
});

describe('remarkConflicts', () => {
  it('lays the sides out as one list the stylesheet puts side by side', async () => {
    const html = await render(readFileSync(join(FIXTURES, 'conflict-side-by-side/input.md'), 'utf8'));
    expect(html).toMatch(/^<div class="conflict" data-kind="value"><p>The sources give different figures for this:<\/p><ul class="conflict-sides">/);
    expect(html.match(/class="cite"/g)).toHaveLength(2);
  });
  it('never copies an unknown kind into the page', async () => {
    expect(await render(':::conflict{kind="<img>"}\nx\n:::')).toContain('data-kind="other"');
  });
});
