/**
 * Which figure each side of a value conflict gives, in that side's own words ("at least 19",
 * "over a thousand", "9:06 a.m."), so the explainer can put it before the side's sentence: a
 * sentence may give several figures (a toll and the children among it), and the reader should see
 * which of them disagrees without counting words. Read from the wording itself, not from the
 * claim: a claim merges sources, and its qualifier or noun may be another source's.
 */
import type { Claim, Conflict } from '../contracts/facts.ts';
import { findNumbers } from '../extract/quantities/numbers.ts';

/**
 * The figure of each side of a value conflict, as its wording writes it, in the order of
 * `wordings`; undefined when the conflict is not a value one or any side's figure is not found in
 * its wording (sides are shown alike or not at all: one labelled side beside an unlabelled one reads
 * as if the other gave no figure).
 */
export function conflictFigures(conflict: Pick<Conflict, 'kind' | 'wordings'>, claims: readonly Claim[]): string[] | undefined {
  if (conflict.kind !== 'value') return undefined;
  const figures = conflict.wordings.map((w) => {
    const value = claims.find((c) => c.id === w.claim)?.quantity?.value;
    if (value === undefined) return undefined;
    const mention = findNumbers(w.wording).find((m) => m.value === value);
    return mention ? w.wording.slice(mention.start, mention.end).trim() : undefined;
  });
  return figures.every((f): f is string => !!f) ? figures : undefined;
}
