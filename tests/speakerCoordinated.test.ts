import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

// Invented text. Two plural nouns for people joined by "and" are one subject; the speaker is both.
describe('a coordinated subject of two kinds of people', () => {
  it('keeps both parts', () => {
    expect(quotesIn('Editors and reporters at the paper said the rules were unfair.')[0]?.speaker).toBe('Editors and reporters at the paper');
    expect(quotesIn('The ferry is due to leave at noon, officials and inspectors said.')[0]?.speaker).toBe('officials and inspectors');
  });

  it('still reads two names as the first named', () => {
    expect(quotesIn('Ana Lima and Tom Reyes said the rules were unfair.')[0]?.speaker).toBe('Ana Lima and Tom Reyes');
  });
});
