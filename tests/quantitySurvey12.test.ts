import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { sentencesFrom } from './support/sentences.ts';

const read = (...texts: string[]) => extractQuantities(sentencesFrom(...texts)).map((m) => [m.value, m.unit]);

describe('extractQuantities: bare figures that borrow no count noun (survey of untuned clusters, round 12)', () => {
  it('lends no earlier count noun to a figure after "since", a point in time', () => {
    expect(read('The office hired 40 new clerks.', 'Since 7-9, the queue has been shorter.')).toEqual([[40, 'clerks']]);
    // Without "since" the bare span still borrows, as elliptical figures do.
    expect(read('The office hired 40 new clerks.', 'Another 7-9 were hired on Monday.')).toEqual([[40, 'clerks'], [8, 'clerks']]);
  });
  it('lends no earlier count noun to the field of a rank ("17th out of 22")', () => {
    expect(read('The rate fell nearly 4 points.', 'The town ranks 12th out of 30 on this measure.')).toEqual([[4, 'points']]);
    expect(read('The rate fell nearly 4 points.', 'The team finished third of 18.')).toEqual([[4, 'points']]);
  });
});

describe('extractQuantities: what a frame or a unit says', () => {
  it('reads a name\'s capitalised words as modifiers after "the number of" ("the number of Harbour Board seats to five from seven")', () => {
    expect(read('Two aides said so.', 'The council may cut the number of Harbour Board seats to five from seven, aides say.')).toEqual([[2, 'aides'], [5, 'seats'], [7, 'seats']]);
  });
  it('reads a lower-case "g" spaced after digits as grams, not a count of the noun before', () => {
    expect(read('Eat 6 portions, or 480 g, of greens a day.', 'Few eat more than 500 g a day.')).toEqual([[6, 'portions'], [480, 'g'], [500, 'g']]);
    // Not a "g" that opens a word or an abbreviation.
    expect(read('Eat 6 portions a day.', 'Panel 3 g.i. scans were read.').filter(([, u]) => u === 'g')).toEqual([]);
  });
});

describe('extractQuantities: an age span after "between the ages of"', () => {
  it('reads "between the ages of 30 and 40" as one span of ages, not two ages', () => {
    expect(extractQuantities(sentencesFrom('The man, believed to be between the ages of 30 and 40, ran off.')).map((m) => [m.value, m.low, m.high, m.unit])).toEqual([[35, 30, 40, 'years old']]);
  });
});

describe('extractQuantities: a hyphen left hanging before "to" or "or"', () => {
  it('reads "a four- to 10-year term" as one span of years, not 10 years and a count of the noun before', () => {
    expect(extractQuantities(sentencesFrom('Two clerks were charged.', 'Each faces a four- to 10-year term.')).map((m) => [m.value, m.low, m.high, m.unit])).toEqual([[2, undefined, undefined, 'clerks'], [7, 4, 10, 'years']]);
    expect(extractQuantities(sentencesFrom('The course runs as a two- or three-day camp.')).map((m) => [m.value, m.low, m.high, m.unit])).toEqual([[2.5, 2, 3, 'days']]);
  });
});

describe('extractQuantities: a span written as one hyphenated compound ("a two-to-six-year term")', () => {
  const spans = (text: string) => extractQuantities(sentencesFrom(text)).map((m) => [m.value, m.low, m.high, m.unit]);
  it('reads "a two-to-six-year term" and "a 3-to-5-day stay" as one span each, not the second figure alone', () => {
    expect(spans('The clerk will serve a two-to-six-year term.')).toEqual([[4, 2, 6, 'years']]);
    expect(spans('Guests booked a 3-to-5-day stay at the lodge.')).toEqual([[4, 3, 5, 'days']]);
    // A number word before digits: not an identifier such as "F-16".
    expect(spans('The clerk will serve a three-to-10-year term.')).toEqual([[6.5, 3, 10, 'years']]);
  });
  it('still reads a ratio or a tally written with "-to-" as before, not as a span', () => {
    expect(spans('The board backed the plan 7-to-2 on Monday.').some(([, low]) => low !== undefined)).toBe(false);
    expect(spans('Rivals were outspent 10-to-1 in the race.').some(([, low]) => low !== undefined)).toBe(false);
  });
});
