/**
 * A saved web page becomes readable text plus a map from every visible character back
 * to the markup it came from, so facts found in the text keep exact offsets into the file.
 *
 * This is a deliberately small scanner, not a DOM: it keeps the character map that DOM
 * libraries throw away. It reads the <body>, drops script, style, navigation and figure
 * captions, turns block elements into paragraph breaks and decodes entities. Which of its
 * paragraphs are the article is decided by Mozilla Readability (readability.ts); the rest
 * (related links, ads, promos) stays in the text as `setAside`, shown as removed on the
 * source page and never used as evidence. When Readability finds nothing, the scanner
 * falls back to the <article> (or <main>, or <body>) element.
 */
import { decodeHTMLStrict } from 'entities';
import type { ArticleMeta } from './frontmatter.ts';
import { readWithReadability } from './readability.ts';

export interface HtmlView {
  view: string;
  toFile: (start: number, end: number) => [number, number];
  meta: ArticleMeta;
  /** Ranges of `view` that are page furniture, not the article (whole paragraphs). */
  setAside: Array<{ start: number; end: number }>;
}

/** Elements whose content is never article text. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe', 'figcaption', 'select', 'object']);
/** Elements that end a paragraph. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figure', 'table', 'tr', 'hr', 'pre', 'dd', 'dt', 'body']);
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', pound: '\u00a3',
  euro: '\u20ac', yen: '\u00a5', cent: '\u00a2', copy: '\u00a9', reg: '\u00ae', deg: '\u00b0', middot: '\u00b7', bull: '\u2022',
};

export function htmlToView(html: string): HtmlView {
  const reader = readWithReadability(html);
  const region = reader ? tagRegion(html, 'body') ?? { start: 0, end: html.length } : contentRegion(html);
  const chars: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let skipDepth = 0;
  let skipTag = '';
  let pendingBreak = false;
  let lastWasSpace = true;

  const emit = (ch: string, from: number, to: number): void => {
    const isSpace = /\s/.test(ch);
    if (isSpace) {
      if (lastWasSpace) return; // HTML collapses runs of white space
      ch = ' ';
    }
    if (pendingBreak && chars.length) {
      // Paragraph break between blocks: two newlines, mapped to the markup that caused it.
      if (chars[chars.length - 1] === ' ') { chars.pop(); starts.pop(); ends.pop(); }
      for (const nl of ['\n', '\n']) { chars.push(nl); starts.push(from); ends.push(from); }
    }
    pendingBreak = false;
    if (isSpace && chars.length && chars[chars.length - 1] === '\n') return;
    chars.push(ch); starts.push(from); ends.push(to);
    lastWasSpace = isSpace;
  };

  let i = region.start;
  while (i < region.end) {
    const c = html[i]!;
    if (c === '<') {
      const close = html.indexOf('>', i);
      if (close < 0) break;
      const tag = /^<\/?\s*([a-zA-Z][a-zA-Z0-9]*)/.exec(html.slice(i, Math.min(close + 1, i + 40)));
      if (html.startsWith('<!--', i)) {
        const endComment = html.indexOf('-->', i);
        i = endComment < 0 ? region.end : endComment + 3;
        continue;
      }
      if (tag) {
        const name = tag[1]!.toLowerCase();
        const closing = html[i + 1] === '/';
        const selfClosing = html[close - 1] === '/';
        if (skipDepth > 0) {
          if (name === skipTag) skipDepth += closing ? -1 : selfClosing ? 0 : 1;
        } else if (SKIPPED.has(name) && !closing && !selfClosing) {
          skipDepth = 1;
          skipTag = name;
        } else if (BLOCKS.has(name)) {
          pendingBreak = true;
          lastWasSpace = true;
        }
      }
      i = close + 1;
      continue;
    }
    if (skipDepth > 0) { i++; continue; }
    if (c === '&') {
      const entity = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(html.slice(i, i + 12));
      const decoded = entity ? decodeEntity(entity[1]!) : undefined;
      if (entity && decoded !== undefined) {
        emit(decoded, i, i + entity[0].length);
        i += entity[0].length;
        continue;
      }
    }
    // Keep surrogate pairs together so each view character maps to whole file characters.
    const code = html.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (width === 2) {
      emit(html.slice(i, i + 2), i, i + 2);
    } else emit(c, i, i + 1);
    i += width;
  }
  while (chars.length && /\s/.test(chars[chars.length - 1]!)) { chars.pop(); starts.pop(); ends.pop(); }
  const view = chars.join('');
  // A `chars` entry may be a surrogate pair (two code units); offsets count code units.
  const unitStarts: number[] = [];
  const unitEnds: number[] = [];
  chars.forEach((ch, k) => {
    for (let u = 0; u < ch.length; u++) { unitStarts.push(starts[k]!); unitEnds.push(ends[k]!); }
  });
  const toFile = (start: number, end: number): [number, number] => {
    if (end <= start) return [unitStarts[start] ?? html.length, unitStarts[start] ?? html.length];
    return [unitStarts[start]!, unitEnds[end - 1]!];
  };
  const setAside = reader ? paragraphs(view).filter((p) => !reader.isArticleText(view.slice(p.start, p.end))) : [];
  const page = pageMeta(html);
  // The page's explicit metadata wins; Readability fills gaps (JSON-LD, byline elements)
  // and gives a cleaner title than the <title> tag, which often carries the site name.
  const meta: ArticleMeta = { ...reader?.meta, ...page.meta };
  if (page.titleFromTitleTag && reader?.meta.title) meta.title = reader.meta.title;
  return { view, toFile, meta, setAside };
}

/** Paragraphs of the scanner's text: runs of text between blank lines. */
function paragraphs(view: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < view.length) {
    const gap = view.indexOf('\n\n', start);
    const end = gap < 0 ? view.length : gap;
    if (end > start) out.push({ start, end });
    start = end + 2;
  }
  return out;
}

/** The part of the page most likely to be the article: <article>, else <main>, else <body>. */
function contentRegion(html: string): { start: number; end: number } {
  for (const tag of ['article', 'main', 'body']) {
    const region = tagRegion(html, tag);
    if (region) return region;
  }
  return { start: 0, end: html.length };
}

/** From after the first <tag> to its last </tag> (or the end of the page). */
function tagRegion(html: string, tag: string): { start: number; end: number } | undefined {
  const open = new RegExp(`<${tag}\\b[^>]*>`, 'i').exec(html);
  if (!open) return undefined;
  const closeAt = html.toLowerCase().lastIndexOf(`</${tag}>`);
  return { start: open.index + open[0].length, end: closeAt > open.index ? closeAt : html.length };
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X')) return safeCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return safeCodePoint(parseInt(body.slice(1), 10));
  // Named entities: the full HTML table ("&eacute;", "&rsquo;"), case-sensitive as in HTML.
  const decoded = decodeHTMLStrict(`&${body};`);
  return decoded !== `&${body};` ? decoded : NAMED[body.toLowerCase()];
}

function safeCodePoint(code: number): string | undefined {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** Title, publisher, author, date and URL from the page's own metadata. */
function pageMeta(html: string): { meta: ArticleMeta; titleFromTitleTag: boolean } {
  const meta: ArticleMeta = {};
  const metaTag = (key: string): string | undefined => {
    const re = new RegExp(`<meta\\b[^>]*(?:property|name)\\s*=\\s*["']${key}["'][^>]*>`, 'i');
    const tag = re.exec(html)?.[0];
    const content = tag && /content\s*=\s*(["'])([\s\S]*?)\1/i.exec(tag)?.[2];
    return content ? decodeText(content) : undefined;
  };
  const ogTitle = metaTag('og:title');
  const title = ogTitle ?? (/<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]);
  if (title) meta.title = decodeText(title);
  const publisher = metaTag('og:site_name') ?? metaTag('publisher');
  if (publisher) meta.publisher = publisher;
  const author = metaTag('author') ?? metaTag('article:author');
  if (author) meta.author = author;
  const published = metaTag('article:published_time') ?? metaTag('date') ?? metaTag('pubdate');
  if (published) meta.published = published;
  const url = metaTag('og:url') ?? (/<link\b[^>]*rel\s*=\s*["']canonical["'][^>]*>/i.exec(html)?.[0].match(/href\s*=\s*(["'])(.*?)\1/i)?.[2]);
  if (url) meta.url = url;
  return { meta, titleFromTitleTag: !ogTitle && meta.title !== undefined };
}

function decodeText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, body: string) => decodeEntity(body) ?? all).replace(/\s+/g, ' ').trim();
}
