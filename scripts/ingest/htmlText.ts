/**
 * The visible text of a saved web page, with every character mapped back to its exact place in
 * the file. The page is parsed by parse5, the WHATWG HTML parser (parseSkippingScripts.ts:
 * without the contents of long inline scripts, checked to give the same tree; script, style, comments,
 * CDATA, entities, <form> wrappers and malformed markup are handled as a browser does), with
 * source locations on; parse5 decodes text but does not keep a per-character map, so each
 * text node's decoded value is walked against its raw markup (textMap.ts).
 *
 * Block elements become paragraph breaks; white space collapses as a browser shows it.
 * Elements that a rule (pageRules.ts) finds are not the article (hidden copies, footers,
 * consent banners...) stay in the text as paragraphs of their own, listed in `marked` with
 * their reason, so the source page can show them as removed.
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { parseSkippingScripts } from './parseSkippingScripts.ts';
import { mapTextNode } from './textMap.ts';
import { ruleFor, type Mark } from './pageRules.ts';

export interface PageText {
  view: string;
  /** Per code unit of `view`: the file span it came from. */
  starts: Int32Array;
  ends: Int32Array;
  /** Per code unit of `view`: 1 when it is the text of a link (<a href>). */
  linked: Uint8Array;
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

export function readPageText(page: string): PageText {
  // Locations refer to `html`: the page, less the long script contents cut out (mapped back below).
  const { document, html, toPage } = parseSkippingScripts(page);
  // Typed arrays grown by doubling, not an array per character: a page's text is tens of
  // thousands of characters, and arrays of numbers and one-character strings kept the garbage
  // collector busy for a fifth of the reading time.
  const out = new TextBuffer(html.length);
  let linkDepth = 0;
  const marked: PageText['marked'] = [];
  const markedElements = new Map<T.Element, Mark>();
  const ranges = new Map<T.Node, [number, number]>();
  let pendingBreak = false;
  let lastWasSpace = true;

  const push = (ch: string, from: number, to: number): void => {
    for (let u = 0; u < ch.length; u++) out.push(ch.charCodeAt(u), from, to, linkDepth > 0 ? 1 : 0);
  };
  const emit = (ch: string, from: number, to: number): void => {
    const isSpace = ch.length === 1 ? isSpaceCode(ch.charCodeAt(0)) : SPACE.test(ch);
    if (isSpace) {
      if (lastWasSpace) return; // HTML collapses runs of white space
      ch = ' ';
    }
    if (pendingBreak && out.length) {
      // Paragraph break between blocks: two newlines, mapped to where the next text starts.
      if (out.last() === SPACE_CODE) out.length--;
      push('\n\n', from, from);
    }
    pendingBreak = false;
    if (isSpace && out.length && out.last() === NEWLINE_CODE) return;
    push(ch, from, to);
    lastWasSpace = isSpace;
  };
  const breakHere = (): void => { pendingBreak = true; lastWasSpace = true; };
  // Where the markup read so far ends in the file (see mapTextNode).
  let after = 0;

  const walk = (node: T.ChildNode, inMark: boolean): void => {
    if (node.nodeName === '#text') {
      const text = node as T.TextNode;
      const from = out.length;
      after = mapTextNode(html, text, emit, after);
      if (out.length > from) ranges.set(node, [from, out.length]);
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
    const from = out.length;
    const isLink = el.tagName === 'a' && el.attrs.some((a) => a.name === 'href');
    if (isLink) linkDepth++;
    for (const child of el.childNodes) walk(child, inMark || mark !== undefined);
    if (isLink) linkDepth--;
    if (loc?.endTag) after = Math.max(after, loc.endTag.endOffset);
    if (block) breakHere();
    if (out.length > from) ranges.set(el, [from, out.length]);
    if (mark) {
      // The first character after `from` may be the "\n\n" before the element's own text.
      let start = from;
      while (start < out.length && out.codes[start] === NEWLINE_CODE) start++;
      if (out.length > start && !(mark.maxChars !== undefined && out.length - start > mark.maxChars)) {
        marked.push({ start, end: out.length, reason: mark.reason, note: mark.note });
        markedElements.set(el, mark);
      }
    }
  };
  for (const child of document.childNodes) walk(child, false);
  while (out.length && SPACE.test(String.fromCharCode(out.last()))) out.length--;
  const view = out.text();
  for (const m of marked) m.end = Math.min(m.end, view.length);
  for (const r of ranges.values()) r[1] = Math.min(r[1], view.length);
  const starts = out.starts.subarray(0, out.length), ends = out.ends.subarray(0, out.length);
  if (html !== page) for (let i = 0; i < starts.length; i++) { starts[i] = toPage(starts[i]!, false); ends[i] = toPage(ends[i]!, true); }
  return { view, starts, ends, linked: out.linked.subarray(0, out.length), marked: marked.filter((m) => m.end > m.start), markedElements, ranges, document };
}

const SPACE_CODE = 0x20;

/** The code units that /\s/ matches, without a regular expression per character. */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const NEWLINE_CODE = 0x0a;

/** The text's code units and, per unit, its file span and whether it is link text. */
class TextBuffer {
  length = 0;
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  linked: Uint8Array;
  constructor(capacity: number) {
    const size = Math.max(64, capacity >> 2);
    this.codes = new Uint16Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.linked = new Uint8Array(size);
  }
  push(code: number, from: number, to: number, link: number): void {
    if (this.length === this.codes.length) this.grow();
    const i = this.length++;
    this.codes[i] = code; this.starts[i] = from; this.ends[i] = to; this.linked[i] = link;
  }
  last(): number {
    return this.codes[this.length - 1]!;
  }
  /** The text (by chunks of char codes: a decoder would replace a lone surrogate, and offsets must stay exact). */
  text(): string {
    let out = '';
    for (let i = 0; i < this.length; i += 8192) out += String.fromCharCode(...this.codes.subarray(i, Math.min(this.length, i + 8192)));
    return out;
  }
  private grow(): void {
    const size = this.codes.length * 2;
    const codes = new Uint16Array(size); codes.set(this.codes); this.codes = codes;
    const starts = new Int32Array(size); starts.set(this.starts); this.starts = starts;
    const ends = new Int32Array(size); ends.set(this.ends); this.ends = ends;
    const linked = new Uint8Array(size); linked.set(this.linked); this.linked = linked;
  }
}
