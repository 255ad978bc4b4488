/** What a figure counts, as "The numbers" and the charts say it (scripts/compose/figureCounts.ts). */
import { describe, expect, it } from 'vitest';
import { whatItCounts } from '../scripts/compose/figureCounts.ts';
import type { Claim, Quantity } from '../scripts/contracts/facts.ts';

const claim = (text: string, quantity: Quantity): Claim => ({ id: 'q', kind: 'quantity', text, quantity, evidence: [{ source: 'a', quote: text, start: 0, end: text.length }] });

describe('whatItCounts', () => {
  it('says what a measure is of, as its sentence says it ("1,200 tonnes of grain" is "t of grain")', () => {
    expect(whatItCounts(claim('About 1,200 tonnes of grain will move from the bay.', { value: 1200, unit: 't', qualifier: 'about' }))).toBe('t of grain');
    expect(whatItCounts(claim('The storm dropped 3 feet of snow on the town.', { value: 3, unit: 'ft' }))).toBe('ft of snow');
    expect(whatItCounts(claim('A spill of 1.2 million gallons of oil was found.', { value: 1.2e6, unit: 'gal' }))).toBe('gal of oil');
    expect(whatItCounts(claim('They heard 2 hours of testimony.', { value: 2, unit: 'h' }))).toBe('hours of testimony');
  });

  it('leaves a measure alone when "of" says where or nothing follows ("within 20 km of the capital")', () => {
    expect(whatItCounts(claim('The villages lie within 20 km of the capital.', { value: 20, unit: 'km' }))).toBe('km');
    expect(whatItCounts(claim('He testified for 2 hours on Tuesday.', { value: 2, unit: 'h' }))).toBe('hours');
    // A counted thing of its own wins.
    expect(whatItCounts(claim('About 300 passengers of the ferry were evacuated.', { value: 300, unit: 'passengers', counts: 'passengers' }))).toBe('passengers');
  });
});
