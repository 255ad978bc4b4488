import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

// Invented text. A family name's lower-case particle is part of the name, not where it ends.
describe('a name with a lower-case particle', () => {
  it('keeps the whole name, inverted or not', () => {
    expect(quotesIn('“We will not move,” said Carla de Souza, the union leader.')[0]?.speaker).toBe('Carla de Souza');
    expect(quotesIn('Carla de Souza said the union would not move.')[0]?.speaker).toBe('Carla de Souza');
    expect(quotesIn('“We will not move,” said Marco van der Berg.')[0]?.speaker).toBe('Marco van der Berg');
  });

  it('joins no words that are not both sides of a name', () => {
    expect(quotesIn('“We will not move,” said the head of the union, Ana Lima.')[0]?.speaker).toBe('Ana Lima');
  });
});
