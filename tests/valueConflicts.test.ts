import { describe, expect, it } from 'vitest';
import { valueConflicts } from '../scripts/align/valueConflicts.ts';
import { clockConflicts } from '../scripts/align/clockConflicts.ts';
import { distinctConflicts } from '../scripts/align/distinctConflicts.ts';
import { roundedAgree } from '../scripts/align/clockRounding.ts';
import { sameMeasure, toBase } from '../scripts/align/unitConversion.ts';
import { roundedFiguresAgree } from '../scripts/align/figureRounding.ts';
import type { Claim } from '../scripts/contracts/facts.ts';

/** A quantity claim with one sentence per source (invented). */
function figure(id: string, value: number, unit: string, ...said: Array<[source: string, sentence: string]>): Claim {
  return { id, kind: 'quantity', text: said[0]![1], quantity: { value, unit }, evidence: said.map(([source, quote]) => ({ source, quote, start: 0, end: quote.length })) };
}

describe('valueConflicts', () => {
  it('sets no count of people killed against one of people hurt, where the claims say what they count them as', () => {
    const hurt = figure('hurt', 4, 'people', ['s1', 'Guards opened fire on the march in the harbour square on Friday, wounding at least four people.']);
    const killed = figure('killed', 5, 'people', ['s2', 'Guards opened fire on the march in the harbour square on Friday, killing five people.']);
    // Without roles the sentences read as one count given twice.
    expect(valueConflicts([hurt, killed])).toHaveLength(1);
    const roles = new Map([['hurt', 'injuries'], ['killed', 'deaths']]);
    expect(valueConflicts([hurt, killed], (id) => roles.get(id))).toEqual([]);
    expect(valueConflicts([hurt, killed], () => 'deaths')).toHaveLength(1);
  });
  it('sets two counts of one group of people named alike against each other in sentences worded apart, within a factor of two', () => {
    const group = (id: string, value: number, unit: string, source: string, sentence: string): Claim => {
      const claim = figure(id, value, unit, [source, sentence]);
      claim.quantity!.counts = unit;
      return claim;
    };
    const a = group('a', 120, 'Veldanians', 's1', 'Medics in the valley said 120 Veldanians had been killed by Sunday night as the shelling went on.');
    // The sentences share two words ("killed", "shelling"): too few for the sentence gate, enough for one group's count.
    const [conflict] = valueConflicts([a, group('b', 200, 'Veldanians', 's2', 'The shelling has now killed at least 200 Veldanians, a relief agency told reporters in the capital.')]);
    expect(conflict?.description).toContain('120 (s1) vs 200 (s2)');
    // Ten times as many is another count (a week's toll against a day's), and "villages" are not people.
    expect(valueConflicts([a, group('b', 1200, 'Veldanians', 's2', 'The shelling has now killed at least 1,200 Veldanians, a relief agency told reporters in the capital.')])).toEqual([]);
    expect(valueConflicts([
      group('a', 12, 'villages', 's1', 'Medics in the valley said 12 villages had been emptied by Sunday night as the shelling went on.'),
      group('b', 20, 'villages', 's2', 'The shelling has now emptied at least 20 villages, a relief agency told reporters in the capital.'),
    ])).toEqual([]);
  });
  it('compares lengths in different units after conversion: "16 km" agrees with "10 miles", not with "20 miles"', () => {
    const km = figure('a', 16, 'km', ['s1', 'The ferry turned back 16 km short of the harbour at Orlen when the storm broke, the coastguard said.']);
    expect(valueConflicts([km, figure('b', 10, 'mi', ['s2', 'The ferry turned back 10 miles short of the harbour at Orlen when the storm broke, the coastguard said.'])])).toEqual([]);
    const [conflict] = valueConflicts([km, figure('b', 20, 'mi', ['s2', 'The ferry turned back 20 miles short of the harbour at Orlen when the storm broke, the coastguard said.'])]);
    expect(conflict?.description).toContain('16 km (s1) vs 20 mi (s2)');
  });
  it('sets counted phrases that describe the thing alike against each other however the sentences go on', () => {
    const counted = (id: string, value: number, counts: string, source: string, sentence: string): Claim => {
      const claim = figure(id, value, 'colleges', [source, sentence]);
      claim.quantity!.counts = counts;
      return claim;
    };
    const a = counted('a', 40, 'small private liberal arts colleges', 's1', 'Researchers surveyed 40 small private liberal arts colleges across the north last spring.');
    // The sentences share too few words to be alike (Jaccard under 0.3), but both phrases say "small private".
    const [conflict] = valueConflicts([a, counted('b', 35, 'small private colleges', 's2', 'Fees at 35 small private colleges climbed faster than anywhere else, the Orlen group’s survey found.')]);
    expect(conflict?.description).toContain('40 (s1) vs 35 (s2)');
    // One describing word in common ("private") is not enough: "private colleges" may be another group.
    expect(valueConflicts([a, counted('b', 35, 'private religious colleges', 's2', 'Fees at 35 private religious colleges climbed faster than anywhere else, the Orlen group’s survey found.')])).toEqual([]);
  });
  it('does not set a count of one thing against the same noun of another ("laps of the lake" vs "laps of the park")', () => {
    expect(valueConflicts([
      figure('a', 5, 'laps', ['s1', 'On the charity day the runners will make five laps of the lake, each one ending at the old boathouse.']),
      figure('b', 12, 'laps', ['s2', 'On the charity day the runners will make 12 short laps of the park, each one ending at the old boathouse.']),
    ])).toEqual([]);
    const [conflict] = valueConflicts([
      figure('a', 5, 'laps', ['s1', 'On the charity day the runners will make five laps of the lake, each one ending at the old boathouse.']),
      figure('b', 9, 'laps', ['s2', 'On the charity day the runners will make nine laps of the lake, each one ending at the old boathouse.']),
    ]);
    expect(conflict?.description).toContain('5 (s1) vs 9 (s2)');
  });
  it('does not set two rates of different kinds against each other ("the income tax rate" vs "the business tax rate")', () => {
    const rate = (id: string, value: number, source: string, sentence: string): Claim => figure(id, value, '%', [source, sentence]);
    expect(valueConflicts([
      rate('a', 41.5, 's1', 'The Orlen plan would cut the highest income tax rate from 41.5 percent to 25 percent, the council said on Monday.'),
      rate('b', 33, 's2', 'The Orlen plan would cut the business tax rate from 33 percent to 15 percent, the council said on Monday.'),
    ])).toEqual([]);
    // One kind of rate in both sentences, at two figures, is a disagreement.
    const [conflict] = valueConflicts([
      rate('a', 41.5, 's1', 'The Orlen plan would cut the highest income tax rate from 41.5 percent to 25 percent, the council said on Monday.'),
      rate('b', 33, 's2', 'The Orlen plan would cut the income tax rate from 33 percent to 25 percent, the council said on Monday.'),
    ]);
    expect(conflict?.description).toContain('41.5% (s1) vs 33% (s2)');
  });
  it('does not set one part of a count ("40 shells hit ... and 55 more were intercepted") against another source\'s whole', () => {
    expect(valueConflicts([
      figure('a', 40, 'shells', ['s1', 'The army said 40 shells fired from the hills hit Orlen on Friday and 55 more were intercepted by its air defence.']),
      figure('b', 150, 'shells', ['s2', 'Officials said gunmen in the hills had fired more than 150 shells at Orlen and at least 60 more had been intercepted by air defence.']),
    ])).toEqual([]);
    const [conflict] = valueConflicts([
      figure('a', 40, 'shells', ['s1', 'The army said 40 shells fired from the hills hit Orlen on Friday, and air defence was busy.']),
      figure('b', 50, 'shells', ['s2', 'The army said 50 shells fired from the hills hit Orlen on Friday, and air defence was busy.']),
    ]);
    expect(conflict?.description).toContain('40 (s1) vs 50 (s2)');
  });
  it('does not set a part of a group ("three of the victims were children") against another source\'s whole, only against another part', () => {
    expect(valueConflicts([
      figure('a', 3, 'victims', ['s1', 'Police said three of the victims of the ferry fire at Orlen on Friday were children.']),
      figure('b', 10, 'victims', ['s2', 'Police said the ferry fire at Orlen on Friday claimed ten victims.']),
    ])).toEqual([]);
    const [conflict] = valueConflicts([
      figure('a', 3, 'victims', ['s1', 'Police said three of the victims of the ferry fire at Orlen on Friday were children.']),
      figure('b', 4, 'victims', ['s2', 'Police said four of the victims of the ferry fire at Orlen on Friday were children.']),
    ]);
    expect(conflict?.description).toContain('3 (s1) vs 4 (s2)');
  });
  it('reads an age in whole years as the years completed: "a 3-year-old" agrees with "three and a half years old"', () => {
    expect(valueConflicts([
      figure('a', 3.5, 'years old', ['s1', 'A three and a half year old boy was bitten by a dog at the Orlen Safari Lodge on Sunday, rangers said.']),
      figure('b', 3, 'years old', ['s2', 'A 3-year-old boy was bitten by a dog at the Orlen Safari Lodge on Sunday, rangers said.']),
    ])).toEqual([]);
  });
  it('compares "parts" with "objects" (one kind of thing) and finds the different figures', () => {
    const [conflict] = valueConflicts([
      figure('a', 4, 'parts', ['s1', 'Divers searching the harbour floor found four large parts of the sunken barge, the coast guard said.']),
      figure('b', 2, 'objects', ['s2', 'Divers searching the harbour floor found two large objects from the sunken barge, the coast guard said.']),
    ]);
    expect(conflict?.description).toContain('4 (s1) vs 2 (s2)');
  });
  it('is no conflict when the other source gives the same measurement in another unit', () => {
    expect(valueConflicts([
      figure('a', 10, 'km', ['s1', 'The tremor struck at a depth of 10 km, some 40 miles from the port of Orlen.']),
      figure('b', 64, 'km', ['s2', 'The tremor struck at a depth of 6 miles, some 64 km from the port of Orlen.']),
      figure('c', 6, 'mi', ['s2', 'The tremor struck at a depth of 6 miles, some 64 km from the port of Orlen.']),
      figure('d', 40, 'mi', ['s1', 'The tremor struck at a depth of 10 km, some 40 miles from the port of Orlen.']),
    ])).toEqual([]);
  });
  it('reads another measure of the other source in the first one\'s own unit as written: "5.2 miles" is not "5 miles"', () => {
    const [conflict] = valueConflicts([
      figure('a', 5, 'mi', ['s1', 'The new trail around the lake at Orlen runs 5 miles, the rangers said.']),
      figure('b', 6, 'mi', ['s2', 'The new trail around the lake at Orlen runs 6 miles, the rangers said.']),
      figure('c', 5.2, 'mi', ['s2', 'The old road to the lake is 5.2 miles from the town.']),
    ]);
    expect(conflict?.description).toContain('5 (s1) vs 6 (s2)');
  });
  it('reads a figure given with its conversion as one figure, which says nothing of agreeing with another source', () => {
    // s2's 9.5 million km is its own 5.9 million miles converted, and within rounding of s1's 5.7 million miles too.
    const [conflict, ...rest] = valueConflicts([
      figure('a', 5700000, 'mi', ['s1', 'After four passes of the moon, the lander will come within 5.7 million miles of the comet.']),
      figure('b', 5900000, 'mi', ['s2', 'After four passes of the moon, the lander will come within 5.9 million miles (9.5 million kilometres) of the comet.']),
      figure('c', 9500000, 'km', ['s2', 'After four passes of the moon, the lander will come within 5.9 million miles (9.5 million kilometres) of the comet.']),
    ]);
    expect(rest).toEqual([]);
    expect(conflict?.description).toContain('5.7 million (s1) vs 5.9 million (s2)');
  });
  it('does not set two unnamed people\'s ages or heights against each other, nor figures of another year', () => {
    expect(valueConflicts([
      figure('a', 34, 'years old', ['s1', 'The first suspect in the depot robbery is described as a 34-year-old man with a beard.']),
      figure('b', 51, 'years old', ['s2', 'The second suspect in the depot robbery is described as a 51-year-old man with a cap.']),
    ])).toEqual([]);
    expect(valueConflicts([
      figure('a', 74, 'in', ['s1', 'Police described the first robbery suspect as a man about 74 inches tall, wearing a cap.']),
      figure('b', 68, 'in', ['s2', 'Police described the second robbery suspect as a man about 68 inches tall, wearing a hood.']),
    ])).toEqual([]);
    expect(valueConflicts([
      figure('a', 14, 'people', ['s1', 'The landslide that buried part of the town of Orlen killed 14 people, the governor said.']),
      figure('b', 40, 'people', ['s2', 'The 1998 landslide that buried part of the town of Orlen killed 40 people, the governor said.']),
    ])).toEqual([]);
  });
  it('still sets one named person\'s two ages against each other', () => {
    const [conflict] = valueConflicts([
      figure('a', 34, 'years old', ['s1', 'The suspect, Dana Mirel, a 34-year-old from the port, was arrested at the depot.']),
      figure('b', 43, 'years old', ['s2', 'The suspect, Dana Mirel, a 43-year-old from the port, was arrested at the depot.']),
    ]);
    expect(conflict?.description).toContain('34 (s1) vs 43 (s2)');
  });
});

describe('hedged clock times', () => {
  it('reads "about 1:30" as covering 1:24, but "around 9:06" as exact', () => {
    expect(roundedAgree({ minutes: 90, sentence: 'The owner called police about 1:30 a.m.' }, { minutes: 84, sentence: 'At approximately 1:24 a.m. police responded.' })).toBe(true);
    expect(roundedAgree({ minutes: 546, sentence: 'The call came in at around 9:06 a.m.' }, { minutes: 549, sentence: 'Deputies were dispatched at 9:09 a.m.' })).toBe(false);
    expect(roundedAgree({ minutes: 90, sentence: 'The owner called police at 1:30 a.m.' }, { minutes: 84, sentence: 'Police were called at 1:24 a.m.' })).toBe(false);
  });
  it('makes no clock conflict of a rounded time and a precise one', () => {
    expect(clockConflicts([
      figure('a', 90, 'clock time', ['s1', 'The tenant alerted county police about 1:30 a.m.']),
      figure('b', 84, 'clock time', ['s2', 'At approximately 1:24 a.m. county police were alerted to an intruder.']),
    ])).toEqual([]);
  });
});

describe('one disagreement, one conflict', () => {
  it('keeps the first of two conflicts with the same sides (a clock rule and a value rule on one pair)', () => {
    const a = figure('a', 546, 'clock time', ['s1', 'Dispatchers took the first call from the depot at 9:06 a.m., the sheriff said.']);
    const b = figure('b', 549, 'clock time', ['s2', 'Dispatchers took the first call from the depot at 9:09 a.m., the sheriff said.']);
    const both = [...valueConflicts([a, b]), ...clockConflicts([a, b])];
    expect(both).toHaveLength(2);
    expect(distinctConflicts(both)).toEqual([both[0]]);
  });
});

describe('unit conversion', () => {
  it('brings miles and kilometres to metres and allows the rounding of a conversion', () => {
    expect(toBase(6, 'mi')).toEqual({ dimension: 'length', value: 9656.064 });
    expect(sameMeasure(toBase(6, 'mi')!.value, toBase(10, 'km')!.value)).toBe(true);
    expect(sameMeasure(toBase(20, 'mi')!.value, toBase(10, 'km')!.value)).toBe(false);
    expect(toBase(3, 'people')).toBeUndefined();
  });

  it('reads "close to 2,500" as rounded: it covers 2,550, not 2,600, and a bound or a bare figure rounds nothing', () => {
    expect(roundedFiguresAgree({ value: 2500, qualifier: 'close to' }, { value: 2550, qualifier: 'up to' })).toBe(true);
    expect(roundedFiguresAgree({ value: 2500, qualifier: 'about' }, { value: 2600 })).toBe(false);
    expect(roundedFiguresAgree({ value: 9, qualifier: 'about' }, { value: 10, qualifier: 'nearly' })).toBe(false);
    expect(roundedFiguresAgree({ value: 2500, qualifier: 'nearly' }, { value: 2550 })).toBe(false);
    expect(roundedFiguresAgree({ value: 900000, qualifier: 'about' }, { value: 1600000, qualifier: 'some' })).toBe(false);
  });
  it('shows no conflict between an approximate figure and one its rounding covers', () => {
    const close = (value: number, qualifier: string, source: string, sentence: string): Claim => ({ ...figure(source + value, value, 'F', [source, sentence]), quantity: { value, unit: 'F', qualifier } });
    expect(valueConflicts([
      close(2500, 'close to', 's1', 'The kiln lining near the burners of the Orlen plant must withstand temperatures close to 2,500 degrees, engineers said.'),
      close(2550, 'up to', 's2', 'The kiln lining near the burners of the Orlen plant must withstand temperatures up to 2,550 degrees, engineers said.'),
    ])).toEqual([]);
    const [apart] = valueConflicts([
      close(2500, 'close to', 's1', 'The kiln lining near the burners of the Orlen plant must withstand temperatures close to 2,500 degrees, engineers said.'),
      close(2700, 'up to', 's2', 'The kiln lining near the burners of the Orlen plant must withstand temperatures up to 2,700 degrees, engineers said.'),
    ]);
    expect(apart?.description).toContain('(s1) vs');
  });
});
