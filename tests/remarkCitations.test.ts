import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import remarkCitations from '../components/markdown/remarkCitations.ts';

async function render(md: string, base = '/'): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkCitations, { sources: [{ id: 'alpha', label: 'Alpha News' }, { id: 'beta', label: 'Beta Post' }], base })
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(md);
  return String(file);
}

describe('remarkCitations', () => {
  it('turns :cite into one numbered marker per source, linking to that source\'s passage', async () => {
    const html = await render('Water rose. :cite{#q-3-metres src="beta alpha"}');
    expect(html).toBe('<p>Water rose. <span class="cite" data-claim="q-3-metres"><a href="/sources/beta/#q-3-metres" class="cite-marker" aria-label="Source 2: Beta Post" data-source="beta">[2]</a><a href="/sources/alpha/#q-3-metres" class="cite-marker" aria-label="Source 1: Alpha News" data-source="alpha">[1]</a></span></p>');
  });
  it('prefixes links with the base path', async () => {
    expect(await render(':cite{#c src="alpha"}', '/my-repo/')).toContain('href="/my-repo/sources/alpha/#c"');
  });
  it('never turns other directives into markup', async () => {
    const html = await render('Text :script{src="x"} and :iframe[y]');
    expect(html).not.toMatch(/<script|<iframe/);
  });
});
