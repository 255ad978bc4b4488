/**
 * contentWords reads plain ASCII text with an ASCII search and any other text with the Unicode one:
 * both must give the same words. A dash (not ASCII, no word) added to an ASCII sentence sends it down
 * the Unicode path without changing its words.
 */
import { describe, expect, it } from 'vitest';
import { contentWords } from '../scripts/align/words.ts';

const SENTENCES = [
  "The U.S.-based clinic hired 1,200 nurses, O'Brien's office said on Monday.",
  'Rescuers pulled 3 people from the 10-storey block at 4.30 a.m.; 2,4-D was found.',
  "A spokesperson said the town's mayor-elect, Ana Lima, wasn't told -- yet.",
  'X, Y and Z: 7 items at $12.50 each, up 3.5% from 2031... (est.)',
];

describe('contentWords', () => {
  it('gives an ASCII sentence the words it has when read as Unicode text', () => {
    for (const s of SENTENCES) {
      const ascii = contentWords(s);
      expect(ascii.length).toBeGreaterThan(3);
      expect(contentWords(`${s} —`)).toEqual(ascii);
    }
  });

  it('keeps stops, commas and apostrophes inside a word (crudely stemmed)', () => {
    expect(contentWords(SENTENCES[0]!)).toEqual(expect.arrayContaining(['u.s.-bas', '1200', "o'brien"]));
  });
});
