import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { sentencesFrom } from './support/sentences.ts';

const read = (...texts: string[]) => extractQuantities(sentencesFrom(...texts)).map((m) => [m.value, m.unit]);

describe('extractQuantities: ages listed with one unit, figures in titles (session 17)', () => {
  it('reads bare figures listed before an age as ages ("respectively 81 and 79 years old")', () => {
    expect(read('The pair, respectively 81 and 79 years old, ran the mill.')).toEqual([[81, 'years old'], [79, 'years old']]);
    expect(read('Her sons are 4, 7 and 9 years old.')).toEqual([[4, 'years old'], [7, 'years old'], [9, 'years old']]);
    // A figure joined by more than a list separator keeps its own reading.
    expect(read('He kept 5 goats until he was 60 years old.')).toEqual([[5, 'goats'], [60, 'years old']]);
  });
  it('does not lend the noun before to a figure run into a capitalised word ("acted in 12 Bridges")', () => {
    expect(read('Some 400 Norlanders watched.', 'She later acted in 12 Bridges for years.')).toEqual([[400, 'norlanders']]);
    // An elliptical figure with a lower-case word after it still borrows the noun.
    expect(read('Some 400 Norlanders watched.', 'About 300 stayed late.')).toEqual([[400, 'norlanders'], [300, 'norlanders']]);
  });
  it('reads a currency as a compound\'s first part as money, the sum "$20 bills" names ("20-dollar bills")', () => {
    const money = (text: string) => extractQuantities(sentencesFrom(text)).map((m) => [m.value, m.unit, m.head]);
    expect(money('She paid in 20-dollar bills.')).toEqual(money('She paid in $20 bills.'));
    expect(money('She paid in 20-dollar bills.')).toEqual([[20, 'USD', 'bill']]);
    expect(read('It was a 5-euro note.')).toEqual([[5, 'EUR']]);
  });
});
