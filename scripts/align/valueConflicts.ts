/**
 * Value conflicts: two sources give different figures for what reads as the same thing
 * ("the fire started at 9:06" vs "the alarm was raised at 9:09"; "four objects" vs "two").
 * Claims are compared only within one kind of thing (blocked on the unit), and only when
 * their sentences say much the same in different sources, neither of which states both
 * figures (a source giving both is reporting two facts, not disagreeing with itself).
 */
import type { Claim, Conflict } from '../schema.ts';
import { contentWords, jaccard } from './words.ts';
import { formatQuantity } from '../compose/format.ts';

/** How alike two sentences must be, in content words other than figures, to be about one thing. */
const MIN_SIMILARITY = 0.3;
const MIN_SHARED_WORDS = 3;

export function valueConflicts(claims: Claim[]): Conflict[] {
  const byUnit = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.kind !== 'quantity' || !c.quantity) continue;
    const list = byUnit.get(c.quantity.unit) ?? [];
    list.push(c);
    byUnit.set(c.quantity.unit, list);
  }
  const conflicts: Conflict[] = [];
  for (const group of byUnit.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const conflict = disagreement(group[i]!, group[j]!);
        if (conflict) conflicts.push(conflict);
      }
    }
  }
  return conflicts;
}

function disagreement(a: Claim, b: Claim): Conflict | undefined {
  if (a.quantity!.value === b.quantity!.value) return undefined;
  const sourcesA = new Set(a.evidence.map((e) => e.source));
  const sourcesB = new Set(b.evidence.map((e) => e.source));
  if ([...sourcesA].some((s) => sourcesB.has(s))) return undefined;
  // Each side's own sentence is its wording.
  for (const ea of a.evidence) {
    for (const eb of b.evidence) {
      const wa = new Set(wordsWithoutFigures(ea.quote));
      const wb = new Set(wordsWithoutFigures(eb.quote));
      const shared = [...wa].filter((w) => wb.has(w)).length;
      if (shared < MIN_SHARED_WORDS || jaccard(wa, wb) < MIN_SIMILARITY) continue;
      const said = [`${formatQuantity(a.quantity!)} (${ea.source})`, `${formatQuantity(b.quantity!)} (${eb.source})`].join(' vs ');
      return {
        claims: [a.id, b.id],
        kind: 'value',
        description: `The sources give different figures for what reads as the same thing: ${said}.`,
        wordings: [
          { claim: a.id, source: ea.source, wording: ea.quote },
          { claim: b.id, source: eb.source, wording: eb.quote },
        ],
      };
    }
  }
  return undefined;
}

/** Content words with digits and number words left out, so the figures themselves do not decide. */
function wordsWithoutFigures(text: string): string[] {
  return contentWords(text).filter((w) => !/\d/.test(w) && !/^(one|two|three|four|five|six|seven|eight|nine|ten|a\.m|p\.m)$/.test(w));
}
