/**
 * Ported from Mozilla Readability 0.6.0 (https://github.com/mozilla/readability), Copyright (c)
 * 2010 Arc90 Inc, licensed under the Apache License, Version 2.0
 * (http://www.apache.org/licenses/LICENSE-2.0); changed to run over a parse5 tree and to mark
 * characters instead of removing nodes.
 *
 * Readability's cleaning of the chosen article (_prepArticle, 0.6.0), over our tree
 * (articleTree.ts): forms, asides, share bars and headings with a bad class name go, and
 * tables, lists and divs that look fishy (too many links, images or inputs for their text; an
 * "Advertisement" or "Loading..." label) are removed, innermost first, unless they are data
 * tables. A removal only marks the node: the text stays on the page, set aside.
 */
import { attrOf, type ArticleTree, type Node } from './articleTree.ts';

/** Readability's rules, which a retry turns off one by one when too little text is found. */
export interface Flags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
const AD_WORDS = /^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$/iu;
const LOADING_WORDS = /^((loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$/iu;
const VIDEOS = /\/\/(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)/i;
const tags = (...names: string[]): ReadonlySet<string> => new Set(names);
const REMOVED = tags('object', 'embed', 'footer', 'link', 'aside', 'iframe', 'input', 'textarea', 'select', 'button');
const HEADINGS = tags('h1', 'h2', 'h3', 'h4', 'h5', 'h6');
const TEXTISH = tags('span', 'li', 'td', 'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul');
const EMBEDS = tags('object', 'embed', 'iframe');

/** Readability's class and id weight: -25 for a name such as "sidebar", +25 for "article". */
export function classWeight(node: Node, flags: Flags): number {
  if (!flags.weightClasses) return 0;
  let weight = 0;
  for (const name of [node.className, node.id]) {
    if (!name) continue;
    if (NEGATIVE.test(name)) weight -= 25;
    if (POSITIVE.test(name)) weight += 25;
  }
  return weight;
}

/** Cleans the article (its chosen top-level nodes) in place, as Readability does. */
export function cleanArticle(tree: ArticleTree, article: Node[], flags: Flags): void {
  const all = (names: ReadonlySet<string>): Node[] => article.flatMap((n) => (names.has(n.tag) ? [n, ...tree.descendants(n, names)] : tree.descendants(n, names)));
  const dataTables = new Set(all(tags('table')).filter((t) => isDataTable(tree, t)));
  const conditionally = (tag: string): void => {
    if (!flags.cleanConditionally) return;
    for (const node of all(tags(tag)).reverse()) if (!tree.isRemoved(node) && fishy(tree, node, tag, flags, dataTables)) tree.remove(node);
  };
  conditionally('form');
  conditionally('fieldset');
  for (const node of all(REMOVED)) if (!(EMBEDS.has(node.tag) && isVideo(node))) tree.remove(node);
  for (const top of article) {
    for (const node of tree.descendants(top)) if (!tree.isRemoved(node) && SHARE.test(`${node.className} ${node.id}`) && tree.length(node) < 500) tree.remove(node);
  }
  for (const node of all(tags('h1', 'h2'))) if (classWeight(node, flags) < 0) tree.remove(node);
  conditionally('table');
  conditionally('ul');
  conditionally('div');
}

function fishy(tree: ArticleTree, node: Node, tag: string, flags: Flags, dataTables: Set<Node>): boolean {
  const length = tree.length(node);
  let isList = tag === 'ul' || tag === 'ol';
  if (!isList) isList = length > 0 && sumLength(tree, tree.descendants(node, tags('ul', 'ol'))) / length > 0.9;
  if (dataTables.has(node)) return false;
  for (let a = node.parent; a; a = a.parent) if (dataTables.has(a) || a.tag === 'code') return false;
  if (tree.descendants(node, tags('table')).some((t) => dataTables.has(t))) return false;
  const weight = classWeight(node, flags);
  if (weight < 0) return true;
  if ((tree.text(node).match(/,/g)?.length ?? 0) >= 10) return false;
  const count = (...names: string[]): number => tree.descendants(node, tags(...names)).length;
  const p = count('p');
  const img = count('img');
  const li = count('li') - 100;
  const input = count('input');
  const headingDensity = length ? sumLength(tree, tree.descendants(node, HEADINGS)) / length : 0;
  const embeds = tree.descendants(node, EMBEDS);
  if (embeds.some(isVideo)) return false;
  const text = tree.text(node).replace(/\s+/g, ' ');
  if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return true;
  const linkDensity = tree.linkDensity(node);
  const textDensity = length ? sumLength(tree, tree.descendants(node, TEXTISH)) / length : 0;
  let inFigure = false;
  for (let a = node.parent; a; a = a.parent) if (a.tag === 'figure') inFigure = true;
  const remove = (!inFigure && img > 1 && p / img < 0.5) || (!isList && li > p) || input > Math.floor(p / 3)
    || (!isList && !inFigure && headingDensity < 0.9 && length < 25 && (img === 0 || img > 2) && linkDensity > 0)
    || (!isList && weight < 25 && linkDensity > 0.2) || (weight >= 25 && linkDensity > 0.5)
    || (embeds.length === 1 && length < 75) || embeds.length > 1 || (img === 0 && textDensity === 0);
  if (isList && remove) {
    if (tree.elements(node).some((c) => tree.elements(c).length > 1)) return true;
    if (img === count('li')) return false;
  }
  return remove;
}

/** Summed length of nodes; a node nested in another counts again, as in Readability. */
function sumLength(tree: ArticleTree, nodes: Node[]): number {
  return nodes.reduce((a, n) => a + tree.length(n), 0);
}

function isVideo(node: Node): boolean {
  return (node.el?.attrs ?? []).some((a) => VIDEOS.test(a.value));
}

/** Readability's _markDataTables: a table of data (header cells, a caption, many rows), not of layout. */
function isDataTable(tree: ArticleTree, table: Node): boolean {
  if (attrOf(table, 'role') === 'presentation' || attrOf(table, 'datatable') === '0') return false;
  if (attrOf(table, 'summary')) return true;
  const caption = tree.descendants(table, tags('caption'))[0];
  if (caption && caption.children.length) return true;
  if (tree.descendants(table, tags('col', 'colgroup', 'tfoot', 'thead', 'th')).length) return true;
  if (tree.descendants(table, tags('table')).length) return false;
  const rows = tree.descendants(table, tags('tr'));
  const columns = Math.max(0, ...rows.map((r) => tree.descendants(r, tags('td')).reduce((a, td) => a + (Number(attrOf(td, 'colspan')) || 1), 0)));
  if (columns === 1 || rows.length === 1) return false;
  if (rows.length >= 10 || columns > 4) return true;
  return rows.length * columns > 10;
}
