import { describe, expect, it } from 'vitest';
import { namesAMoment, termConflicts } from '../scripts/align/termConflicts.ts';
import { conflictLead } from '../scripts/compose/conflictLead.ts';
import type { Claim } from '../scripts/contracts/facts.ts';

/** One claim backed by one invented passage per source. */
function claim(quotes: Record<string, string>, quantity?: Claim['quantity']): Claim {
  return {
    id: 'q-1',
    kind: quantity ? 'quantity' : 'statement',
    text: Object.values(quotes)[0]!,
    ...(quantity ? { quantity } : {}),
    evidence: Object.entries(quotes).map(([source, quote]) => ({ source, quote, start: 0, end: quote.length })),
  };
}

describe('conflictLead: what a term conflict is about', () => {
  it('says the sources disagree on when, for days, months and parts of the day', () => {
    const fund = claim({ a: 'The utility announced a $2 million fund on Tuesday.', b: 'The utility on Wednesday announced a $2 million fund.' }, { value: 2_000_000, unit: 'USD' });
    const [conflict] = termConflicts([fund]);
    expect(conflict!.description).toMatch(/^The sources give different times for the same thing: “on Tuesday” \(a\) vs “on Wednesday” \(b\)/);
    expect(conflictLead(conflict!, [fund])).toMatch(/^The sources agree on the figure \(.+\) but not on when: “on Tuesday” or “on Wednesday”\.$/);
  });
  it('still says "what to call it" for a unit or a charge', () => {
    const unit = claim({ a: 'Crews from the 5th Engineer Battalion arrived.', b: 'Crews from the 5th Engineer Brigade arrived.' });
    const [conflict] = termConflicts([unit]);
    expect(conflict!.description).toMatch(/^The sources name the same thing differently/);
    // No figure in the claim: the lead does not speak of one.
    expect(conflictLead(conflict!, [unit])).toBe('The sources agree on this but not on what to call it: “Engineer Battalion” or “Engineer Brigade”.');
  });
  it('reads a moment from the wording\'s last word only', () => {
    expect(namesAMoment('on Friday')).toBe(true);
    expect(namesAMoment('late Sunday night')).toBe(true);
    expect(namesAMoment('in May')).toBe(true);
    expect(namesAMoment('infantry division')).toBe(false);
    expect(namesAMoment('a felony')).toBe(false);
  });
});
