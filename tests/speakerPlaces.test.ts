import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

// Invented text. "throughout", "along", "beyond", "amid" qualify the noun before them like "in" and
// "across": the place after them is no speaker.
describe('a subject qualified by where it is', () => {
  it('keeps the head noun, not the place', () => {
    expect(quotesIn('Residents throughout Norland said the ferry was late.')[0]?.speaker).toBe('Residents throughout Norland');
    expect(quotesIn('Doctors along the coast said the ferry was late.')[0]?.speaker).toBe('Doctors along the coast');
  });
});
