/**
 * remark plugin: `:cite{#claim-id src="source-a source-b"}` (parsed by remark-directive)
 * becomes citation markers, one per source, each linking to that source's passage for
 * the claim: <span class="cite"><a href="/sources/source-a/#claim-id">[1]</a>…</span>.
 * The syntax is remark-directive's; the meaning lives here, in a pure tree function.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface CitationSource {
  id: string;
  /** Shown to screen readers and as a tooltip: "Source 2: Reuters". */
  label: string;
}

export interface CitationOptions {
  /** Sources in site order; a marker's number is the source's position here, from 1. */
  sources: CitationSource[];
  /** The site's base path, ending in "/". */
  base?: string;
}

interface DirectiveNode {
  type: string;
  name?: string;
  attributes?: Record<string, string | null | undefined> | null;
  children?: unknown[];
  data?: Record<string, unknown>;
}

/** Rewrites cite directives in place; other directives are turned back into plain text. */
export function transformCitations(tree: Root, options: CitationOptions): void {
  const numberOf = new Map(options.sources.map((s, i) => [s.id, { n: i + 1, label: s.label }]));
  const base = options.base ?? '/';
  visit(tree, (node) => {
    const directive = node as DirectiveNode;
    if (directive.type !== 'textDirective' && directive.type !== 'leafDirective' && directive.type !== 'containerDirective') return;
    if (directive.name !== 'cite') {
      // Only generated Markdown reaches this processor, but an unknown directive must never become markup.
      Object.assign(directive, { type: 'text', value: `:${directive.name ?? ''}` });
      delete directive.children;
      return;
    }
    const claim = directive.attributes?.id ?? '';
    const ids = (directive.attributes?.src ?? '').split(/\s+/).filter(Boolean);
    const markers = ids.map((id) => {
      const source = numberOf.get(id);
      const n = source?.n ?? '?';
      return {
        type: 'link',
        url: `${base}sources/${encodeURIComponent(id)}/#${encodeURIComponent(claim)}`,
        children: [{ type: 'text', value: `[${n}]` }],
        data: { hProperties: { className: ['cite-marker'], 'aria-label': `Source ${n}${source ? `: ${source.label}` : ''}`, 'data-source': id } },
      };
    });
    directive.children = markers;
    directive.data = { hName: 'span', hProperties: { className: ['cite'], 'data-claim': claim } };
  });
}

export default function remarkCitations(options: CitationOptions) {
  return (tree: Root): void => transformCitations(tree, options);
}
