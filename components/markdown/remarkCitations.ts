/**
 * remark plugin: `:cite{#claim-id src="source-a source-b"}` (parsed by remark-directive)
 * becomes one citation marker per claim that says how many sources support it, plus a
 * card holding each source's exact passage and outlet:
 *
 *   <span class="cite" data-claim="q-40-buses">
 *     <a class="cite-marker" href="/claims/#q-40-buses" aria-label="2/3: 2 of 3 sources (…)">2/3</a>
 *     <span class="cite-card" id="cite-card-1" hidden>…passages, each linking to its source…</span>
 *   </span>
 *
 * With no JavaScript the marker is a plain link to the claim on /claims/ and the card stays
 * hidden; scripts/client/citationCards.ts opens the card on hover, focus or tap.
 * The syntax is remark-directive's; the meaning lives here, in a pure tree function.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { numberedLabel } from '../sourceLabel.ts';

export interface CitationSource {
  id: string;
  /** The outlet as the site names it: "Harbour Times". */
  label: string;
  /** The source this article largely repeats, if any: with that source also cited it adds no corroboration. */
  copyOf?: string;
}

export interface CitationOptions {
  /** Sources in site order; a source's number is its position here, from 1. */
  sources: CitationSource[];
  /** claim id -> source id -> the passage as readers see it on the source page. */
  passages?: Record<string, Record<string, string>>;
  /**
   * claim id -> source id -> who that source gives a quote's words to, where it is not the claim's
   * speaker ("Japan"; "Speaker unclear"): shown as "Japan, in [2] Outlet" before the passage.
   */
  speakers?: Record<string, Record<string, string>>;
  /** Independent sources in the event (the N of "n of N"); all sources when not given. */
  total?: number;
  /** The site's base path, ending in "/". */
  base?: string;
  /** claim id -> the editors' corrections of it, in readers' words (shown in its card). */
  corrections?: Record<string, string[]>;
}

interface DirectiveNode {
  type: string;
  name?: string;
  attributes?: Record<string, string | null | undefined> | null;
  children?: unknown[];
  data?: Record<string, unknown>;
}

/** Directive names other plugins own; they are left for those plugins. */
const OTHER_PLUGINS = new Set(['conflict']);

/** Rewrites cite directives in place; unknown directives are turned back into plain text. */
export function transformCitations(tree: Root, options: CitationOptions): void {
  const numberOf = new Map(options.sources.map((s, i) => [s.id, { n: i + 1, label: s.label }]));
  const base = options.base ?? '/';
  const total = options.total ?? options.sources.length;
  const copyOf = new Map(options.sources.flatMap((s) => (s.copyOf ? [[s.id, s.copyOf] as const] : [])));
  let cards = 0;
  visit(tree, (node) => {
    const directive = node as DirectiveNode;
    if (directive.type !== 'textDirective' && directive.type !== 'leafDirective' && directive.type !== 'containerDirective') return;
    if (OTHER_PLUGINS.has(directive.name ?? '')) return;
    if (directive.name !== 'cite') {
      // Only generated Markdown reaches this processor, but an unknown directive must never become markup.
      Object.assign(directive, { type: 'text', value: `:${directive.name ?? ''}` });
      delete directive.children;
      return;
    }
    const claim = directive.attributes?.id ?? '';
    const ids = [...new Set((directive.attributes?.src ?? '').split(/\s+/).filter(Boolean))];
    const cardId = `cite-card-${++cards}`;
    const outlets = ids.map((id) => numberOf.get(id)?.label ?? id);
    // The n of "n of N" counts independent sources, as N does: a copy cited beside the article it
    // repeats is shown in the card but not counted again (never "2 of 1 source").
    const supporting = ids.filter((id) => !ids.includes(copyOf.get(id) ?? '')).length;
    const count = `${supporting} of ${total} source${total === 1 ? '' : 's'}`;
    const claimHref = `${base}claims/#${encodeURIComponent(claim)}`;
    const marker = element('a', { className: ['cite-marker'], href: claimHref, 'aria-label': `${supporting}/${total}: ${count} (${outlets.join(', ')})`, 'data-card': cardId }, [text(`${supporting}/${total}`)]);
    const items = ids.map((id) => {
      const source = numberOf.get(id);
      const passage = options.passages?.[claim]?.[id];
      const link = element('a', { href: `${base}sources/${encodeURIComponent(id)}/#${encodeURIComponent(claim)}` }, [text(source ? numberedLabel(source.label, source.n) : `[?] ${id}`)]);
      const speaker = options.speakers?.[claim]?.[id];
      const named = speaker ? [text(`${speaker}, in `), link] : [link];
      return element('span', { className: ['cite-card-item'] }, passage ? [...named, text(' '), element('q', {}, [text(passage)])] : named);
    });
    const card = element('span', { className: ['cite-card'], id: cardId, hidden: true, 'data-pagefind-ignore': '' }, [
      element('span', { className: ['cite-card-head'] }, [text(`Supported by ${count}`)]),
      ...items,
      ...(options.corrections?.[claim] ?? []).map((note) => element('span', { className: ['cite-card-correction'] }, [text(note)])),
      element('a', { className: ['cite-card-more'], href: claimHref }, [text('This claim in the list of all claims')]),
    ]);
    directive.children = [marker, card];
    directive.data = { hName: 'span', hProperties: { className: ['cite'], 'data-claim': claim } };
  });
}

/** An mdast node that remark-rehype turns into the given element (a span without its own semantics). */
function element(tag: string, properties: Record<string, unknown>, children: unknown[]): unknown {
  return { type: 'citationElement', data: { hName: tag, hProperties: properties }, children };
}

function text(value: string): unknown {
  return { type: 'text', value };
}

/**
 * The plugin. Options may depend on the file rendered (a site of many events renders each
 * event's explainer with its own sources): then pass a function of the file's path.
 */
export default function remarkCitations(options: CitationOptions | ((path: string | undefined) => CitationOptions)) {
  return (tree: Root, file?: { path?: string }): void => transformCitations(tree, typeof options === 'function' ? options(file?.path) : options);
}
