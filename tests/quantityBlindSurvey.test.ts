import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { sentencesFrom } from './support/sentences.ts';

const read = (...texts: string[]) => extractQuantities(sentencesFrom(...texts)).map((m) => [m.value, m.unit]);

describe('extractQuantities: one unit of time after a word that measures time out (blind survey, session 12)', () => {
  it('reads "spent a week", "closed for a month", "in an hour" as one of the unit', () => {
    expect(read('The band spent a week in the studio.')).toEqual([[1, 'weeks']]);
    expect(read('The bakery closed for a month.')).toEqual([[1, 'months']]);
    expect(read('The ferry can carry 800 riders in an hour.')).toEqual([[800, 'riders'], [1, 'h']]);
    expect(read('She stayed at the hut for a day before walking out.')).toEqual([[1, 'days']]);
  });
  it('reads no duration in a rate, a date-like "a week later", "a day or two" or "in a year when"', () => {
    expect(read('He visits once a week.')).toEqual([]);
    expect(read('A week later, he left town.')).toEqual([]);
    expect(read('The firm earns $5 million a year.')).toEqual([[5000000, 'USD']]);
    expect(read('They stayed for a day or two.')).toEqual([]);
    expect(read('Bonuses rose in a year when the firm lost money.')).toEqual([]);
    expect(read('He won for a second time.')).toEqual([]);
    expect(read('He was jailed for a year and a half.')).toEqual([[1.5, 'years']]);
  });
});

describe('extractQuantities: the sides of a size share the unit written once', () => {
  it('reads "19.2 by 17.6 meters" and "10 x 12 feet" as two lengths, not a bare figure and a length', () => {
    expect(read('The pit was 19.2 by 17.6 meters in size.')).toEqual([[19.2, 'm'], [17.6, 'm']]);
    expect(read('Each cell is 10 x 12 feet.')).toEqual([[10, 'ft'], [12, 'ft']]);
    expect(read('Officers found 40 guns.', 'The vault was 3 by 4 meters.')).toEqual([[40, 'guns'], [3, 'm'], [4, 'm']]);
  });
});

describe('extractQuantities: a singular compound that is itself the noun counts nothing', () => {
  it('reads no count in "fed 4-hydroxyhexanal to", "behind an 18-wheeler until", "the 2200-block of"', () => {
    expect(read('Researchers fed 4-hydroxyhexanal (4HH) to the goats.')).toEqual([]);
    expect(read('The boys hid behind an 18-wheeler until dawn.')).toEqual([]);
    expect(read('The fire started in the 2200-block of Elm Road.')).toEqual([]);
  });
  it('still counts the noun of a compound that modifies a noun, a quoted noun or a list of modifiers', () => {
    expect(read('She read the 304-page report.')).toEqual([[304, 'pages']]);
    expect(read('He filed a 12-page "review" of it.')).toEqual([[12, 'pages']]);
    expect(read('It is a new two-lane, color-coded system.')).toEqual([[2, 'lanes']]);
    expect(read('She signed a 10-page will.')).toEqual([[10, 'pages']]);
  });
});

describe('extractQuantities: an age one turns', () => {
  it('reads "turns 37", "turned 18", "will turn 90" as ages', () => {
    expect(read('She turns 37 today.')).toEqual([[37, 'years old']]);
    expect(read('Two clerks were hired.', 'He turned 18 in May.')).toEqual([[2, 'clerks'], [18, 'years old']]);
    expect(read('The judge, who will turn 90 in June, retired.')).toEqual([[90, 'years old']]);
  });
  it('keeps a unit or a noun after the figure one turns', () => {
    expect(read('The car turned 180 degrees.')).toEqual([[180, '°']]);
    expect(read('He turned 300 pages.')).toEqual([[300, 'pages']]);
  });
});

describe('extractQuantities: a comma between an adjective and a noun that modify one plural head', () => {
  it('reads "two large, battleground states" as two states', () => {
    expect(read('The mayor named two large, battleground states.')).toEqual([[2, 'states']]);
    expect(read('They met three new, county officials.')).toEqual([[3, 'officials']]);
  });
});
