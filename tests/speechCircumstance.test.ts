import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

// Invented text. The words before ", X said" are reported speech only when they are a clause of
// their own; a participle opening the sentence is the circumstance of the speaking.
describe('a participle clause before the speaker is never what was said', () => {
  it('gives the question put to the speaker no one, and keeps the answer', () => {
    const quotes = quotesIn('Police in Porto met reporters on Friday.\n\nAsked if the inquiry was taking longer than normal, Jane Okafor said simply, “No.”');
    expect(quotes.map((q) => q.words)).not.toContain('Asked if the inquiry was taking longer than normal');
    expect(quotes.some((q) => q.form === 'reported' && /Asked/.test(q.words))).toBe(false);
  });

  it('reads "When pressed ..." and "Speaking to ..." the same way', () => {
    for (const text of [
      'When pressed on the cost of the new pier in Porto, Jane Okafor said the council would decide.',
      'Speaking to reporters outside the court in Porto, Tom Tarrow said he would appeal.',
    ]) {
      const quotes = quotesIn(text);
      expect(quotes.some((q) => /^(When pressed|Speaking to)/.test(q.words))).toBe(false);
    }
  });

  it('reads what was said after the verb instead: "told reporters up to 35 people ..."', () => {
    const quotes = quotesIn('Speaking on condition of anonymity, a police official told reporters up to 35 people were believed to be involved in the attack.');
    expect(quotes.some((q) => /Speaking on condition/.test(q.words))).toBe(false);
    expect(quotes).toContainEqual(expect.objectContaining({ form: 'reported', speaker: 'a police official', words: 'up to 35 people were believed to be involved in the attack' }));
  });

  it('still reports a clause with a subject of its own before the speaker', () => {
    const quotes = quotesIn('The ferry will not sail again until the inspectors have finished, Jane Okafor said.');
    expect(quotes).toContainEqual(expect.objectContaining({ form: 'reported', speaker: 'Jane Okafor', words: expect.stringContaining('The ferry will not sail again') }));
  });
});
