/**
 * The explainer's Markdown processor, for the pages that render it (site/lib/explainerEntry.ts):
 * the settings and plugins astro.config.mjs gave Astro's Markdown while the explainer was a
 * content collection, so that the HTML is the same.
 */
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import remarkDirective from 'remark-directive';
import remarkCitations from '../../components/markdown/remarkCitations.ts';
import remarkConflicts from '../../components/markdown/remarkConflicts.ts';
import { citationOptionsByFile } from './citationOptions.ts';

/**
 * Article text is shown as written: no smart quotes, and no GFM, whose autolinks would turn a URL
 * in an article into a live link (the generated Markdown uses no GFM syntax).
 */
export function explainerProcessor(base: string): ReturnType<typeof unified> {
  return unified({
    smartypants: false,
    gfm: false,
    remarkPlugins: [remarkDirective, remarkConflicts, [remarkCitations, citationOptionsByFile(base)]],
  });
}

/** The explainer's Markdown holds no code: no highlighter to load (Shiki took about 0.2 s of each build). */
const SYNTAX_HIGHLIGHT = false;

/**
 * A renderer of the explainer's Markdown into HTML, as Astro's content layer made it from the
 * config: its settings and Astro's image defaults (no remote image domains; the explainer holds
 * no image, compose escapes every `!` and `[` of article text).
 */
export function explainerRenderer(base: string): Promise<MarkdownRenderer> {
  return explainerProcessor(base).createRenderer({ syntaxHighlight: SYNTAX_HIGHLIGHT, image: { domains: [], remotePatterns: [] } });
}
