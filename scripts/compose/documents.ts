/**
 * What a source page needs: the article's readable text, its blocks (boilerplate shown
 * as removed) and where each claim's passage lies, in the same coordinates as the text.
 */
import type { Claim, Facts } from '../contracts/facts.ts';
import type { SegmentedArticle } from '../contracts/stages.ts';
import type { DocumentView, Passage } from '../contracts/generated.ts';

export function documentViews(articles: SegmentedArticle[], facts: Facts): DocumentView[] {
  // Evidence grouped by source in one pass over the claims (in claim order), not one pass per article.
  const bySource = new Map<string, Array<{ claim: Claim; start: number; end: number }>>();
  for (const claim of facts.claims) {
    for (const e of claim.evidence) {
      const list = bySource.get(e.source) ?? [];
      list.push({ claim, start: e.start, end: e.end });
      bySource.set(e.source, list);
    }
  }
  return articles.map((article) => {
    const passages: Passage[] = (bySource.get(article.source.id) ?? []).map(({ claim, start, end }) => ({ claim: claim.id, kind: claim.kind, start: fileToView(article, start), end: fileToView(article, end, true) }));
    passages.sort((a, b) => a.start - b.start || b.end - a.end || (a.claim < b.claim ? -1 : 1));
    return { id: article.source.id, file: article.source.file, format: article.format, view: article.view, blocks: article.blocks, passages };
  });
}

/** Inverse of article.toFile: the first view offset whose file offset reaches `fileOffset`. */
function fileToView(article: SegmentedArticle, fileOffset: number, isEnd = false): number {
  if (article.view === article.fileText) return fileOffset;
  let lo = 0;
  let hi = article.view.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = article.toFile(mid, mid + 1);
    if ((isEnd ? e : s) < fileOffset) lo = mid + 1;
    else hi = mid;
  }
  return isEnd ? Math.min(lo + 1, article.view.length) : lo;
}
