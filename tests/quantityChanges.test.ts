import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { sentencesFrom } from './support/sentences.ts';

const read = (...texts: string[]) => extractQuantities(sentencesFrom(...texts)).map((m) => (m.low === undefined ? [m.value, m.unit] : [m.value, m.unit, m.low, m.high]));

describe('extractQuantities: a level before and after a change is two figures, not a span', () => {
  it('reads "from X to Y" after a verb of change as both levels', () => {
    expect(read('The bill would raise the minimum wage from $7.25 to $12 an hour.')).toEqual([[7.25, 'USD'], [12, 'USD']]);
    expect(read('The top rate would rise from 33 percent to 41.5 percent.')).toEqual([[33, "%"], [41.5, "%"]]);
  });
  it('gives the level before the change the unit, scale or noun written only after the level it reached', () => {
    expect(read('The plan raises the top rate from 33 to 41.5 percent.')).toEqual([[33, "%"], [41.5, "%"]]);
    expect(read('Sales grew from 1 to 2 million units.')).toEqual([[1000000, 'units'], [2000000, 'units']]);
    expect(read('The crowd went from 40 to 60 people by noon.')).toEqual([[40, 'people'], [60, 'people']]);
  });
  it('reads a change and the level it reached ("fell $2.10 to $30.65") as two figures', () => {
    expect(read('Shares of the bakery fell $2.10 to $30.65 on Monday.')).toEqual([[2.1, 'USD'], [30.65, 'USD']]);
  });
  it('keeps a span where nothing changes, or where the first figure has no unit of its own', () => {
    expect(read('Temperatures ranged from 40 to 60 degrees.')).toEqual([[50, '°', 40, 60]]);
    expect(read('The repairs would cost $5 million to $7 million.')).toEqual([[6000000, 'USD', 5000000, 7000000]]);
    expect(read('Profits fell 20 to 30 percent last year.')).toEqual([[25, '%', 20, 30]]);
    expect(read('The new road cut travel times by anywhere from 20 to 30 minutes.')).toEqual([[25, 'min', 20, 30]]);
    expect(read('Children from 4 to 10 years old took part.')).toEqual([[7, 'years old', 4, 10]]);
  });
});

describe('extractQuantities: cents', () => {
  it('reads cents as hundredths of a dollar', () => {
    expect(read('The bakery earned 37 cents a share in the quarter.')).toEqual([[0.37, 'USD']]);
    expect(read('The levy adds 1.75 cents per ounce.')).toEqual([[0.0175, 'USD']]);
    expect(read('Shares rose 52 cents to $14.10.')).toEqual([[0.52, 'USD'], [14.1, 'USD']]);
  });
  it('leaves "per cent" a percentage', () => {
    expect(read('Rents rose 5 per cent.')).toEqual([[5, '%']]);
  });
});

describe('extractQuantities: a name among the modifiers of a counted noun', () => {
  it('reads a capitalised name between a singular noun and the plural head ("five deep sea Roman ships")', () => {
    expect(read('The wreck is one of just five deep sea Roman ships found so far.')).toEqual([[5, 'ships']]);
  });
});
