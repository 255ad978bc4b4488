/** What a figure counts, as "The numbers" and the charts say it (scripts/compose/figureCounts.ts). */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { whatItCounts, withMaterial } from '../scripts/compose/figureCounts.ts';
import { formatNumber } from '../scripts/text/figures.ts';
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
  it('reads past an initialism\'s stops ("7 percent of U.N. funds" is not "of U")', () => {
    expect(whatItCounts(claim('About 7 percent of U.N. funds, the audit found.', { value: 7, unit: '%', qualifier: 'about' }))).toBe('of U.N. funds');
    expect(whatItCounts(claim('Only 3% of U.K. ferries, the board said, were late.', { value: 3, unit: '%' }))).toBe('of U.K. ferries');
    // A sentence's own stop still ends the phrase.
    expect(whatItCounts(claim('Turnout was 61 percent. Rain fell.', { value: 61, unit: '%' }))).toBe('');
  });
});

describe('withMaterial', () => {
  it('finds a figure as written, not inside a longer number, even when the text holds it more than once', () => {
    expect(whatItCounts(claim('Of 11 ships, 111 t of grain and 11 t of rice were shipped.', { value: 11, unit: 't' }))).toBe('t of rice');
    expect(whatItCounts(claim('A 21.5 km stretch and 1.5 km of road were shut.', { value: 1.5, unit: 'km' }))).toBe('km of road');
  });

  // The place it finds is the one the pattern it replaced found: the figure with its own
  // lookbehind and lookahead, compiled for each figure ("1,200 tonnes of ", "3 feet of ").
  const oldPattern = (figure: string): RegExp => new RegExp(`(?<![\\d.,])${figure.replace(/\./g, '\\.')}(?![\\d])[\\s-]*(?:[\\p{L}.]+\\s+){1,2}?of\\s+`, 'u');
  const oldWithMaterial = (c: Claim, noun: string): string => {
    const q = c.quantity!;
    if (q.counts || !noun || q.low !== undefined || !c.text.includes('of')) return noun;
    const at = oldPattern(formatNumber(q.value)).exec(c.text);
    if (!at || /\bwithin\s+(?:\S+\s+){0,2}$/i.test(c.text.slice(0, at.index))) return noun;
    const rest = ` ${c.text.slice(at.index + at[0].length)} `;
    const end = /[,;:.!?()"“”]|\s(?:and|or|but|while|which|that|who|than|compared|after|before|when|as|was|were|is|are|had|has|have)\s|\s(?:will|would|could|can|may|might|should|must|did|does|do|on|in|at|to|from|by|for|with|into|onto|over|under|near|across|along|around|since|during|per)\s/i.exec(rest);
    const words = rest.slice(0, end ? end.index : undefined).trim().split(/\s+/).filter(Boolean);
    if (!words.length || words.length > 4 || /^(?:since|in|on|at|to|from|by|for|over|under|last|this|next|after|before|between|during|through|until|compared|against|year|month|week|annually|each|every|a|an|the)$/i.test(words[0]!) && !/^(?:the|a|an)$/i.test(words[0]!) || words.some((w) => /\d/.test(w))) return noun;
    return `${noun} of ${words.join(' ')}`;
  };
  it('reads every sentence as the per-figure pattern did', () => {
    const piece = fc.constantFrom('1', '11', '1.5', '21.5', '1,200', '-3', '3', 'tonnes', 'feet', 'of', 'grain', 'snow', 'km', 'within', 'the', ',', '.', '-', ' ', '  ', 'Ñandú', 'rice', 'in', 'the city');
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), fc.constantFrom(1, 11, 1.5, 21.5, 1200, -3, 3), (pieces, value) => {
      const c = claim(pieces.join(' ').replace(/ ([,.])/g, '$1'), { value, unit: 't' });
      expect(withMaterial(c, 't')).toBe(oldWithMaterial(c, 't'));
    }), { numRuns: 3000 });
  });
});
