import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

// Invented text. After a closing quotation mark the quotation is what was said, so a participle
// or a relative clause after the inverted speaker describes that speaker.
describe('an inverted speaker described by what follows it', () => {
  it('names the described speaker after a quotation', () => {
    expect(quotesIn('“The pier must close,” said a senior official briefed on the plan.')[0]?.speaker).toBe('a senior official');
    expect(quotesIn('“The pier must close,” said an official who asked not to be named.')[0]?.speaker).toBe('an official');
    expect(quotesIn('“The windows shook and the doors flew open,” said a resident of the harbour district who spoke on condition of anonymity.')[0]?.speaker).toBe('a resident of the harbour district');
  });

  it('still names no one where the words after the noun are the name the reader did not finish', () => {
    // "lead" read as a verb: the speaker is the author named after it, which this rule does not guess.
    expect(quotesIn('“Ferries are safe,” said study lead author Dr. Ana Lima, a professor at Porto.')[0]?.speaker).not.toBe('study');
  });

  it('keeps a clause after "said" without a quotation as what was said', () => {
    const quotes = quotesIn('The mayor, asked about the ferry on Monday, said the council decided the pier must close.');
    expect(quotes.some((q) => q.speaker === 'the council')).toBe(false);
  });
});
