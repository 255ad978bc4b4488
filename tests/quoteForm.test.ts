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

  it('lower-cases a number word or a pronoun that opens the clause ("said that three convoys left")', () => {
    expect(reportedClause('Three grain convoys left the harbour')).toBe('three grain convoys left the harbour');
    expect(reportedClause('Several boats were damaged')).toBe('several boats were damaged');
    expect(reportedClause('She will not resign')).toBe('she will not resign');
    expect(reportedClause('One World Trade Center was evacuated')).toBe('One World Trade Center was evacuated');
  });

  it('lower-cases a one-letter article ("said that A fire broke out" reads "a fire broke out")', () => {
    expect(reportedClause('A fire broke out near the pier')).toBe('a fire broke out near the pier');
  });

  it('keeps "I", its contractions and acronyms capitalised', () => {
    expect(reportedClause('I was on the ferry')).toBe('I was on the ferry');
    expect(reportedClause('I’m staying ashore')).toBe('I’m staying ashore');
    expect(reportedClause('NASA will launch')).toBe('NASA will launch');
    expect(reportedClause('McAllister will speak')).toBe('McAllister will speak');
    // A title before a name stays as written, even when the sources use the word lower-case elsewhere.
    expect(reportedClause('Chief Executive Ana Lima will step down', 'the chief of the port')).toBe('Chief Executive Ana Lima will step down');
    expect(reportedClause('That’s when the alarm sounded')).toBe('that’s when the alarm sounded');
  });

  it('decides from the sources: a word they write lower-case inside a sentence is common, one they only capitalise is a name', () => {
    const context = 'Two firefighters were hurt. The crews said firefighters reached the pier. Officials thanked Brenner for the boats, and Brenner said so.';
    expect(reportedClause('Firefighters reached the pier', context)).toBe('firefighters reached the pier');
    expect(reportedClause('Brenner will resign', context)).toBe('Brenner will resign');
    // No word of the sources says either way: a capital stays, since lower-casing a name misleads more.
    expect(reportedClause('Harbourmasters closed the port', context)).toBe('Harbourmasters closed the port');
  });
});

describe('reportedClause: a preposition or conjunction that opens the clause', () => {
  it('lower-cases "By", "During", "Because" after "said that", as it does "The"', () => {
    expect(reportedClause('By Tuesday, players will have bought most tickets')).toBe('by Tuesday, players will have bought most tickets');
    expect(reportedClause('During the eclipse, the moon will turn red')).toBe('during the eclipse, the moon will turn red');
  });
});
