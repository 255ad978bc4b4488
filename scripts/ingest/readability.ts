/**
 * Which parts of a saved web page are the article, decided by Mozilla Readability (the
 * Firefox Reader View engine) over a linkedom DOM, plus the metadata it reads (JSON-LD,
 * byline elements, meta tags).
 *
 * Readability rewrites the DOM and keeps no character offsets into the page, so it never
 * supplies article text: html.ts keeps its own offset-keeping text and aligns its paragraphs,
 * in order, with the article's text. Texts are compared with all white space removed, because
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
  /** The article's text in reading order, white space removed (see `squeeze`). */
  article: string;
  /** The headline Readability found (it drops a headline that repeats the title from the article), squeezed. */
  title?: string;
  meta: ArticleMeta;
}

/** Runs Readability on `html`; undefined when it finds no article (or cannot parse the page). */
export function readWithReadability(html: string): ReaderResult | undefined {
  let parsed;
  try {
    const { document } = parseHTML(html);
    parsed = new Readability(document as unknown as Document).parse();
  } catch {
    return undefined;
  }
  if (!parsed?.textContent) return undefined;
  const article = squeeze(parsed.textContent);
  if (!article) return undefined;
  const title = parsed.title ? squeeze(parsed.title) : undefined;
  return { article, ...(title ? { title } : {}), meta: readerMeta(parsed) };
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
