import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

// Invented text. A sentence opening with a full name and reaching "his"/"her" after a preposition
// says which pronoun that person takes, so a later "she said" is not his.
describe('the pronoun a full name’s own possessive gives it', () => {
  const story = 'Ana Lima got a text from her student Tom Reyes. Tom Reyes had flown home after his wife called. Over the phone, Reyes told Lima that he was hiding. “It was very spontaneous,” she said.';

  it('keeps "she said" from the man the text calls "his"', () => {
    expect(quotesIn(story).at(-1)?.speaker).not.toBe('Tom Reyes');
    expect(quotesIn(story).at(-1)?.speaker).toBe('Ana Lima');
  });

  it('reads nothing from "her" after a verb, which may be an object', () => {
    const told = 'Tom Reyes told her mother he was sorry. Over the phone, Reyes said he was hiding. “It was very spontaneous,” he said.';
    expect(quotesIn(told).at(-1)?.speaker).toBe('Tom Reyes');
  });
});
