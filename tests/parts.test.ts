/** Totals and their parts (charts/parts.ts), on invented figures. */
import { describe, expect, it } from 'vitest';
import { totalsWithParts } from '../scripts/charts/parts.ts';
import type { Claim } from '../scripts/contracts/facts.ts';

/** A count claim whose evidence is one passage of source `source`, at `start`. */
function count(id: string, value: number, quote: string, start = 0, source = 'a'): Claim {
  return { id, kind: 'quantity', text: quote, quantity: { value, unit: 'awards' }, evidence: [{ source, quote, start, end: start + quote.length }] };
}
const totals = (claims: Claim[]): string[] => totalsWithParts(claims).map((f) => `${f.total.id}=${f.parts.map((p) => p.id).join('+')}`);

describe('totalsWithParts', () => {
  it('finds a total given just before the sentence that splits it', () => {
    const total = 'The fund gave 60 awards.';
    const split = 'About 40 went to the north and 20 to the coast.';
    const at = total.length + 1;
    expect(totals([count('t', 60, total), count('p1', 40, split, at), count('p2', 20, split, at)])).toEqual(['t=p1+p2']);
  });
  it('finds a total tied to its parts inside one sentence', () => {
    const tied = 'The fund gave 12 awards, including 9 to painters and 3 to poets.';
    expect(totals([count('t', 12, tied), count('p1', 9, tied), count('p2', 3, tied)])).toEqual(['t=p1+p2']);
  });
  it('reads like figures of one list as no total and parts, though they add up', () => {
    const list = 'The Ledger won seven awards, the Courier and the Post four and the Herald three.';
    expect(totals([count('t', 7, list), count('p1', 4, list), count('p2', 3, list)])).toEqual([]);
  });
  it('finds a total with one part given as its share and the other as what remains', () => {
    const share = 'Of the 50 awards, about 35 went to painters.';
    expect(totals([count('t', 50, share), count('p1', 35, share), count('p2', 15, 'The other 15 went to poets.', share.length + 1)])).toEqual(['t=p1+p2']);
  });
  it('finds no total where no source ties the figures: in other sentences, or parts apart', () => {
    const total = 'Prosecutors sought a five-year sentence.';
    const later = 'He served three years in the army and two in the navy.';
    expect(totals([count('t', 5, total), count('p1', 3, later, 900), count('p2', 2, later, 900)])).toEqual([]);
    // A total just before, in a sentence that lists like figures: a list, not a whole.
    const list = 'Scott faces four counts of theft and nine counts of fraud.';
    const next = 'Reed faces two counts of theft and seven counts of fraud.';
    expect(totals([count('t', 9, list), count('x', 4, list), count('p1', 7, next, list.length + 1), count('p2', 2, next, list.length + 1)])).toEqual([]);
    // The parts in two sentences: no split is given.
    expect(totals([count('t', 5, total), count('p1', 3, 'He served three years.', total.length + 1), count('p2', 2, 'She served two.', 200)])).toEqual([]);
  });
});
