/**
 * A saved page's own metadata: title, publisher, author, date and canonical URL, from its
 * <meta> tags (Open Graph, article:*, Dublin Core), <link rel="canonical">, JSON-LD
 * (NewsArticle and its kin) and the copyright line; html.ts adds the byline the article
 * finder reads when no author is named. sources.yaml, applied later by ingest, wins over all.
 */
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import type { ArticleMeta } from './frontmatter.ts';

interface Found {
  metas: Map<string, string>;
  title?: string;
  canonical?: string;
  jsonLd: unknown[];
}

/** "© 2031 Valley Courier. All rights reserved." -> "Valley Courier". */
const COPYRIGHT = /(?:©|\([cC]\)|[Cc]opyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?([\p{Lu}\d][^.,|©\n]{1,60}?)(?=\s*(?:[.,|]|\bAll rights\b|$))/u;

export function pageMeta(document: T.Document, view: string): ArticleMeta {
  const found: Found = { metas: new Map(), jsonLd: [] };
  collect(document, found);
  const meta = (...keys: string[]): string | undefined => keys.map((k) => found.metas.get(k)).find(Boolean);
  const ld = articleLd(found.jsonLd);
  const out: ArticleMeta = {};
  const set = (key: keyof ArticleMeta, value: string | undefined): void => {
    const v = value?.replace(/\s+/g, ' ').trim();
    if (v) out[key] = v;
  };
  set('title', meta('og:title', 'twitter:title') ?? str(ld?.headline) ?? (found.title ? withoutSiteName(found.title) : undefined));
  set('publisher', meta('og:site_name', 'publisher', 'application-name') ?? ldName(ld?.publisher) ?? copyrightHolder(view));
  const metaAuthor = meta('author', 'article:author', 'dc.creator', 'byl');
  set('author', (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor.replace(/^by\s+/i, '') : undefined) ?? ldName(ld?.author));
  set('published', meta('article:published_time', 'date', 'pubdate', 'publishdate', 'dc.date.issued', 'dc.date', 'sailthru.date') ?? str(ld?.datePublished));
  set('url', found.canonical ?? meta('og:url') ?? str(ld?.url));
  return out;
}

function collect(node: T.ParentNode, found: Found): void {
  for (const child of node.childNodes) {
    if (!('tagName' in child)) continue;
    const attr = (name: string): string | undefined => child.attrs.find((a) => a.name === name)?.value;
    if (child.tagName === 'meta') {
      const key = (attr('property') ?? attr('name') ?? attr('itemprop'))?.toLowerCase();
      const content = attr('content');
      if (key && content?.trim() && !found.metas.has(key)) found.metas.set(key, content);
    } else if (child.tagName === 'title' && found.title === undefined) {
      found.title = textOf(child);
    } else if (child.tagName === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(attr('rel') ?? '') && found.canonical === undefined) {
      found.canonical = attr('href');
    } else if (child.tagName === 'script' && /ld\+json/i.test(attr('type') ?? '')) {
      try { found.jsonLd.push(JSON.parse(textOf(child))); } catch { /* a broken JSON-LD block is ignored, as search engines do */ }
      continue;
    }
    collect(child, found);
  }
}

function textOf(el: T.Element): string {
  return el.childNodes.map((c) => (c.nodeName === '#text' ? (c as T.TextNode).value : '')).join('');
}

type Ld = Record<string, unknown>;
const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage|OpinionNewsArticle|LiveBlogPosting|Report)$/;

/** The first article-like object in the page's JSON-LD (also inside @graph or an array). */
function articleLd(blocks: unknown[]): Ld | undefined {
  const queue = [...blocks];
  while (queue.length) {
    const item = queue.shift();
    if (Array.isArray(item)) { queue.push(...item); continue; }
    if (!item || typeof item !== 'object') continue;
    const obj = item as Ld;
    if (Array.isArray(obj['@graph'])) queue.push(...(obj['@graph'] as unknown[]));
    const types = ([] as unknown[]).concat(obj['@type']);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) return obj;
  }
  return undefined;
}

/** A name from a JSON-LD value: a string, {name}, or a list of them joined with "and". */
function ldName(value: unknown): string | undefined {
  const names = ([] as unknown[]).concat(value ?? []).map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? str((v as Ld).name) : undefined)).filter((v): v is string => !!v && !/^https?:/.test(v));
  return names.length ? names.join(' and ') : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * A <title> often carries the site name ("Dam spillway opened | Valley Courier"): the part
 * before the last separator, as Readability takes it, when that part is a headline of 3 words or more.
 */
function withoutSiteName(title: string): string {
  const parts = title.split(/\s+[|\-–—»/\\]\s+|\s+::\s+/);
  if (parts.length < 2) return title;
  const head = title.slice(0, title.length - parts[parts.length - 1]!.length).replace(/\s+(?:[|\-–—»/\\]|::)\s+$/, '');
  return head.split(/\s+/).length >= 3 ? head : title;
}

/** The holder named in the page's last copyright line, if any. */
function copyrightHolder(view: string): string | undefined {
  const lines = view.split('\n').filter((l) => COPYRIGHT.test(l) && l.length < 200);
  const holder = lines.length ? COPYRIGHT.exec(lines[lines.length - 1]!)?.[1] : undefined;
  return holder?.trim() || undefined;
}
