/**
 * The article-extraction benchmark's scoring (scrapinghub/article-extraction-benchmark,
 * evaluate.py), rewritten from its definition: tokens are Python's `\w+` runs, a text is a
 * multiset of 4-token shingles (one shingle of all its tokens when it has fewer), and each
 * page's TP/FP/FN are divided by their sum so that every page weighs the same.
 */

/** Per-page shares of shingles in common (tp), only in the output (fp), only in the truth (fn). */
export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Python's `\w` on str: letters (L*), numbers (N*) and the underscore; not combining marks. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** 4-token shingles with their counts; a text of 1 to 3 tokens is one shingle, an empty one none. */
export function shingles(text: string, n = 4): Map<string, number> {
  const words = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, words.length - n + 1); i++) {
    const shingle = words.slice(i, i + n).join(' ');
    if (shingle) out.set(shingle, (out.get(shingle) ?? 0) + 1);
  }
  return out;
}

/** evaluate.py's string_shingle_matching: normalised tp, fp, fn of one page. */
export function scorePage(truth: string, output: string): PageScore {
  const t = shingles(truth);
  const p = shingles(output);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp: 0, fp: 0, fn: 0 };
}

export interface Summary {
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose token sequence equals the truth's. */
  accuracy: number;
  pages: number;
}

/** Means over pages as evaluate.py takes them: precision over non-empty outputs, recall over non-empty truths. */
export function summarise(pages: Array<{ score: PageScore; exact: boolean }>): Summary {
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(pages.filter((p) => p.score.tp + p.score.fp > 0).map((p) => p.score.tp / (p.score.tp + p.score.fp)));
  const recall = mean(pages.filter((p) => p.score.tp + p.score.fn > 0).map((p) => p.score.tp / (p.score.tp + p.score.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))), pages: pages.length };
}

/** Recall of one page (1 when the truth is empty). */
export function pageRecall(s: PageScore): number {
  return s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 1;
}

/** Precision of one page (1 when the output is empty). */
export function pagePrecision(s: PageScore): number {
  return s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 1;
}

/** True when two texts have the same token sequence (the benchmark's accuracy). */
export function sameTokens(a: string, b: string): boolean {
  const x = tokens(a), y = tokens(b);
  return x.length === y.length && x.every((w, i) => w === y[i]);
}
