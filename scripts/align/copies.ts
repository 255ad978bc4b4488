/**
 * Near-duplicate articles: one outlet's copy (or light rewrite) of another's. A copy repeats
 * its original's reporting, so it is marked and does not count as independent corroboration.
 */
import type { SegmentedArticle } from '../contracts/stages.ts';
import { jaccard, contentWords } from './words.ts';
import { similarPairs, type Passage } from './alignPassages.ts';

/** Share of an article's sentences that must reappear in another for it to be a copy. */
const COPY_SHARE = 0.6;

/**
 * For each article that largely repeats an earlier one (in source order), the id of the one it
 * repeats. Of two articles that repeat each other, the later is marked as the copy.
 */
export function findCopies(articles: SegmentedArticle[]): Map<string, string> {
  const sentences = articles.flatMap((a) => a.sentences);
  const passages: Passage[] = sentences.map((s) => ({ source: s.source, start: s.start, end: s.end, words: new Set(contentWords(s.text)) }));
  const groups = similarPairs(passages, 4, (a, b) => jaccard(a.words, b.words) >= 0.6);
  // For each article, which other articles each of its sentences reappears in.
  const shared = new Map<string, Map<string, number>>();
  for (const members of groups.lists()) {
    const sources = new Set(members.map((i) => passages[i]!.source));
    for (const i of members) {
      const own = passages[i]!.source;
      const counts = shared.get(own) ?? new Map<string, number>();
      for (const other of sources) if (other !== own) counts.set(other, (counts.get(other) ?? 0) + 1);
      shared.set(own, counts);
    }
  }
  const order = new Map(articles.map((a, i) => [a.source.id, i]));
  const copies = new Map<string, string>();
  for (const article of articles) {
    const total = article.sentences.length;
    if (total < 3) continue;
    const candidates = [...(shared.get(article.source.id) ?? new Map<string, number>())]
      .filter(([other, n]) => n / total >= COPY_SHARE && order.get(other)! < order.get(article.source.id)!)
      .sort((a, b) => b[1] - a[1]);
    if (candidates[0]) copies.set(article.source.id, candidates[0][0]);
  }
  return copies;
}
