import { describe, expect, it } from 'vitest';
import { isDirectQuote, reportedClause } from '../scripts/compose/quoteForm.ts';
import type { Claim } from '../scripts/contracts/facts.ts';

const claim = (form: 'direct' | 'reported' | undefined): Claim => ({
  id: 'q', kind: 'quote', text: 'the ferry will sail at noon',
  evidence: [{ source: 'a', quote: 'Lind said the ferry will sail at noon.', start: 0, end: 38, ...(form ? { form } : {}) }],
});

describe('isDirectQuote', () => {
  it('is true only when the passage the text comes from is a direct quotation', () => {
    expect(isDirectQuote(claim('direct'))).toBe(true);
    expect(isDirectQuote(claim('reported'))).toBe(false);
    expect(isDirectQuote(claim(undefined))).toBe(false);
  });
});

describe('reportedClause', () => {
  it('lower-cases a common opening word after "said that", and leaves names alone', () => {
    expect(reportedClause('The ferry will sail')).toBe('the ferry will sail');
    expect(reportedClause('About 300 passengers were on board')).toBe('about 300 passengers were on board');
    expect(reportedClause('Maria Lind will speak')).toBe('Maria Lind will speak');
    expect(reportedClause('NATO will meet')).toBe('NATO will meet');
  });
});
