import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

// Invented text. A broadcast transcript labels each quotation with its speaker's name alone, the
// quotation then running to the paragraph's end.
describe('a transcript’s speaker label', () => {
  const transcript = 'Ana Lima came home in 1946. Tom Reyes came a year later.\n\nAna Lima “In my unit half of us were farmers. We were all young.”\n\nTom Reyes “I stayed two years.”\n\nBoth now live in Porto.';

  it('names the labelled speaker', () => {
    expect(quotesIn(transcript).map((q) => q.speaker)).toEqual(['Ana Lima', 'Tom Reyes']);
  });

  it('is no label when words follow the quotation in its paragraph', () => {
    const headline = 'Ana Lima came home in 1946.\n\nAna Lima “very happy” with the verdict, lawyers say the appeal will wait.';
    expect(quotesIn(headline).some((q) => q.speaker === 'Ana Lima' && q.words.startsWith('very happy'))).toBe(false);
  });
});
