/**
 * Which parts of a saved web page are the article, decided by Mozilla Readability (the
 * Firefox Reader View engine) over a linkedom DOM, plus the metadata it reads (JSON-LD,
 * byline elements, meta tags).
 *
 * Readability rewrites the DOM and keeps no character offsets into the page, so it never
 * supplies article text: html.ts keeps its own offset-keeping text and asks `isArticleText`
 * paragraph by paragraph. Paragraphs are compared with all white space removed, because
 * the two readers break lines differently (a <br> is a break for one, nothing for the other).
 */
import { createRequire } from 'node:module';
import { Readability } from '@mozilla/readability';
import type { ArticleMeta } from './frontmatter.ts';

type ParseHTML = typeof import('linkedom').parseHTML;
let parseHTMLOnce: ParseHTML | undefined;

/**
 * linkedom's parser, loaded on the first saved web page: loading it takes about 0.1 s, in every
 * thread that extracts, and a folder of text articles never needs it. Loaded with require (its
 * CommonJS build, generated from the same source) because ingest is synchronous.
 */
function parseHTML(html: string): ReturnType<ParseHTML> {
  parseHTMLOnce ??= (createRequire(import.meta.url)('linkedom') as typeof import('linkedom')).parseHTML;
  return parseHTMLOnce(html);
}

export interface ReaderResult {
  /** True when the (white-space-free) paragraph text is part of the article Readability found. */
  isArticleText: (paragraph: string) => boolean;
  meta: ArticleMeta;
}

/** Shorter paragraphs must equal a whole block of the article; longer ones may be part of one. */
const MIN_PARTIAL_MATCH = 20;
const BLOCK_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TD', 'TH', 'DD', 'DT', 'FIGCAPTION', 'DIV', 'SECTION']);

/** Runs Readability on `html`; undefined when it finds no article (or cannot parse the page). */
export function readWithReadability(html: string): ReaderResult | undefined {
  let parsed;
  try {
    const { document } = parseHTML(html);
    // The serializer hands back the article's DOM node itself instead of an HTML string.
    parsed = new Readability<Node>(document as unknown as Document, { serializer: (node) => node }).parse();
  } catch {
    return undefined;
  }
  const root = parsed?.content;
  if (!parsed || !root) return undefined;
  const whole = squeeze(root.textContent ?? '');
  if (!whole) return undefined;
  const blocks = new Set<string>();
  collectBlocks(root, blocks);
  // Readability drops a headline that repeats the page title; it is still the article's title.
  if (parsed.title) blocks.add(squeeze(parsed.title));
  const isArticleText = (paragraph: string): boolean => {
    const key = squeeze(paragraph);
    if (!key) return true;
    return blocks.has(key) || (key.length >= MIN_PARTIAL_MATCH && whole.includes(key));
  };
  return { isArticleText, meta: readerMeta(parsed) };
}

function collectBlocks(node: Node, into: Set<string>): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType !== 1) continue;
    if (BLOCK_TAGS.has((child as Element).tagName.toUpperCase())) into.add(squeeze(child.textContent ?? ''));
    collectBlocks(child, into);
  }
}

function readerMeta(parsed: { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null }): ArticleMeta {
  const meta: ArticleMeta = {};
  const clean = (s: string | null | undefined): string | undefined => s?.replace(/\s+/g, ' ').trim() || undefined;
  const title = clean(parsed.title);
  if (title) meta.title = title;
  // Bylines come from the page as written: "By Ana Ruiz" -> "Ana Ruiz".
  const author = clean(parsed.byline)?.replace(/^by\s+/i, '');
  if (author) meta.author = author;
  const publisher = clean(parsed.siteName);
  if (publisher) meta.publisher = publisher;
  const published = clean(parsed.publishedTime);
  if (published) meta.published = published;
  return meta;
}

/** Text with every white space character removed: the comparison key for paragraphs. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, '');
}
