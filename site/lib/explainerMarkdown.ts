/**
 * The explainer's Markdown processor, for the pages that render it (site/lib/explainerEntry.ts):
 * the steps Astro's Markdown processor (@astrojs/markdown-remark) takes with the settings and
 * plugins astro.config.mjs gave it while the explainer was a content collection, so that the HTML
 * is the same (tests/explainerMarkdown.test.ts compares the two on the same Markdown).
 *
 * Built from unified's own packages, not through that processor: its entry point loads all of it
 * (540 modules: MDX, GFM, smart quotes, both highlighters) where these steps load 249, about
 * 0.1 s of CPU in every build (imported in a fresh process, measured), for steps the explainer
 * never takes. Left out as well: Astro's
 * image steps, which find nothing here (the explainer holds no image: compose escapes every `!`
 * and `[` of article text).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkCitations from '../../components/markdown/remarkCitations.ts';
import remarkConflicts from '../../components/markdown/remarkConflicts.ts';
import rehypeHeadingIds from './headingIds.ts';
import { citationOptionsByFile } from './citationOptions.ts';

/** What renders the explainer: its Markdown in, the HTML out (as Astro's renderer's `code`). */
export interface ExplainerRenderer {
  render(markdown: string, options: { file: string }): Promise<{ code: string }>;
}

/**
 * Article text is shown as written: no smart quotes, and no GFM, whose autolinks would turn a URL
 * in an article into a live link (the generated Markdown uses no GFM syntax); no highlighter, as
 * the explainer holds no code. Raw HTML passes through, as Astro's processor lets it.
 */
export function explainerProcessor(base: string) {
  return unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkConflicts)
    .use(remarkCitations, citationOptionsByFile(base))
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(rehypeHeadingIds)
    .use(rehypeRaw)
    .use(rehypeStringify, { allowDangerousHtml: true });
}

/** A renderer of the explainer's Markdown into HTML; a failure names the file, as Astro's did. */
export function explainerRenderer(base: string): ExplainerRenderer {
  const processor = explainerProcessor(base);
  return {
    async render(markdown, { file }) {
      try {
        return { code: String(await processor.process({ value: markdown, path: file })) };
      } catch (error) {
        throw new Error(`Failed to parse Markdown file "${file}":\n${(error as Error).message}`, { cause: error });
      }
    },
  };
}
