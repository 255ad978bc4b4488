/**
 * Ported from Mozilla Readability 0.6.0 (https://github.com/mozilla/readability), Copyright (c)
 * 2010 Arc90 Inc, licensed under the Apache License, Version 2.0
 * (http://www.apache.org/licenses/LICENSE-2.0); changed to run over a parse5 tree and to mark
 * characters instead of removing nodes.
 *
 * Which part of a saved page is the article: Mozilla Readability's algorithm (0.6.0, the
 * Firefox Reader View), run over our own parse5 tree instead of a second DOM. Hand-written
 * because Readability needs a full DOM: building one (linkedom) and serialising it for its
 * retries cost twice what the page's parse5 reading does, so reading a page cost about twice
 * Readability alone; over the tree we already have it costs a pass or two.
 *
 * As Readability: paragraphs (and divs with no block inside) are scored by commas and length,
 * their scores flow to parent, grandparent and further ancestors; the best candidate, weighted
 * by link density, climbs to a common ancestor of close rivals, takes in fitting siblings, and
 * is then cleaned of fishy tables, lists and divs (cleanArticle.ts); too short a result is
 * retried with fewer rules. Unlike it, our page rules (pageRules.ts) are applied first, so a
 * hidden copy of the body or a consent banner never scores, and nothing is removed from the
 * page: the result is which characters of the text are the article.
 */
import { ArticleTree, attrOf, type Node } from './articleTree.ts';
import { cleanArticle, classWeight, type Flags } from './cleanArticle.ts';
import type { PageText } from './htmlText.ts';

const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const TO_SCORE = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const BLOCKS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
const PHRASING = new Set(['abbr', 'audio', 'b', 'bdo', 'br', 'button', 'cite', 'code', 'data', 'datalist', 'dfn', 'em', 'embed', 'i', 'img', 'input', 'kbd', 'label', 'mark', 'math', 'meter', 'noscript', 'object', 'output', 'progress', 'q', 'ruby', 'samp', 'script', 'select', 'small', 'span', 'strong', 'sub', 'sup', 'textarea', 'time', 'var', 'wbr']);
const EMPTY_REMOVED = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Never content (Readability's _prepDocument removes them first). */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta']);
const KEEP_TAG = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);
const TOP_CANDIDATES = 5;
/** Characters an article must have, else the next attempt drops a rule (Readability's charThreshold). */
const CHAR_THRESHOLD = 500;

export interface FoundArticle {
  /** Per character of the page's text: 1 when it is the article. */
  inArticle: Uint8Array;
  /** The byline Readability would read from the page (rel=author, a "byline" element), if any. */
  byline?: string;
}

/**
 * Finds the article in `page`. `title` is the page's headline (a heading that repeats it is not
 * body); `knownAuthor` says the page's metadata names the author, so a byline element stays.
 * Undefined when no attempt finds any text.
 */
export function findArticle(page: PageText, title: string | undefined, knownAuthor: boolean): FoundArticle | undefined {
  const tree = new ArticleTree(page);
  const attempts: Array<{ length: number; inArticle: Uint8Array }> = [];
  let byline: string | undefined;
  for (const flags of [{ stripUnlikely: true, weightClasses: true, cleanConditionally: true }, { stripUnlikely: false, weightClasses: true, cleanConditionally: true }, { stripUnlikely: false, weightClasses: false, cleanConditionally: true }, { stripUnlikely: false, weightClasses: false, cleanConditionally: false }]) {
    if (attempts.length) tree.reset();
    const found = prepare(tree, flags, title, knownAuthor);
    byline ??= found.byline;
    const article = chooseArticle(tree, found.paragraphs, flags);
    cleanArticle(tree, article, flags);
    const kept = article.filter((n) => !tree.isRemoved(n));
    const length = kept.reduce((a, n) => a + tree.length(n), 0);
    const inArticle = new Uint8Array(page.view.length);
    for (const n of kept) inArticle.fill(1, n.from, n.to);
    for (const [a, b] of tree.removedRanges()) inArticle.fill(0, a, b);
    attempts.push({ length, inArticle });
    if (length >= CHAR_THRESHOLD) break;
  }
  const best = attempts.reduce((a, b) => (b.length > a.length ? b : a));
  if (!best.length) return undefined;
  return { inArticle: best.inArticle, ...(byline ? { byline } : {}) };
}

/** Readability's first pass: removes what cannot be the article, lists the paragraphs to score. */
function prepare(tree: ArticleTree, flags: Flags, title: string | undefined, knownAuthor: boolean): { paragraphs: Node[]; byline?: string } {
  const paragraphs: Node[] = [];
  let byline: string | undefined;
  let titleHeader = !!title;
  const visit = (node: Node, inTable: boolean): void => {
    if (node.tag === '#text') return;
    const el = node.el;
    const match = `${node.className} ${node.id}`;
    const role = attrOf(node, 'role') ?? '';
    const gone = (): void => tree.remove(node);
    if (DROPPED.has(node.tag) || (el && tree.isHidden(el)) || !visible(node) || (attrOf(node, 'aria-modal') === 'true' && role === 'dialog')) return gone();
    if (!byline && !knownAuthor && isByline(tree, node, match)) {
      byline = tree.text(node).replace(/\s+/g, ' ');
      return gone();
    }
    if (titleHeader && (node.tag === 'h1' || node.tag === 'h2') && similarity(title!, tree.text(node)) > 0.75) {
      titleHeader = false;
      return gone();
    }
    if (flags.stripUnlikely && node.tag !== 'body' && node.tag !== 'a' && !inTable && ((UNLIKELY.test(match) && !MAYBE.test(match)) || UNLIKELY_ROLES.has(role))) return gone();
    if (EMPTY_REMOVED.has(node.tag) && tree.length(node) === 0 && tree.elements(node).every((c) => c.tag === 'br' || c.tag === 'hr')) return gone();
    if (TO_SCORE.has(node.tag)) paragraphs.push(node);
    if (node.tag === 'div') node = divAsParagraphs(tree, node, paragraphs);
    const nextInTable = inTable || node.tag === 'table' || node.tag === 'code';
    for (const child of [...node.children]) visit(child, nextInTable);
  };
  visit(tree.body, false);
  return { paragraphs, ...(byline ? { byline } : {}) };
}

/** A div's runs of inline content become paragraphs; a div of one paragraph is that paragraph; a div with no block is one. */
function divAsParagraphs(tree: ArticleTree, div: Node, paragraphs: Node[]): Node {
  const kids: Node[] = [];
  let run: Node[] = [];
  const flush = (): void => {
    while (run.length && isWhitespace(tree, run[run.length - 1]!)) run.pop();
    if (run.length) {
      const p: Node = { tag: 'p', parent: div, children: run, from: run[0]!.from, to: run[run.length - 1]!.to, className: '', id: '' };
      for (const c of run) c.parent = p;
      kids.push(p);
    }
    run = [];
  };
  for (const child of div.children) {
    if (tree.isRemoved(child)) { kids.push(child); continue; }
    if (isPhrasing(child)) {
      if (run.length || !isWhitespace(tree, child)) run.push(child);
      else kids.push(child);
    } else {
      flush();
      kids.push(child);
    }
  }
  flush();
  div.children = kids;
  const elements = tree.elements(div);
  const onlyText = div.children.every((c) => c.tag !== '#text' || tree.length(c) === 0);
  if (elements.length === 1 && elements[0]!.tag === 'p' && onlyText && tree.linkDensity(div) < 0.25 && div.parent) {
    const p = elements[0]!;
    div.parent.children = div.parent.children.map((c) => (c === div ? p : c));
    p.parent = div.parent;
    paragraphs.push(p);
    return p;
  }
  if (!hasBlock(tree, div)) {
    div.tag = 'p';
    div.asParagraph = true;
    paragraphs.push(div);
  }
  return div;
}

/** Scores the paragraphs, picks the top candidate and the siblings that belong with it. */
function chooseArticle(tree: ArticleTree, paragraphs: Node[], flags: Flags): Node[] {
  const candidates: Node[] = [];
  for (const p of paragraphs) {
    if (!p.parent || tree.isRemoved(p)) continue;
    const len = tree.length(p);
    if (len < 25) continue;
    const score = 1 + tree.commaCount(p) + 1 + Math.min(Math.floor(len / 100), 3);
    let level = 0;
    for (let a: Node | undefined = p.parent; a && level < 5; a = a.parent, level++) {
      if (a.score === undefined) { initialise(a, flags); candidates.push(a); }
      a.score! += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (const c of candidates) c.score = c.score! * (1 - tree.linkDensity(c));
  const top = [...candidates].sort((a, b) => b.score! - a.score!).slice(0, TOP_CANDIDATES);
  let best = top[0];
  if (!best || best.tag === 'body') return [wrapBody(tree.body)];
  const rivals = top.slice(1).filter((c) => c.score! / best!.score! >= 0.75).map(ancestors);
  if (rivals.length >= 3) {
    for (let p = best.parent; p && p.tag !== 'body'; p = p.parent) {
      if (rivals.filter((list) => list.includes(p!)).length >= 3) { best = p; break; }
    }
  }
  if (best.score === undefined) initialise(best, flags);
  let lastScore = best.score!;
  const threshold = lastScore / 3;
  for (let p = best.parent; p && p.tag !== 'body'; p = p.parent) {
    if (p.score === undefined) continue;
    if (p.score < threshold) break;
    if (p.score > lastScore) { best = p; break; }
    lastScore = p.score;
  }
  while (best.parent && best.parent.tag !== 'body' && tree.elements(best.parent).length === 1) best = best.parent;
  if (best.score === undefined) initialise(best, flags);
  const chosen = best;
  const siblingThreshold = Math.max(10, chosen.score! * 0.2);
  const out: Node[] = [];
  for (const sibling of chosen.parent ? tree.elements(chosen.parent) : [chosen]) {
    let append = sibling === chosen;
    if (!append) {
      const bonus = sibling.className === chosen.className && chosen.className ? chosen.score! * 0.2 : 0;
      if (sibling.score !== undefined && sibling.score + bonus >= siblingThreshold) append = true;
      else if (sibling.tag === 'p') {
        const density = tree.linkDensity(sibling);
        const len = tree.length(sibling);
        append = (len > 80 && density < 0.25) || (len < 80 && len > 0 && density === 0 && /\.( |$)/.test(tree.text(sibling)));
      }
    }
    if (!append) continue;
    if (!KEEP_TAG.has(sibling.tag)) sibling.tag = 'div';
    out.push(sibling);
  }
  return out;
}

/** No candidate: as Readability, the whole body goes into a new div, which is then cleaned like any other. */
function wrapBody(body: Node): Node {
  const div: Node = { tag: 'div', parent: body, children: body.children, from: body.from, to: body.to, className: '', id: '' };
  for (const c of div.children) c.parent = div;
  body.children = [div];
  return div;
}

function initialise(node: Node, flags: Flags): void {
  const base: Record<string, number> = { div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5 };
  node.score = (node.asParagraph ? 0 : base[node.tag] ?? 0) + classWeight(node, flags);
}

function ancestors(node: Node): Node[] {
  const out: Node[] = [];
  for (let a = node.parent; a; a = a.parent) out.push(a);
  return out;
}

function visible(node: Node): boolean {
  const style = attrOf(node, 'style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) || attrOf(node, 'hidden') !== undefined) return false;
  return attrOf(node, 'aria-hidden') !== 'true' || node.className.includes('fallback-image');
}

function isByline(tree: ArticleTree, node: Node, match: string): boolean {
  const len = tree.text(node).length;
  return (attrOf(node, 'rel') === 'author' || (attrOf(node, 'itemprop') ?? '').includes('author') || BYLINE.test(match)) && len > 0 && len < 100;
}

function isPhrasing(node: Node): boolean {
  if (node.tag === '#text' || PHRASING.has(node.tag)) return true;
  return (node.tag === 'a' || node.tag === 'del' || node.tag === 'ins') && node.children.every(isPhrasing);
}

function isWhitespace(tree: ArticleTree, node: Node): boolean {
  return (node.tag === '#text' && tree.length(node) === 0) || node.tag === 'br';
}

function hasBlock(tree: ArticleTree, node: Node): boolean {
  return node.children.some((c) => c.tag !== '#text' && !tree.isRemoved(c) && (BLOCKS.has(c.tag) || hasBlock(tree, c)));
}

/** Readability's _textSimilarity: the share of `b`'s words (by length) that `a` also has. */
function similarity(a: string, b: string): number {
  const words = (s: string): string[] => s.toLowerCase().split(/\W+/).filter(Boolean);
  const inA = new Set(words(a));
  const wb = words(b);
  if (!wb.length) return 0;
  const unique = wb.filter((w) => !inA.has(w));
  return 1 - unique.join(' ').length / wb.join(' ').length;
}
