/**
 * Blocking for comparisons that are only worth making between items that share words: an
 * inverted index from word to items yields the candidate pairs, so cost grows with the matches
 * rather than with every pair. Words found in more than `maxPosting` items are too common to
 * block on and are skipped; below that bound the candidates are exactly the pairs that share
 * at least `minShared` words.
 */

/** Candidate pairs [i, j] (i < j) of `items` that share at least `minShared` words, ordered by i then j. */
export function pairsSharingWords(items: ReadonlyArray<ReadonlySet<string>>, minShared: number, maxPosting: number): Array<[number, number]> {
  const index = new Map<string, number[]>();
  items.forEach((words, i) => words.forEach((w) => {
    const posting = index.get(w);
    if (posting) posting.push(i);
    else index.set(w, [i]);
  }));
  const pairs: Array<[number, number]> = [];
  items.forEach((words, i) => {
    const shared = new Map<number, number>();
    for (const w of words) {
      const posting = index.get(w)!;
      if (posting.length > maxPosting) continue;
      for (const j of posting) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    const partners = [...shared].filter(([, n]) => n >= minShared).map(([j]) => j).sort((a, b) => a - b);
    for (const j of partners) pairs.push([i, j]);
  });
  return pairs;
}
