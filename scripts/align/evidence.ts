/** Evidence entries (a view span becomes the exact file passage that supports a claim) and claim ids. */
import type { Evidence } from '../contracts/facts.ts';
import type { Article } from '../contracts/stages.ts';
import { mediaAttribution } from '../extract/speakers/mediaAttribution.ts';

export type ArticleIndex = ReadonlyMap<string, Article>;

/** The file passage for a span of an article's view; quote is always fileText.slice(start, end). */
export function evidenceFor(articles: ArticleIndex, sourceId: string, viewStart: number, viewEnd: number): Evidence {
  const article = articles.get(sourceId);
  if (!article) throw new Error(`internal: evidence for unknown source ${sourceId}`);
  const [start, end] = article.toFile(viewStart, viewEnd);
  const evidence: Evidence = { source: sourceId, quote: article.fileText.slice(start, end), start, end };
  const via = mediaAttribution(article.view.slice(viewStart, viewEnd));
  if (via) evidence.via = via;
  return evidence;
}

/** Sorts evidence by source order, then position, and drops exact repeats. */
export function orderEvidence(evidence: Evidence[], sourceOrder: ReadonlyMap<string, number>): Evidence[] {
  const seen = new Set<string>();
  return evidence
    .filter((e) => {
      const key = `${e.source}:${e.start}:${e.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (sourceOrder.get(a.source)! - sourceOrder.get(b.source)!) || a.start - b.start || a.end - b.end);
}

/** How many distinct sources support a claim. */
export function sourceCount(evidence: readonly Evidence[]): number {
  // Claims are sorted by it (called twice per comparison): most have a handful of evidence, where a
  // scan of the few sources seen costs far less than a Set; a long list still gets one.
  if (evidence.length > FEW_EVIDENCE) return new Set(evidence.map((e) => e.source)).size;
  let count = 0;
  for (let i = 0; i < evidence.length; i++) {
    let seen = false;
    for (let j = 0; j < i && !seen; j++) seen = evidence[j]!.source === evidence[i]!.source;
    if (!seen) count++;
  }
  return count;
}
const FEW_EVIDENCE = 16;

/** A readable, URL-safe id, made unique by a numeric suffix. */
export function uniqueId(raw: string, used: Set<string>): string {
  const base = raw.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'claim';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
