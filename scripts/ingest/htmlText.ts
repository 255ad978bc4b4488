/**
 * The visible text of a saved web page, with every character mapped back to its exact place in
 * the file. The page is parsed by parse5, the WHATWG HTML parser (script, style, comments,
 * CDATA, entities, <form> wrappers and malformed markup are handled as a browser does), with
 * source locations on; parse5 decodes text but does not keep a per-character map, so each
 * text node's decoded value is walked against its raw markup (textMap.ts).
 *
 * Block elements become paragraph breaks; white space collapses as a browser shows it.
 * Elements that a rule (pageRules.ts) finds are not the article (hidden copies, footers,
 * consent banners...) stay in the text as paragraphs of their own, listed in `marked` with
 * their reason, so the source page can show them as removed.
 */
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import { mapTextNode } from './textMap.ts';
import { ruleFor, type Mark } from './pageRules.ts';

export interface PageText {
  view: string;
  /** Per code unit of `view`: the file span it came from. */
  starts: number[];
  ends: number[];
  /** Per code unit of `view`: 1 when it is the text of a link (<a href>). */
  linked: number[];
  /** View ranges that a page rule set aside, with the reason (outermost element only). */
  marked: Array<{ start: number; end: number } & Mark>;
  /** The elements of `marked` and their rule, for the article finder (findArticle.ts). */
  markedElements: Map<T.Element, Mark>;
  /** Per element and text node that shows text: its range [start, end) of `view`. */
  ranges: Map<T.Node, [number, number]>;
  document: T.Document;
}

/** Elements whose content a reader never sees as text (or that are form controls, not prose). */
const INVISIBLE = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'select', 'option', 'datalist', 'button', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'textarea', 'input', 'img', 'picture', 'source', 'map']);
/** Elements that end a paragraph (the block-level elements of HTML, plus <br>). */
const BLOCKS = new Set(['address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul']);
/** Table cells: a row reads as one line, its cells apart by a space. */
const CELLS = new Set(['td', 'th']);
const SPACE = /\s/;

export function readPageText(html: string): PageText {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const linked: number[] = [];
  let linkDepth = 0;
  const marked: PageText['marked'] = [];
  const markedElements = new Map<T.Element, Mark>();
  const ranges = new Map<T.Node, [number, number]>();
  let pendingBreak = false;
  let lastWasSpace = true;

  const push = (ch: string, from: number, to: number): void => {
    for (let u = 0; u < ch.length; u++) { units.push(ch[u]!); starts.push(from); ends.push(to); linked.push(linkDepth > 0 ? 1 : 0); }
  };
  const emit = (ch: string, from: number, to: number): void => {
    const isSpace = SPACE.test(ch);
    if (isSpace) {
      if (lastWasSpace) return; // HTML collapses runs of white space
      ch = ' ';
    }
    if (pendingBreak && units.length) {
      // Paragraph break between blocks: two newlines, mapped to where the next text starts.
      if (units[units.length - 1] === ' ') { units.pop(); starts.pop(); ends.pop(); linked.pop(); }
      push('\n\n', from, from);
    }
    pendingBreak = false;
    if (isSpace && units.length && units[units.length - 1] === '\n') return;
    push(ch, from, to);
    lastWasSpace = isSpace;
  };
  const breakHere = (): void => { pendingBreak = true; lastWasSpace = true; };
  // Where the markup read so far ends in the file (see mapTextNode).
  let after = 0;

  const walk = (node: T.ChildNode, inMark: boolean): void => {
    if (node.nodeName === '#text') {
      const text = node as T.TextNode;
      const from = units.length;
      after = mapTextNode(html, text, emit, after);
      if (units.length > from) ranges.set(node, [from, units.length]);
      return;
    }
    const loc = (node as { sourceCodeLocation?: T.Element['sourceCodeLocation'] }).sourceCodeLocation;
    if (!('tagName' in node)) { // comments, doctype
      if (loc) after = Math.max(after, loc.endOffset);
      return;
    }
    const el = node as T.Element;
    if (INVISIBLE.has(el.tagName)) {
      if (loc) after = Math.max(after, loc.endOffset);
      return;
    }
    if (loc?.startTag) after = Math.max(after, loc.startTag.endOffset);
    const mark = inMark ? undefined : ruleFor(el);
    const block = BLOCKS.has(el.tagName) || mark !== undefined;
    if (block) breakHere();
    const at = el.sourceCodeLocation?.startOffset ?? 0;
    if (CELLS.has(el.tagName)) emit(' ', at, at);
    const from = units.length;
    const isLink = el.tagName === 'a' && el.attrs.some((a) => a.name === 'href');
    if (isLink) linkDepth++;
    for (const child of el.childNodes) walk(child, inMark || mark !== undefined);
    if (isLink) linkDepth--;
    if (loc?.endTag) after = Math.max(after, loc.endTag.endOffset);
    if (block) breakHere();
    if (units.length > from) ranges.set(el, [from, units.length]);
    if (mark) {
      // The first character after `from` may be the "\n\n" before the element's own text.
      let start = from;
      while (start < units.length && units[start] === '\n') start++;
      if (units.length > start && !(mark.maxChars !== undefined && units.length - start > mark.maxChars)) {
        marked.push({ start, end: units.length, reason: mark.reason, note: mark.note });
        markedElements.set(el, mark);
      }
    }
  };
  for (const child of document.childNodes) walk(child, false);
  while (units.length && SPACE.test(units[units.length - 1]!)) { units.pop(); starts.pop(); ends.pop(); linked.pop(); }
  const view = units.join('');
  for (const m of marked) m.end = Math.min(m.end, view.length);
  for (const r of ranges.values()) r[1] = Math.min(r[1], view.length);
  return { view, starts, ends, linked, marked: marked.filter((m) => m.end > m.start), markedElements, ranges, document };
}
