import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { sentencesFrom } from './support/sentences.ts';

const read = (...texts: string[]) => extractQuantities(sentencesFrom(...texts)).map((m) => [m.value, m.unit]);

describe('extractQuantities: numbers that name a kind or a service, not a count', () => {
  it('reads no count in a gun\'s bore ("a .38-caliber revolver", "a 12-gauge shotgun")', () => {
    expect(read('Police found a .38-caliber revolver and a 12-gauge shotgun in the van.')).toEqual([]);
    // A figure joined to a noun still counts it.
    expect(read('The inmate was held in a 12-bed ward.')).toEqual([[12, 'beds']]);
  });
  it('reads no count in the emergency number before what answers a call ("911 dispatchers", "a 911 call")', () => {
    expect(read('In the county, 911 dispatchers got word of the fire at noon.', 'All 911 centers can take texts.')).toEqual([]);
    // Other figures before those nouns are counts.
    expect(read('The county hired 12 dispatchers.')).toEqual([[12, 'dispatchers']]);
  });
});

describe('extractQuantities: areas written with "sq" before a whole unit word', () => {
  it('reads "2,400 sq miles" and "5,000 sq. feet" as areas', () => {
    expect(read('Ships searched 2,400 sq miles of ocean.', 'The shop covers 5,000 sq. feet.')).toEqual([[2400, 'sq mi'], [5000, 'sq ft']]);
  });
});

describe('extractQuantities: a figure joined to the noun after it borrows no count noun', () => {
  it('reads "Her 12,000 word handwritten letter" as no count of the items named before', () => {
    expect(read('At least two items drew bids.', 'Her 12,000 word handwritten letter drew the most.')).toEqual([[2, 'items']]);
  });
  it('still lets an elliptical figure before a verb or "others" borrow ("450 remain", "injuring 23 others")', () => {
    expect(read('Of the 600 workers, 450 remain.')).toEqual([[600, 'workers'], [450, 'workers']]);
    expect(read('The blast killed three people, injuring 23 others.')).toEqual([[3, 'people'], [23, 'people']]);
  });
});

describe('extractQuantities: a number that ends a quoted name', () => {
  it('lends no earlier count noun to “A.R.K. 29” or “Unit 8”', () => {
    expect(read('Investigators named two hacking teams.', 'One, called “Grey Heron” or “A.R.K. 29” by some experts, was inside for months.')).toEqual([[2, 'teams']]);
    expect(read('Three crews went out.', 'The last, known as “Unit 8”, came back first.')).toEqual([[3, 'crews']]);
  });
  it('still counts a quoted figure after words in lower case', () => {
    expect(read('Two boats sank.', 'The mayor said the port had “lost 29” since June.').length).toBeGreaterThan(1);
  });
});

describe('extractQuantities: a stock quote run into a sentence', () => {
  it('reads no share in a symbol\'s change ("HFRY, +5.77%"), and the story\'s own changes around it', () => {
    expect(read('The board of Harbor Ferries Inc.\u2019s HFRY, +5.77% said the deal was off.')).toEqual([]);
    expect(read('The harbor index HBX, -1.25% is set for a gain of 3.5% this year.')).toEqual([[3.5, '%']]);
    // A change the story writes itself stays, with two decimals too.
    expect(read('Shares of Harbor Ferries rose 5.77% on Monday.')).toEqual([[5.77, '%']]);
  });
});
