/**
 * The explainer's Markdown processor (site/lib/explainerMarkdown.ts, built from unified's own
 * packages, with its own heading ids in site/lib/headingIds.ts) against Astro's
 * (@astrojs/markdown-remark's createMarkdownProcessor with the settings the site gave it until
 * issue 22: no smart quotes, no GFM, no highlighter, no remote images, the same plugins): the same
 * Markdown must give the same HTML, byte for byte. Compared on compose's own output (the bundled
 * event and the fixture events, extracted or read here, the fixture events also as one folder of
 * events; real multi-news clusters were compared when this was written, by building their sites
 * both ways, byte-identical) and on invented Markdown that
 * holds what compose's output could hold and what must stay as written.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter as astroParseFrontmatter } from '@astrojs/markdown-remark';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import remarkDirective from 'remark-directive';
import remarkCitations from '../components/markdown/remarkCitations.ts';
import remarkConflicts from '../components/markdown/remarkConflicts.ts';
import { citationOptionsByFile } from '../site/lib/citationOptions.ts';
import { explainerRenderer } from '../site/lib/explainerMarkdown.ts';
import { readExplainer } from '../site/lib/explainerEntry.ts';
import { extractFolder } from '../scripts/build/extractFolder.ts';
import { ROOT } from './support/cli.ts';

const GOLDEN_EVENTS = join(ROOT, 'tests/golden/events');
/** The invented fixture events, read as one folder of events, as a multi-event site reads them. */
const FIXTURE_EVENTS = join(ROOT, 'tests/fixtures/events');
const work = mkdtempSync(join(tmpdir(), 'corroborate-explainer-md-'));
const dataBefore = process.env.CORROBORATE_DATA;

afterAll(() => {
  if (dataBefore === undefined) delete process.env.CORROBORATE_DATA;
  else process.env.CORROBORATE_DATA = dataBefore;
  rmSync(work, { recursive: true, force: true });
});

/** Astro's processor as the site configured it while the explainer was a content collection. */
function astroRenderer(base: string) {
  return createMarkdownProcessor({
    smartypants: false,
    gfm: false,
    syntaxHighlight: false,
    image: { domains: [], remotePatterns: [] },
    remarkPlugins: [remarkDirective, remarkConflicts, [remarkCitations, citationOptionsByFile(base)]],
  });
}

/** Both processors' HTML of one explainer.md, read as the pages read it, with the data of the folder it lies in. */
async function renderBoth(dataDir: string, file: string, base = '/'): Promise<{ astro: string; ours: string }> {
  process.env.CORROBORATE_DATA = dataDir;
  const { data, body } = readExplainer(file);
  const astro = (await (await astroRenderer(base)).render(body, { frontmatter: data, fileURL: pathToFileURL(file) })).code;
  const ours = (await explainerRenderer(base).render(body, { file })).code;
  return { astro, ours };
}

/** Invented Markdown in an explainer.md beside an event's data (for its citation options). */
async function renderInvented(markdown: string, dataDir = join(GOLDEN_EVENTS, 'ferry-fire')): Promise<{ astro: string; ours: string }> {
  const dir = mkdtempSync(join(work, 'invented-'));
  const file = join(dir, 'explainer.md');
  writeFileSync(file, `---\ntitle: "Invented"\ndescription: "Invented."\nsources: 3\nclaims: 1\n---\n\n${markdown}\n`);
  return renderBoth(dataDir, file);
}

describe('the explainer processor gives the HTML Astro\'s processor gave', () => {
  it('reads the frontmatter with the function Astro\'s Markdown package hands on', () => {
    expect(parseFrontmatter).toBe(astroParseFrontmatter);
  });

  it.each(['bridge-closure', 'ferry-fire', 'grain-shipments', 'nurse-deployment'])('on the golden explainer of the fixture event %s, under a sub-path', async (name) => {
    const dir = join(GOLDEN_EVENTS, name);
    const { astro, ours } = await renderBoth(dir, join(dir, 'explainer.md'), '/news/');
    expect(astro).toContain('<h2 id="the-numbers">');
    expect(ours).toBe(astro);
  });

  it('on the bundled event\'s explainer, extracted here', async () => {
    const out = join(work, 'bundled');
    await extractFolder(join(ROOT, 'content/sources'), out, {});
    const { astro, ours } = await renderBoth(out, join(out, 'explainer.md'));
    expect(astro).toContain('class="cite-marker"');
    expect(ours).toBe(astro);
  }, 120_000);

  it('on the explainers of the fixture events, extracted here as one folder of events (each event\'s options from its own path)', async () => {
    const out = join(work, 'events-out');
    await extractFolder(FIXTURE_EVENTS, out, {});
    expect(existsSync(join(out, 'events.json'))).toBe(true);
    for (const event of readdirSync(FIXTURE_EVENTS)) {
      const { astro, ours } = await renderBoth(out, join(out, event, 'explainer.md'));
      expect(astro.length).toBeGreaterThan(0);
      expect(ours, event).toBe(astro);
    }
  }, 240_000);

  it('on repeated headings, headings with inline code, braces, raw HTML and emphasis (their ids)', async () => {
    const { astro, ours } = await renderInvented([
      '## The numbers', 'Text.',
      '## The numbers', 'Again.',
      '## The numbers', 'Once more.',
      '## Using `fare{zone}` and {braces}', 'Text.',
      '## Fire <em>update</em> at dawn', 'Text.',
      '## Line<br>break', 'Text.',
      '### *Who* said **what**', 'Text.',
      '## Ferry — “quoted” & done!', 'Text.',
      '<h2>A raw heading</h2>',
      '## The numbers', 'Last.',
    ].join('\n\n'));
    expect(astro).toContain('<h2 id="the-numbers-1">');
    expect(astro).toContain('<h2 id="the-numbers-2">');
    expect(astro).toContain('<h2 id="the-numbers-3">');
    expect(ours).toBe(astro);
  });

  it('on citation and conflict directives, raw HTML, links and emphasis', async () => {
    const { astro, ours } = await renderInvented([
      'A ferry burned. :cite{#q-300-passengers src="coastal-herald harbour-times"}',
      ':::conflict{kind="value"}\nThe sources give different figures.\n\n- “about 300” :cite{#q-300-passengers src="coastal-herald"}\n- “310” :cite{#q-12-people src="nordic-wire"}\n:::',
      '<div class="note" data-x="1"><p>Raw <strong>block</strong></p></div>',
      // Raw HTML as written is parsed and written again (rehype-raw): quotes, case and unclosed tags come out normalised.
      "<DIV class='note'>Raw <b>unclosed</DIV>",
      'Inline <span class="tag">raw</span> HTML, a [link](https://example.org/a?b=1&c=2 "Title"), *emphasis*, **strong** and `code`.',
      '- one\n- two *three*',
      '> A quoted block.',
    ].join('\n\n'));
    expect(astro).toContain('class="conflict"');
    expect(astro).toContain('<span class="tag">raw</span>');
    expect(astro).toContain('<div class="note">Raw <b>unclosed</b></div>');
    expect(ours).toBe(astro);
  });

  it('leaves a URL in the text unlinked and straight quotes straight, as articles wrote them', async () => {
    const { astro, ours } = await renderInvented('The notice at https://example.org/notice said "closed" -- it\'s the crew\'s call... www.example.org too.');
    expect(astro).not.toContain('<a ');
    expect(astro).toContain('"closed" -- it\'s the crew\'s call...');
    expect(ours).toBe(astro);
  });
});
