/**
 * rehype plugin: an `id` on every heading that has none, the slug of its text, as Astro's Markdown
 * processor gives them (@astrojs/markdown-remark's rehypeHeadingIds for a Markdown file, not MDX):
 * the explainer's section links (#the-numbers) and the pages' anchors depend on these exact ids.
 * Hand-written, not imported: that package's entry point loads its whole processor (540 modules,
 * MDX, GFM and the highlighters among them), about 0.1 s of every build for this one function
 * and the steps around it (site/lib/explainerMarkdown.ts).
 * tests/explainerMarkdown.test.ts renders the same Markdown with Astro's processor and this one.
 */
import GithubSlugger from 'github-slugger';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Text-bearing nodes whose value goes into a heading's slug (Astro's list; MDX's expressions never occur here). */
const RAW_NODE_TYPES = new Set(['text', 'raw']);
/** Inside these a heading's text is taken as written (Astro's rule). */
const CODE_TAG_NAMES = new Set(['code', 'pre']);

/** Sets each heading's id from its text, one slugger per document (so a repeated heading gets "-1", "-2"). */
export default function rehypeHeadingIds(): (tree: Root) => void {
  return (tree) => {
    const slugger = new GithubSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!/h([0-6])/.test(node.tagName) || node.tagName[0] !== 'h') return;
      let text = '';
      visit(node, (child, _index, parent) => {
        if (child.type === 'element' || parent == null) return;
        // A raw HTML tag alone (`<br>`) adds nothing to the slug.
        if (child.type === 'raw' && /^\n?<.*>\n?$/.test(child.value)) return;
        if (RAW_NODE_TYPES.has(child.type) && 'value' in child) {
          const inCode = 'tagName' in parent && CODE_TAG_NAMES.has(parent.tagName);
          text += inCode ? child.value : child.value.replace(/\{/g, '${');
        }
      });
      node.properties ??= {};
      if (typeof node.properties.id !== 'string') node.properties.id = slugger.slug(text);
    });
  };
}
