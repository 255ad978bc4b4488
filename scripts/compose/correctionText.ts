/**
 * The editors' corrections (facts.json `corrections`) in readers' words: the note beside a
 * corrected claim, and the lines of the /corrections/ page.
 */
import type { AppliedCorrection } from '../contracts/corrections.ts';
import type { Facts } from '../contracts/facts.ts';

/** What one correction did, as a sentence ("The speaker was corrected to Ines Berg (was: Maria Lind)."). */
export function describeCorrection(c: AppliedCorrection): string {
  const was = c.from ? ` (was: ${c.from})` : '';
  switch (c.operation) {
    case 'hide': return `A claim was removed: ${c.from ?? ''}`.trim();
    case 'speaker': return `The speaker was corrected to ${c.to ?? ''}${was}.`;
    case 'unattributed': return `The speaker is not clear from the sources and is no longer named${was}.`;
    case 'merge': return `Claims that state one fact were joined into one${c.from ? ` (joined: ${c.from})` : ''}.`;
    case 'conflict': return `The sources were found to disagree about ${c.to ?? 'this'}.`;
    case 'not-a-conflict': return `A disagreement was removed: the figures are about different things${was}.`;
    case 'title': return `The title was set to “${c.to ?? ''}”.`;
  }
}

/** Each claim's corrections (by claim id) as readers read them, with the editors' note. */
export function correctionNotes(facts: Facts): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const c of facts.corrections ?? []) {
    if (c.operation === 'hide' || c.operation === 'title') continue; // a hidden claim is not shown; a title is not a claim
    const line = `Corrected by the editors: ${describeCorrection(c)}${c.note ? ` ${c.note}` : ''}`;
    for (const id of c.claims) notes.set(id, [...(notes.get(id) ?? []), line]);
  }
  return notes;
}
