/**
 * The sentence above a conflict's sides: what the sources disagree about (the counted thing, or
 * the terms they use), so a reader knows the subject before reading each side's own words.
 */
import type { Claim, Conflict } from '../contracts/facts.ts';
import { namesAMoment } from '../align/termConflicts.ts';
import { countedNoun, formatQuantity } from './format.ts';

/** How align's decision conflicts open their description (decisionConflicts.ts). */
const DECISION = /^The sources tell the same decision differently/;

/** "The sources give different figures for passengers hurt in the fire:" and the like. */
export function conflictLead(conflict: Conflict, claims: readonly Claim[]): string {
  const q = claims.find((c) => c.id === conflict.claims[0])?.quantity;
  const what = q ? countedNoun(q) : '';
  if (conflict.kind === 'term') {
    // A term conflict across claims (a request granted in one passage and denied in another, which
    // may be a figure's passage) agrees on no figure: only one claim's sources agree on its figure.
    const q = conflict.claims.length === 1 ? claims.find((c) => c.id === conflict.claims[0])?.quantity : undefined;
    // align writes each side's term in curly quotes in the description: “infantry division” vs “infantry brigade”.
    const terms = [...new Set([...conflict.description.matchAll(/“([^”]+)”/g)].map((m) => m[1]!))];
    const figure = q ? ` (${formatQuantity(q)})` : '';
    // "on Tuesday" vs "on Wednesday" is a disagreement about when, not about a name.
    const aspect = terms.length > 0 && terms.every(namesAMoment) ? 'when' : DECISION.test(conflict.description) ? 'what was decided' : 'what to call it';
    const agreed = q ? `The sources agree on the figure${figure}` : 'The sources agree on this';
    return terms.length >= 2
      ? `${agreed} but not on ${aspect}: ${terms.map((t) => `“${t}”`).join(' or ')}.`
      : `${agreed} but not on ${aspect}:`;
  }
  if (q?.unit === 'clock time') return 'The sources give different times for what reads as the same moment:';
  if (conflict.kind === 'qualifier') return what ? `The sources hedge the same figure for ${what} differently:` : 'The sources hedge the same figure differently:';
  return what ? `The sources give different figures for ${what}:` : 'The sources give different figures for this:';
}

/** The conflicts with the same sides once: two rules may find one disagreement. */
export function distinctConflicts(conflicts: readonly Conflict[]): Conflict[] {
  const seen = new Set<string>();
  return conflicts.filter((c) => {
    const key = c.wordings.map((w) => `${w.claim}|${w.source}`).sort().join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
