import { describe, expect, it } from 'vitest';
import { termConflicts } from '../scripts/align/termConflicts.ts';
import type { Claim } from '../scripts/contracts/facts.ts';

/** One claim backed by one invented passage per source. */
function claim(quotes: Record<string, string>): Claim {
  return {
    id: 'q-1',
    kind: 'quantity',
    text: Object.values(quotes)[0]!,
    quantity: { value: 3, unit: 'people' },
    evidence: Object.entries(quotes).map(([source, quote]) => ({ source, quote, start: 0, end: quote.length })),
  };
}

describe('termConflicts: what happened to whom', () => {
  it('does not set "civilians were killed" against "soldiers were wounded": two subjects, two facts', () => {
    expect(termConflicts([claim({ a: 'Three Eastland civilians were killed by a shell on Thursday.', b: 'Three soldiers were wounded in Eastland by a shell later Thursday.' })])).toEqual([]);
  });
  it('still shows one subject killed in one source and wounded in the other', () => {
    const [conflict, ...rest] = termConflicts([claim({ a: 'Three civilians were killed by a shell on Thursday.', b: 'Three civilians were wounded by a shell on Thursday.' })]);
    expect(rest).toEqual([]);
    expect(conflict!.description).toContain('“were killed” (a) vs “were wounded” (b)');
  });
});

describe('termConflicts: moments', () => {
  it('does not answer one month with another when a passage names two (a timeline)', () => {
    expect(termConflicts([claim({
      a: 'The baker, who retired last month after 40 years, sold the old mill to the town in June, neighbours say.',
      b: 'The baker, who retired in March after 40 years, in August sold the old mill to the town, a weekly reported.',
    })])).toEqual([]);
  });
  it('still shows two sources giving different days for one announcement', () => {
    const [conflict] = termConflicts([claim({ a: 'The utility announced a relief fund on Tuesday for residents.', b: 'The utility on Wednesday announced a relief fund for residents.' })]);
    expect(conflict!.description).toContain('“on Tuesday” (a) vs “on Wednesday” (b)');
  });
});
