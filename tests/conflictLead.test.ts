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

describe('conflictLead: what a value conflict is about', () => {
  it('names the counted thing before the sides, and the same figure hedged two ways', () => {
    const low = { ...claim({ a: 'At least 40 passengers were hurt.' }, { value: 40, unit: 'passengers', counts: 'passengers hurt' }), id: 'q-40' };
    const high = { ...claim({ b: 'Some 55 passengers were hurt.' }, { value: 55, unit: 'passengers', counts: 'passengers hurt' }), id: 'q-55' };
    const wordings = [{ claim: 'q-40', source: 'a', wording: 'At least 40 passengers' }, { claim: 'q-55', source: 'b', wording: 'Some 55 passengers' }];
    expect(conflictLead({ claims: ['q-40', 'q-55'], kind: 'value', description: 'different figures', wordings }, [low, high])).toBe('The sources give different figures for passengers hurt:');
    expect(conflictLead({ claims: ['q-40', 'q-55'], kind: 'qualifier', description: 'different hedges', wordings }, [low, high])).toBe('The sources hedge the same figure for passengers hurt differently:');
  });
});

describe('conflictLead: term conflicts across claims', () => {
  it('speaks of no figure when the two sides are passages of different claims, and of a decision for granted / denied', async () => {
    const { decisionConflicts } = await import('../scripts/align/decisionConflicts.ts');
    const granted = 'Harbour controllers granted permission for the barge to dock at the Eastport quay 40 ft from the pier.';
    const denied = 'The barge captain was denied permission to dock at the Eastport quay because of the storm.';
    const docking: Claim = { id: 'q-40-ft', kind: 'quantity', text: granted, quantity: { value: 40, unit: 'ft' }, evidence: [{ source: 'a', quote: granted, start: 0, end: granted.length }] };
    const refusal: Claim = { id: 's-1', kind: 'statement', text: denied, evidence: [{ source: 'b', quote: denied, start: 0, end: denied.length }] };
    const [conflict] = decisionConflicts([docking, refusal]);
    expect(conflictLead(conflict!, [docking, refusal])).toBe('The sources agree on this but not on what was decided: “granted permission” or “denied permission”.');
  });
});
