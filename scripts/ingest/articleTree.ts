/**
 * The page as the article finder (findArticle.ts) sees it: a light copy of parse5's element
 * tree, each node with its range of the page's text, and text measures (length, commas, link
 * text) answered from prefix sums in constant time, less whatever the finder has removed.
 * The finder never changes parse5's tree: a removal is a mark here, so the text and its map
 * back to the file stay whole, and what is removed stays visible as set aside.
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { PageText } from './htmlText.ts';

export interface Node {
  /** Lower-case tag name, or '#text'. */
  tag: string;
  el?: T.Element;
  parent?: Node;
  children: Node[];
  /** Range of the page's text, [from, to); empty for a node that shows none. */
  from: number;
  to: number;
  className: string;
  id: string;
  /** The finder's score (Readability's contentScore), once the node is a candidate. */
  score?: number;
  /** A div with no block inside, scored as a paragraph (Readability turns it into a <p>). */
  asParagraph?: boolean;
}

/** Commas of the scripts Readability counts (Latin, Arabic, CJK...), as char codes. */
const COMMAS = new Set([0x2c, 0x60c, 0xfe50, 0xfe10, 0xfe11, 0x2e41, 0x2e34, 0x2e32, 0xff0c]);

export class ArticleTree {
  body: Node;
  readonly view: string;
  private readonly chars: Int32Array;
  private readonly links: Int32Array;
  private readonly commas: Int32Array;
  /** Ranges removed by the current attempt, outermost only, sorted by start. */
  private removed: Array<[number, number]> = [];
  private readonly gone = new Set<Node>();

  constructor(page: PageText) {
    this.view = page.view;
    const n = page.view.length;
    this.chars = new Int32Array(n + 1);
    this.links = new Int32Array(n + 1);
    this.commas = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      const code = page.view.charCodeAt(i);
      // A paragraph break counts as the one space Readability's text has between blocks.
      const visible = code === 10 && page.view.charCodeAt(i - 1) === 10 ? 0 : 1;
      this.chars[i + 1] = this.chars[i]! + visible;
      this.links[i + 1] = this.links[i]! + (visible && page.linked[i] ? 1 : 0);
      this.commas[i + 1] = this.commas[i]! + (COMMAS.has(code) ? 1 : 0);
    }
    this.page = page;
    this.body = this.fresh();
  }

  private readonly page: PageText;

  /** Starts an attempt afresh (Readability reparses the page for each): nothing removed, no scores. */
  reset(): void {
    this.removed = [];
    this.gone.clear();
    this.body = this.fresh();
  }

  /** Ranges the current attempt removed (outermost only, sorted). */
  removedRanges(): ReadonlyArray<readonly [number, number]> {
    return this.removed;
  }

  private fresh(): Node {
    const html = this.page.document.childNodes.find((c): c is T.Element => 'tagName' in c && c.tagName === 'html');
    const bodyEl = html?.childNodes.find((c): c is T.Element => 'tagName' in c && c.tagName === 'body');
    return bodyEl ? copy(bodyEl, undefined, this.page.ranges) : { tag: 'body', children: [], from: 0, to: 0, className: '', id: '' };
  }

  remove(node: Node): void {
    this.gone.add(node);
    if (node.to > node.from) this.removed = withRange(this.removed, node);
  }

  /** True when a page rule (pageRules.ts) found the element hidden on the page. */
  isHidden(el: T.Element): boolean {
    return this.page.markedElements.get(el)?.reason === 'hidden';
  }

  isRemoved(node: Node): boolean {
    for (let n: Node | undefined = node; n; n = n.parent) if (this.gone.has(n)) return true;
    return false;
  }

  /** Element children still in the page. */
  elements(node: Node): Node[] {
    return node.children.filter((c) => c.tag !== '#text' && !this.gone.has(c));
  }

  /** Descendants (elements) still in the page, with one of `tags` if given. */
  descendants(node: Node, tags?: ReadonlySet<string>, out: Node[] = []): Node[] {
    for (const c of node.children) {
      if (c.tag === '#text' || this.gone.has(c)) continue;
      if (!tags || tags.has(c.tag)) out.push(c);
      this.descendants(c, tags, out);
    }
    return out;
  }

  length(node: Node): number {
    return this.measure(this.chars, node.from, node.to);
  }

  commaCount(node: Node): number {
    return this.measure(this.commas, node.from, node.to);
  }

  /** Share of the node's text that is link text (Readability's link density). */
  linkDensity(node: Node): number {
    const len = this.length(node);
    return len ? this.measure(this.links, node.from, node.to) / len : 0;
  }

  /** The node's text, less what is removed. */
  text(node: Node): string {
    let out = '';
    let at = node.from;
    for (const [a, b] of this.removed) {
      if (a >= node.to) break;
      if (a < at || b > node.to) continue;
      out += this.view.slice(at, a);
      at = b;
    }
    return (out + this.view.slice(at, node.to)).trim();
  }

  private measure(sums: Int32Array, from: number, to: number): number {
    let total = sums[to]! - sums[from]!;
    for (const [a, b] of this.removed) {
      if (a >= to) break;
      if (a >= from && b <= to) total -= sums[b]! - sums[a]!;
    }
    return total;
  }
}

/** The outermost ranges of `list` and `node`'s range (element ranges nest or are apart), sorted. */
function withRange(list: Array<[number, number]>, node: Node): Array<[number, number]> {
  if (list.some((r) => r[0] <= node.from && r[1] >= node.to)) return list;
  const out = list.filter((r) => !(r[0] >= node.from && r[1] <= node.to));
  out.push([node.from, node.to]);
  return out.sort((a, b) => a[0] - b[0]);
}

function copy(el: T.Element, parent: Node | undefined, ranges: PageText['ranges']): Node {
  const range = ranges.get(el);
  const attr = (name: string): string => el.attrs.find((a) => a.name === name)?.value ?? '';
  const node: Node = { tag: el.tagName, el, children: [], from: range?.[0] ?? 0, to: range?.[1] ?? 0, className: attr('class'), id: attr('id') };
  if (parent) node.parent = parent;
  const kids = el.tagName === 'template' ? [] : el.childNodes;
  for (const child of kids) {
    if (child.nodeName === '#text') {
      const r = ranges.get(child);
      node.children.push({ tag: '#text', parent: node, children: [], from: r?.[0] ?? 0, to: r?.[1] ?? 0, className: '', id: '' });
    } else if ('tagName' in child) {
      node.children.push(copy(child, node, ranges));
    }
  }
  return node;
}

/** An attribute of a node's element ('' when absent). */
export function attrOf(node: Node, name: string): string | undefined {
  return node.el?.attrs.find((a) => a.name === name)?.value;
}
