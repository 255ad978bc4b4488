import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

// Invented text. Three readings of the words around an attribution: what follows a bare name
// between commas describes it; who a statement went "to" is its addressee; a given name spelt
// like a modal is still a name.
describe('a bare inverted name, then its description', () => {
  it('keeps the name, not a capitalised word of the description', () => {
    expect(quotesIn('“It has been very unfair,” added Morel, the committee’s ranking Democrat.')[0]?.speaker).toBe('Morel');
    expect(quotesIn('“It has been very unfair,” said Jana Morel, the panel’s senior Republican.')[0]?.speaker).toBe('Jana Morel');
  });

  it('still takes the name after a description', () => {
    expect(quotesIn('“The pier must close,” said the lead author, Dr. Ana Lima, a professor at Porto.')[0]?.speaker).toBe('Ana Lima');
  });
});

describe('a statement sent to someone', () => {
  it('is not the addressee’s words', () => {
    const quotes = quotesIn('The port authority released a statement to the Daily Star saying “the work was scheduled.”');
    expect(quotes[0]?.speaker).toBe('The port authority');
    expect(quotesIn('The harbour board sent a letter to the Evening Post saying the dredging would wait.')[0]?.speaker).toBe('The harbour board');
  });

  it('still reads a letter from someone as theirs', () => {
    expect(quotesIn('Residents received a letter from the harbour board saying “the dredging will wait.”')[0]?.speaker).toBe('the harbour board');
  });
});

describe('a given name spelt like a modal', () => {
  it('is the speaker', () => {
    expect(quotesIn('Tom Reyes died on Friday. Reyes’s brother, Will, told the radio station that Tom had complained “five times the brakes would fail.”')[0]?.speaker).toBe('Will');
    expect(quotesIn('Tom Reyes died on Friday. “He took it to the garage,” Will said.')[0]?.speaker).toBe('Will');
  });

  it('is still a modal opening a question', () => {
    expect(quotesIn('“Will the pier close?” asked Ana Lima.')[0]?.speaker).toBe('Ana Lima');
  });
});
