/**
 * A saved web page becomes readable text plus a map from every visible character back
 * to the markup it came from, so facts found in the text keep exact offsets into the file.
 *
 * The text comes from parse5 (htmlText.ts); which of its paragraphs are the article is
 * decided by Mozilla Readability's algorithm run over the same parse5 tree (findArticle.ts);
 * our own rules (pageRules.ts) set aside what Readability cannot see (hidden copies, consent
 * banners, footers, related lists), and a hidden copy of the body never scores. Nothing is dropped: the rest stays in the text as `setAside`,
 * with its reason, shown as removed on the source page and never used as evidence.
 */
import type { ArticleMeta } from './frontmatter.ts';
import type { BoilerplateReason } from '../contracts/stages.ts';
import { readPageText } from './htmlText.ts';
import { findArticle } from './findArticle.ts';
import { pageMeta } from './pageMeta.ts';

export interface SetAside {
  start: number;
  end: number;
  reason: BoilerplateReason;
  /** Shown on the source page ("hidden on the page"). */
  note: string;
}

export interface HtmlView {
  view: string;
  toFile: (start: number, end: number) => [number, number];
  meta: ArticleMeta;
  /** Ranges of `view` that are page furniture, not the article (whole paragraphs), with the reason. */
  setAside: SetAside[];
}

/** A line of links no longer than this (characters), of which at least this share is link text, is a link list. */
const MAX_LINK_LINE = 200;
const LINK_SHARE = 0.9;
const ADVERT_LABEL = /^(?:advert|advertisement|advertising|ad|sponsored|sponsored content|story continues below advertisement|article continues below)$/i;

export function htmlToView(html: string): HtmlView {
  const page = readPageText(html);
  const { view, starts, ends } = page;
  const toFile = (start: number, end: number): [number, number] => {
    if (end <= start) return [starts[start] ?? html.length, starts[start] ?? html.length];
    return [starts[start]!, ends[end - 1]!];
  };
  const own = pageMeta(page.document, page.view);
  const found = findArticle(page, own.title, own.author !== undefined);
  const meta = !own.author && found?.byline ? { ...own, author: found.byline.replace(/^by\s+/i, '') } : own;
  const setAside: SetAside[] = page.marked.map((m) => ({ start: m.start, end: m.end, reason: m.reason, note: m.note }));
  const inMark = (p: { start: number; end: number }): boolean => page.marked.some((m) => p.start >= m.start && p.end <= m.end);
  const all = paragraphs(view).map((p) => ({ ...p, aside: inMark(p) || isLinkList(view, page.linked, p, setAside) }));
  for (const p of notArticle(view, all, found?.inArticle, page.linked, meta.title)) setAside.push(p);
  setAside.sort((a, b) => a.start - b.start);
  return { view, toFile, meta, setAside };
}

/** Paragraphs that are not the article: mostly outside what findArticle chose (the headline excepted); advert labels. */
function notArticle(view: string, paras: Array<{ start: number; end: number; aside: boolean }>, inArticle: Uint8Array | undefined, linked: ArrayLike<number>, title: string | undefined): SetAside[] {
  const headline = title ? squeeze(title) : undefined;
  const share = (p: { start: number; end: number }, flags: ArrayLike<number>): number => {
    let visible = 0, hit = 0;
    for (let i = p.start; i < p.end; i++) if (view[i] !== ' ') { visible++; hit += flags[i]!; }
    return visible ? hit / visible : 0;
  };
  const advert = paras.map((p) => ADVERT_LABEL.test(view.slice(p.start, p.end).trim()));
  const chosen = paras.map((p, i) => !p.aside && !advert[i] && !!inArticle && share(p, inArticle) > 0.5);
  const out: SetAside[] = [];
  let seenArticle = false;
  paras.forEach(({ aside, ...p }, i) => {
    if (aside) return;
    if (advert[i]) { out.push({ ...p, reason: 'advertisement', note: 'advertisement label' }); return; }
    if (!inArticle) return;
    const isArticle = chosen[i]!;
    // A paragraph right between two of the article's, with few links, is the article's too (a pull
    // quote or a short line that Readability's cleaning took for furniture); a teaser's summary
    // is not, as its headline, a link, sits next to it.
    const between = !isArticle && chosen[i - 1] === true && chosen[i + 1] === true && share(p, linked) < 0.5;
    // The headline is the article's title though it sits above the body (Readability drops it).
    if (!isArticle && !between && !(headline && !seenArticle && squeeze(view.slice(p.start, p.end)) === headline)) out.push({ ...p, reason: 'navigation', note: 'not part of the article (page layout)' });
    seenArticle ||= isArticle;
  });
  return out;
}

/** Text with every white space character removed, to compare a line with the headline. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, '');
}

/**
 * A short paragraph that is all link text is a pointer to another page (a related headline,
 * "Read more"), which Readability keeps when it sits in the article's container. Sets it aside.
 */
function isLinkList(view: string, linked: ArrayLike<number>, p: { start: number; end: number }, into: SetAside[]): boolean {
  // A bare address is a cited source, shown as written, not a pointer to more of the site.
  if (p.end - p.start > MAX_LINK_LINE || /^(?:https?:\/\/|www\.)\S+$/.test(view.slice(p.start, p.end))) return false;
  let text = 0, link = 0;
  for (let i = p.start; i < p.end; i++) {
    if (/\s/.test(view[i]!)) continue;
    text++;
    link += linked[i]!;
  }
  if (text === 0 || link / text < LINK_SHARE) return false;
  into.push({ ...p, reason: 'related', note: 'link to another page' });
  return true;
}

/** Paragraphs of the text: runs between blank lines. */
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
