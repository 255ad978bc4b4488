/**
 * parse5 over a page with the contents of its long inline scripts and styles cut out, and a
 * check that the cut changed nothing else. parse5's tokenizer reads script text one character
 * at a time; on pages that are mostly inline JavaScript that alone cost more than Readability
 * over linkedom reading the whole page. No text of a script or style is ever shown, so only
 * the offsets after each cut move, and `toFile` moves them back.
 *
 * The cuts are found by a plain search, which may be wrong (a "<script" inside a comment or an
 * attribute). So after parsing, every cut must sit exactly between the start and end tag of an
 * HTML script or style element of the tree, its content holding neither "<!--" (which starts
 * the script escape states) nor the element's end tag: then the HTML standard's tokenizer is in
 * the same state on both sides of the cut in the page and in the cut copy, and the trees are
 * the same. If any cut fails the check, the whole page is parsed as it is.
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { parse5 } from '../text/onDemand.ts';

/** Contents shorter than this (characters) are left: cutting them saves less than the check costs. */
const MIN_CUT = 2000;
const OPEN = /<(script|style)\b[^>]*>/gi;
const HTML_NS = 'http://www.w3.org/1999/xhtml';

export interface Parsed {
  document: T.Document;
  /** The text parse5 read (the page, less the cut contents): every location refers to it. */
  html: string;
  /** An offset of `html` as an offset of the page; `end` for an exclusive end. */
  toPage: (offset: number, end: boolean) => number;
}

export function parseSkippingScripts(page: string): Parsed {
  const cuts = findCuts(page);
  const whole = (): Parsed => ({ document: parse5().parse(page, { sourceCodeLocationInfo: true }), html: page, toPage: (o) => o });
  if (!cuts.length) return whole();
  let html = '';
  let at = 0;
  /** Per cut: where it is in the cut text, and how much was cut before it (this one included). */
  const points: Array<{ at: number; shift: number }> = [];
  let shift = 0;
  for (const [from, to] of cuts) {
    html += page.slice(at, from);
    shift += to - from;
    points.push({ at: html.length, shift });
    at = to;
  }
  html += page.slice(at);
  const document = parse5().parse(html, { sourceCodeLocationInfo: true });
  if (!cutsAreWhole(document, new Set(points.map((p) => p.at)))) return whole();
  const toPage = (offset: number, end: boolean): number => {
    let lo = 0, hi = points.length; // the number of cuts at or before `offset` (before it, for an end)
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (end ? points[mid]!.at < offset : points[mid]!.at <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + (lo ? points[lo - 1]!.shift : 0);
  };
  return { document, html, toPage };
}

/** Long contents of <script> and <style> (not JSON-LD, which the metadata reads), as page ranges. */
function findCuts(page: string): Array<[number, number]> {
  const cuts: Array<[number, number]> = [];
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(page); m; m = OPEN.exec(page)) {
    const tag = m[1]!.toLowerCase();
    const from = m.index + m[0].length;
    const close = new RegExp(`</${tag}[\\t\\n\\f\\r />]`, 'ig');
    close.lastIndex = from;
    const end = close.exec(page);
    if (!end) break;
    const content = page.slice(from, end.index);
    OPEN.lastIndex = end.index;
    if (content.length < MIN_CUT || /ld\+json/i.test(m[0]) || content.includes('<!--')) continue;
    cuts.push([from, end.index]);
  }
  return cuts;
}

/** True when every cut point is an HTML script or style element's empty content in the tree. */
function cutsAreWhole(document: T.Document, points: Set<number>): boolean {
  let found = 0;
  const visit = (node: T.ParentNode): void => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const loc = child.sourceCodeLocation;
      if ((child.tagName === 'script' || child.tagName === 'style') && child.namespaceURI === HTML_NS && loc?.startTag && loc.endTag
        && loc.startTag.endOffset === loc.endTag.startOffset && points.has(loc.startTag.endOffset)) found++;
      // An HTML <template> keeps its children in .content; one inside SVG is a plain element.
      visit((child as Partial<T.Template>).content ?? child);
    }
  };
  visit(document);
  return found === points.size;
}
