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
  // Best chain ending at each position of the article, for range-maximum queries: O(n log n), not O(n²).
  const tree = new MaxTree(article.length + 1);
  let top = -1;
  keys.forEach((key, para) => {
    if (!key) return;
    const mine: Candidate[] = [];
    for (let at = article.indexOf(key), n = 0; at >= 0 && n < MAX_OCCURRENCES; at = article.indexOf(key, at + 1), n++) {
      const far = key.length >= MIN_FAR_MATCH;
      const [prevBest, prev] = tree.max(far ? 0 : Math.max(0, at - NEAR), at);
      const alone = far || at <= NEAR ? key.length : -Infinity;
      const chained = prev >= 0 ? prevBest + key.length : -Infinity;
      const cand = { para, at, end: at + key.length, best: Math.max(alone, chained), prev: chained > alone ? prev : -1 };
      if (cand.best === -Infinity) continue;
      mine.push(cand);
    }
    // Inserted after the whole paragraph is scored, so a chain never uses one paragraph twice.
    for (const cand of mine) {
      const index = cands.push(cand) - 1;
      tree.update(cand.end, cand.best, index);
      if (top < 0 || cand.best > cands[top]!.best) top = index;
    }
  });
  const chosen = new Set<number>();
  for (let c = top; c >= 0; c = cands[c]!.prev) chosen.add(cands[c]!.para);
  return chosen;
}

/** A segment tree of (value, index) over positions, answering the maximum in [from, to]. */
class MaxTree {
  private readonly size: number;
  private readonly value: Float64Array;
  private readonly index: Int32Array;
  constructor(length: number) {
    let size = 1;
    while (size < length) size *= 2;
    this.size = size;
    this.value = new Float64Array(2 * size).fill(-Infinity);
    this.index = new Int32Array(2 * size).fill(-1);
  }
  update(pos: number, value: number, index: number): void {
    let i = pos + this.size;
    if (value <= this.value[i]!) return;
    this.value[i] = value; this.index[i] = index;
    for (i >>= 1; i >= 1; i >>= 1) {
      const l = 2 * i, r = l + 1;
      const pick = this.value[l]! >= this.value[r]! ? l : r;
      this.value[i] = this.value[pick]!; this.index[i] = this.index[pick]!;
    }
  }
  max(from: number, to: number): [number, number] {
    let best = -Infinity, at = -1;
    for (let l = from + this.size, r = to + this.size + 1; l < r; l >>= 1, r >>= 1) {
      if (l & 1) { if (this.value[l]! > best) { best = this.value[l]!; at = this.index[l]!; } l++; }
      if (r & 1) { r--; if (this.value[r]! > best) { best = this.value[r]!; at = this.index[r]!; } }
    }
    return [best, at];
  }
}
