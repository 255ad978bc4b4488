/**
 * "Did you mean build?": the known name nearest to a mistyped one, for commands, options and
 * config fields. Hand-written on purpose: twenty lines of Levenshtein distance over a handful of
 * short names, where a package would be a dependency for one loop.
 */

/**
 * Edits that turn `a` into `b` (insertions, deletions, substitutions, and two neighbouring
 * letters swapped, the commonest slip: "biuld"); case is ignored.
 */
export function editDistance(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  const rows: number[][] = [Array.from({ length: y.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
    rows.push(row);
  }
  return rows[x.length]![y.length]!;
}

/**
 * The name of `known` nearest to `typed`, if it is near enough to be a slip: at most one edit in
 * three letters ("biuld" -> "build", "titel" -> "title", "--outt" -> "--out"), or `typed` starts
 * exactly one name ("ver" -> "verify"). None when two names are equally near.
 */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  const prefixed = known.filter((name) => typed.length >= 2 && name.toLowerCase().startsWith(typed.toLowerCase()));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const name of known) {
    const distance = editDistance(typed, name);
    if (distance < bestDistance) [best, bestDistance, tie] = [name, distance, false];
    else if (distance === bestDistance) tie = true;
  }
  if (best === undefined || tie || bestDistance === 0) return bestDistance === 0 ? best : undefined;
  return bestDistance <= Math.ceil(best.length / 3) ? best : undefined;
}

/** " (did you mean build?)", or "" when nothing is near: to append to a message. */
export function didYouMean(typed: string, known: readonly string[], prefix = ''): string {
  const name = closestName(typed, known);
  return name ? ` (did you mean ${prefix}${name}?)` : '';
}
