/**
 * remark plugin: a `:::conflict` container (parsed by remark-directive) becomes a block
 * that shows the sources' own wordings side by side:
 *
 *   :::conflict{kind="value"}
 *   The sources give different figures.
 *
 *   - “about 40 buses” :cite{#q-40-buses src="alpha"}
 *   - “45 buses” :cite{#q-45-buses src="beta"}
 *   :::
 *
 * gives <div class="conflict" data-kind="value"><p>…</p><ul class="conflict-sides">…</ul></div>.
 * Run before remarkCitations, which leaves this directive to it.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const KINDS = new Set(['value', 'qualifier', 'term']);

interface Node {
  type: string;
  name?: string;
  attributes?: Record<string, string | null | undefined> | null;
  children?: Node[];
  data?: Record<string, unknown>;
}

export function transformConflicts(tree: Root): void {
  visit(tree, (node) => {
    const directive = node as Node;
    if (directive.type !== 'containerDirective' || directive.name !== 'conflict') return;
    const kind = directive.attributes?.kind ?? '';
    // A neutral node type: no other directive handler touches it, remark-rehype renders hName.
    directive.type = 'conflictBlock';
    directive.data = { hName: 'div', hProperties: { className: ['conflict'], 'data-kind': KINDS.has(kind) ? kind : 'other' } };
    for (const child of directive.children ?? []) {
      if (child.type === 'list') child.data = { hProperties: { className: ['conflict-sides'] } };
    }
  });
}

export default function remarkConflicts() {
  return (tree: Root): void => transformConflicts(tree);
}
