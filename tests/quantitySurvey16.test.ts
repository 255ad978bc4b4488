import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { sentencesFrom } from './support/sentences.ts';

const read = (...texts: string[]) => extractQuantities(sentencesFrom(...texts)).map((m) => [m.value, m.unit]);

describe('extractQuantities: counted nouns after modifiers and verbs (session 16)', () => {
  it('reads a plural name before its verb as the head ("12 million rural Norlanders lack access")', () => {
    expect(read('About 12 million rural Norlanders lack access.')).toEqual([[12000000, 'norlanders']]);
    expect(read('Some 12 million mostly rural Norlanders lack access.')).toEqual([[12000000, 'norlanders']]);
    expect(read('About 40 harbour workers lack cover.')).toEqual([[40, 'workers']]);
    // A plural after the singular still ends a compound of its own.
    expect(read('Two sports car makers merged.')).toEqual([[2, 'makers']]);
  });
  it('reads an ordinal that opens a compound as part of the counted phrase, not a duration or a fraction', () => {
    expect(read('She faces 3 second-degree assault charges.')).toEqual([[3, 'charges']]);
    expect(read('He got two second chances.')).toEqual([[2, 'chances']]);
    expect(read('He faces three third-degree felony counts.')).toEqual([[3, 'counts']]);
    expect(read('The clip runs 30 seconds.', 'About two-thirds of voters agreed.')).toEqual([[30, 's']]);
  });
  it('reads a compound left hanging on its hyphen before "and" as a modifier ("credit- and debit-card accounts")', () => {
    expect(read('The attack compromised 40 million credit- and debit-card accounts.')).toEqual([[40000000, 'accounts']]);
    expect(read('The plant has 400 full- and part-time workers.')).toEqual([[400, 'workers']]);
    expect(read('There were 3 men - and 2 women.')).toEqual([[3, 'men'], [2, 'women']]);
  });
  it('counts the plural a bare figure is said to be ("4.5 million are indentured labourers")', () => {
    expect(read('A study estimates that 4.5 million are indentured labourers.')).toEqual([[4500000, 'labourers']]);
    expect(read('Officials said 30 were police officers and 10 were firefighters.')).toEqual([[30, 'officers'], [10, 'firefighters']]);
    // No plural noun, or one that names something else: no count.
    expect(read('He said 40 were his friends.', 'Police said 20 are being held.')).toEqual([]);
  });
  it('reads "the number of X" past a change told in figures, "overall", and modifiers joined by "or"', () => {
    expect(read('The number of overweight or obese people rose from 857 million in 1980 to 2.1 billion in 2013.')).toEqual([[857000000, 'people'], [2100000000, 'people']]);
    expect(read('The number of foster carers rose by 40%, from 357 to more than 1,600.')).toEqual([[40, '%'], [357, 'carers'], [1600, 'carers']]);
    expect(read('The overall number of marchers, some in masks, had grown to 2,000 by noon.')).toEqual([[2000, 'marchers']]);
    // A singular in -ss before the plural is a modifier, not the noun.
    expect(read('The number of business owners rose to 40.')).toEqual([[40, 'owners']]);
  });
});

describe('extractQuantities: a crowd\'s size and a parent\'s children (session 16)', () => {
  it('counts people in a crowd given with a verb of size ("a crowd that had swelled to 2,000")', () => {
    expect(read('A crowd that had swelled to 2,000 overnight stayed at the quay.')).toEqual([[2000, 'people']]);
    expect(read('The crowd had grown to more than 20,000 by noon.')).toEqual([[20000, 'people']]);
    // A crowd's figure with its own noun keeps it; "a crowd of 400" is a group's members.
    expect(read('The crowd grew to 40 cars.', 'A crowd of 400 cheered.')).toEqual([[40, 'cars'], [400, 'members']]);
  });
  it('counts people in a bare figure that attends, gathers, turns out or flees', () => {
    expect(read('More than 500 attended the vigil.', 'Up to 300 gathered outside.')).toEqual([[500, 'people'], [300, 'people']]);
    expect(read('Organizers said 10,000 took part.', 'About two dozen others fled.')).toEqual([[10000, 'people'], [24, 'people']]);
    // A noun named before still lends itself first.
    expect(read('The school has 600 pupils.', 'About 500 attended the vigil.')).toEqual([[600, 'pupils'], [500, 'pupils']]);
  });
  it('reads two ascending ages after a larger group as the group\'s span ("three pupils, ages 4 and 5")', () => {
    expect(extractQuantities(sentencesFrom('Three pupils, ages 4 and 5, drank the cleaner.')).map((m) => [m.value, m.unit, m.low, m.high])).toEqual([[3, 'pupils', undefined, undefined], [4.5, 'years old', 4, 5]]);
    // Two people and two ages, ages given high to low, or three ages: each age its own.
    expect(read('Two children, ages 10 and 6, were hurt.')).toEqual([[2, 'children'], [10, 'years old'], [6, 'years old']]);
    expect(read('Three pupils, ages 5 and 4, were hurt.', 'Three pupils, ages 4, 6 and 9, were hurt.')).toEqual([[3, 'pupils'], [5, 'years old'], [4, 'years old'], [3, 'pupils'], [4, 'years old'], [6, 'years old'], [9, 'years old']]);
  });
  it('counts people in part of those an adjective names ("Three of the injured")', () => {
    expect(read('Three of the injured were in serious condition.')).toEqual([[3, 'people']]);
    expect(read('Two of the victims were stable.')).toEqual([[2, 'victims']]);
  });
  it('counts children after "mother of" or "father of" with no noun', () => {
    expect(read('Police questioned the mother of 10 on Friday.')).toEqual([[10, 'children']]);
    expect(read('The father of three sons spoke.', 'She is a mother of 2,000 ideas.')).toEqual([[3, 'sons'], [2000, 'ideas']]);
  });
});
