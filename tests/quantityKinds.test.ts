import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { sentencesFrom } from './support/sentences.ts';

const sentences = sentencesFrom;

const read = (...texts: string[]) => extractQuantities(sentences(...texts)).map((m) => [m.qualifier ?? '', m.value, m.unit]);

describe('extractQuantities: a part "out of" a whole', () => {
  it('gives the part the whole\'s noun ("five out of 29 member countries"), and leaves a small rate a share', () => {
    expect(read('It is one of just five out of 29 member countries that meet the goal.')).toEqual([['', 5, 'countries'], ['', 29, 'countries']]);
    expect(read('Only two out of 29 NATO countries met the goal.')).toEqual([['', 2, 'countries'], ['', 29, 'countries']]);
    expect(read('Only 12 of 50 states require the test.')).toEqual([['', 12, 'states'], ['', 50, 'states']]);
    expect(read('Three out of four doctors agree with the plan.')).toEqual([['', 75, '%']]);
  });
});

describe('extractQuantities: a count written with "-plus"', () => {
  it('reads "16-plus women" as at least 16 women, and "20-plus years" as a measure', () => {
    expect(read('He was accused of misconduct by 16-plus women.')).toEqual([['at least', 16, 'women']]);
    expect(read('She spent 20-plus years in the department.')).toEqual([['at least', 20, 'years']]);
    // An arithmetic "plus" between figures is no bound.
    expect(read('The fee is 40 dollars plus 5 dollars for shipping.').map((m) => m[0])).toEqual(['', '']);
  });
});

describe('extractQuantities: ratios', () => {
  it('counts nothing in "by a 2:1 margin" or "outspent 10-to-1", and reads "voted 7-to-2" as votes', () => {
    expect(read('By a 2:1 margin, voters say it is the wrong policy.')).toEqual([]);
    expect(read('Voters backed the plan by a 3-to-1 margin.')).toEqual([]);
    expect(read('The panel voted 7-to-2 to approve the plan.')).toEqual([['', 7, 'votes'], ['', 2, 'votes']]);
  });
});

describe('extractQuantities: numbers that name, not count', () => {
  it('lends no noun to a numbered list\'s marker alone on its line ("1.")', () => {
    expect(read('Here are the three core principles of the plan:', '1.', 'Build more housing.')).toEqual([['', 3, 'principles']]);
  });
  it('lends no noun to digits after a name that opens the sentence ("Treblinka 1 was"), but does after a hedge ("Only 150 are")', () => {
    expect(read('There were two camps at the site.', 'Tarrowgate 1 was a labour camp.')).toEqual([['', 2, 'camps']]);
    expect(read('Of the 600 workers, about 450 are staying.', 'Only 150 are leaving.')).toEqual([['', 600, 'workers'], ['about', 450, 'workers'], ['', 150, 'workers']]);
  });
});

describe('extractQuantities: units of volume and weight', () => {
  it('reads "4 cubic meters (141 cubic feet)" as volumes and a glued "80g" as grams', () => {
    expect(read('The tank held around 4 cubic meters (141 cubic feet) of water.')).toEqual([['around', 4, 'cu m'], ['', 141, 'cu ft']]);
    expect(read('A portion counts as 80g of fruit.')).toEqual([['', 80, 'g']]);
    // A figure's panel letter after "Fig." is no weight.
    expect(read('4g) and attach to the tail.', 'See panels 4g–i for the rest.')).toEqual([]);
  });
});

describe('extractQuantities: a hyphened figure among the modifiers', () => {
  it('reads past a figure joined to a participle to the plural head ("1,200 two-handled clay jars")', () => {
    expect(read('The wreck holds more than 1,200 well-preserved two-handled clay jars.')).toEqual([['more than', 1200, 'jars']]);
  });
});

describe('extractQuantities: ages and labels that borrow no noun', () => {
  it('reads "Two other crewmen" as crewmen, a plural in -men', () => {
    expect(read('The pilot flew 58 missions.', 'Two other crewmen died in the crash.')).toEqual([['', 58, 'missions'], ['', 2, 'crewmen']]);
  });
  it('lends no noun to an age after a name: ", now 45," and a last ", 9." before the sentence ends', () => {
    expect(read('She found 45 half-siblings.', 'Roe, now 45, told the paper about it.')).toEqual([['', 45, 'half-siblings']]);
    expect(read('They live in Tarrow with their two children, Hannah, 13, and Greyson, 9.')).toEqual([['', 2, 'children']]);
  });
  it('lends no noun to a bare number in quotation marks ("numbered “1” and “2.”")', () => {
    expect(read('The airline will board through two lanes.', 'The lanes will be numbered “1” and “2.”')).toEqual([['', 2, 'lanes']]);
  });
});

describe('extractQuantities: the last side of a parallel list', () => {
  it('still counts a figure in words after a name at the sentence end ("and Tarrow, seven.")', () => {
    expect(read('Three states sent them: Ardenia, which sent 11 prisoners; Belmark, nine; and Tarrow, seven.').map((m) => m[1])).toEqual([3, 11, 9, 7]);
  });
});

describe('extractQuantities: ages said to be', () => {
  it('reads "their average age was 7" and "patients 21 and younger" as ages, not counts of the noun before', () => {
    expect(read('Doctors saw 120 cases.', 'Their average age was 7.')).toEqual([['', 120, 'cases'], ['', 7, 'years old']]);
    expect(read('In all, 120 people, mostly patients 21 and younger, were diagnosed.')).toEqual([['', 120, 'people'], ['at most', 21, 'years old']]);
    expect(read('The program serves students 12 and older.')).toEqual([['at least', 12, 'years old']]);
  });
});

describe('extractQuantities: nouns after the counted plural', () => {
  it('counts the plural of "four counts felony conspiracy", as a compound\'s first nouns are singular', () => {
    expect(read('He is charged with four counts felony conspiracy and two counts felony arson.')).toEqual([['', 4, 'counts'], ['', 2, 'counts']]);
    expect(read('The city bought three fire trucks.')).toEqual([['', 3, 'trucks']]);
  });
  it('counts nothing in "a six-figure salary", and reads "55 mile-per-hour" as a speed', () => {
    expect(read('The staff got 12 raises.', 'Their six-figure salaries will continue.')).toEqual([['', 12, 'raises']]);
    expect(read('The trucks will keep to the 55 mile-per-hour speed limit.')).toEqual([['', 55, 'mph']]);
  });
});

describe('extractQuantities: numbers that mark, not count', () => {
  it('lends no noun to a bracketed item number, a page after "p." or a rank after "ranked"', () => {
    expect(read('The group lists three duties.', 'An advocate (1) explains the law, (2) asks for change and (3) helps the family.')).toEqual([['', 3, 'duties']]);
    expect(read('The study covered 40 sites (Nature, p. 16).')).toEqual([['', 40, 'sites']]);
    expect(read('Doctors scored 12 features, from normal (ranked 1) to severe (ranked 5).')).toEqual([['', 12, 'features']]);
  });
});

describe('extractQuantities: a hedged distance of one unit', () => {
  it('reads "a little more than a mile", "about a mile" and "about a mile long" as one mile, not an unhedged "a mile"', () => {
    expect(read('A little more than a mile away was the second camp.')).toEqual([['a little more than', 1, 'mi']]);
    expect(read('The site is about a mile from downtown.')).toEqual([['about', 1, 'mi']]);
    expect(read('They walked a mile to the store.')).toEqual([]);
    expect(read('The queue was about a mile long.')).toEqual([['about', 1, 'mi']]);
  });
});
