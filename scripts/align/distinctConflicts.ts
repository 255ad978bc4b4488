/**
 * One disagreement, one conflict: several rules may find the same one (a sentence's clock time and
 * its figure, a measured thing and two alike sentences), and a reader should see it once.
 */
import type { Conflict } from '../contracts/facts.ts';

/** The conflicts in order, without a later one whose sides (claim and source) an earlier one already has. */
export function distinctConflicts(conflicts: readonly Conflict[]): Conflict[] {
  const seen = new Set<string>();
  return conflicts.filter((c) => {
    const key = `${c.kind} ${c.wordings.map((w) => `${w.claim}|${w.source}`).sort().join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
