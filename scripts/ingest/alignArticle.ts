/**
 * Which of our paragraphs are the article Readability found: the chain of paragraphs, in
 * reading order, whose texts occur in order and without overlap in Readability's text,
 * covering as much of it as possible (a weighted longest chain, by dynamic programming).
 * Taking the best chain rather than the first match keeps a teaser list above the article,
 * whose lines the article's end repeats, from pulling the match past the article's start,
 * and matches a second copy of the body only once.
 */

/** A paragraph this long may lie anywhere after the previous one; a shorter one only near it. */
const MIN_FAR_MATCH = 20;
/** How far (white-space-free characters) a short paragraph may sit past the previous match. */
const NEAR = 300;
/** Occurrences looked at per paragraph (a short line such as "Share" may occur many times). */
const MAX_OCCURRENCES = 12;

interface Candidate {
  para: number;
  at: number;
  end: number;
  best: number;
  prev: number;
}

/** Indexes of `keys` (white-space-free paragraph texts) chosen as the article, in `article`. */
export function alignParagraphs(keys: string[], article: string): Set<number> {
  const cands: Candidate[] = [];
  keys.forEach((key, para) => {
    if (!key) return;
    for (let at = article.indexOf(key), n = 0; at >= 0 && n < MAX_OCCURRENCES; at = article.indexOf(key, at + 1), n++) {
      cands.push({ para, at, end: at + key.length, best: 0, prev: -1 });
    }
  });
  let top = -1;
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c]!;
    const far = cand.end - cand.at >= MIN_FAR_MATCH;
    cand.best = far || cand.at <= NEAR ? cand.end - cand.at : -Infinity;
    for (let d = 0; d < c; d++) {
      const prior = cands[d]!;
      if (prior.para >= cand.para || prior.end > cand.at || prior.best === -Infinity) continue;
      if (!far && cand.at - prior.end > NEAR) continue;
      const score = prior.best + (cand.end - cand.at);
      if (score > cand.best) { cand.best = score; cand.prev = d; }
    }
    if (cand.best > -Infinity && (top < 0 || cand.best > cands[top]!.best)) top = c;
  }
  const chosen = new Set<number>();
  for (let c = top; c >= 0; c = cands[c]!.prev) chosen.add(cands[c]!.para);
  return chosen;
}
