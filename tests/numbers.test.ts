import { describe, it, expect } from 'vitest';
import { findNumbers, parseNumberWords, type NumberKind, type NumberMention } from '../scripts/extract/quantities/numbers.ts';

/** What a test expects of one mention: the exact phrase it covers plus any fields worth checking. */
type Expected = { phrase: string; kind: NumberKind } & Partial<Omit<NumberMention, 'start' | 'end' | 'kind'>>;
type Case = [sentence: string, expected: Expected];

/** Find the mention covering `phrase` and check it field by field; the phrase must come out exactly. */
function expectMention(sentence: string, expected: Expected): NumberMention {
  const found = findNumbers(sentence);
  const m = found.find((x) => sentence.slice(x.start, x.end) === expected.phrase);
  expect(m, `no mention "${expected.phrase}" in ${JSON.stringify(found.map((x) => sentence.slice(x.start, x.end)))}`).toBeDefined();
  const { phrase, ...fields } = expected;
  expect(m).toMatchObject(fields);
  expect(m?.start).toBe(sentence.indexOf(phrase));
  return m as NumberMention;
}

/** The phrases findNumbers reports, in order. */
const phrases = (text: string): string[] => findNumbers(text).map((m) => text.slice(m.start, m.end));

const runCases = (cases: Case[]): void => {
  it.each(cases)('%s', (sentence, expected) => {
    expectMention(sentence, expected);
  });
};

describe('plain digits, thousands separators, decimals and scale words', () => {
  runCases([
    ['Officials counted 1,700 ballots by noon.', { phrase: '1,700', kind: 'count', value: 1700 }],
    ['The ferry carried 300 passengers.', { phrase: '300', kind: 'count', value: 300 }],
    ['A crowd of 75,000 gathered outside.', { phrase: '75,000', kind: 'count', value: 75000 }],
    ['Rainfall reached 1.5 inches overnight.', { phrase: '1.5 inches', kind: 'measure', value: 1.5, unit: 'in' }],
    ['The region has 1.2 million residents.', { phrase: '1.2 million', kind: 'count', value: 1200000 }],
    ['Some 3 billion doses were shipped.', { phrase: 'Some 3 billion', kind: 'count', value: 3e9, qualifier: 'some' }],
    ['The network reaches 5bn viewers.', { phrase: '5bn', kind: 'count', value: 5e9 }],
    ['The archive holds 12,345,678 pages.', { phrase: '12,345,678', kind: 'count', value: 12345678 }],
  ]);
});

describe('money', () => {
  runCases([
    ['The bridge will cost $600 million to build.', { phrase: '$600 million', kind: 'money', value: 6e8, unit: 'USD' }],
    ['Debt rose to $1.5 trillion last year.', { phrase: '$1.5 trillion', kind: 'money', value: 1.5e12, unit: 'USD' }],
    ['The firm was valued at $5.2bn on Monday.', { phrase: '$5.2bn', kind: 'money', value: 5.2e9, unit: 'USD' }],
    ['The club paid £14m for the striker.', { phrase: '£14m', kind: 'money', value: 14e6, unit: 'GBP' }],
    ['Brussels pledged €3 billion in aid.', { phrase: '€3 billion', kind: 'money', value: 3e9, unit: 'EUR' }],
    ['Brussels later added €3bn more.', { phrase: '€3bn', kind: 'money', value: 3e9, unit: 'EUR' }],
    ['The loan was US$2 million.', { phrase: 'US$2 million', kind: 'money', value: 2e6, unit: 'USD' }],
    ['The grant totalled 2 million euros.', { phrase: '2 million euros', kind: 'money', value: 2e6, unit: 'EUR' }],
    ['He was fined 500 dollars.', { phrase: '500 dollars', kind: 'money', value: 500, unit: 'USD' }],
    ['Damage was put at 600 million dollars.', { phrase: '600 million dollars', kind: 'money', value: 6e8, unit: 'USD' }],
    ['A ticket costs ¥500 in Osaka.', { phrase: '¥500', kind: 'money', value: 500, unit: 'JPY' }],
    ['Tea costs Rs 500 a kilo.', { phrase: 'Rs 500', kind: 'money', value: 500, unit: 'INR' }],
    ['The refit cost A$40 million.', { phrase: 'A$40 million', kind: 'money', value: 4e7, unit: 'AUD' }],
    ['A startup raised $50k.', { phrase: '$50k', kind: 'money', value: 50000, unit: 'USD' }],
    ['The deal is worth upwards of $100 mil a year.', { phrase: 'upwards of $100 mil', kind: 'money', value: 1e8, unit: 'USD', qualifier: 'upwards of' }],
    ['He asked for nothing less than $25,000 a month.', { phrase: 'nothing less than $25,000', kind: 'money', value: 25000, unit: 'USD', qualifier: 'nothing less than' }],
    ['The estate was sold for 2 million pounds.', { phrase: '2 million pounds', kind: 'money', value: 2e6, unit: 'GBP' }],
  ]);
});

describe('word numbers', () => {
  runCases([
    ['Four people were hurt.', { phrase: 'Four', kind: 'count', value: 4 }],
    ['There were twenty-one cases.', { phrase: 'twenty-one', kind: 'count', value: 21 }],
    ['Three hundred workers walked out.', { phrase: 'Three hundred', kind: 'count', value: 300 }],
    ['She bought a dozen eggs.', { phrase: 'a dozen', kind: 'count', value: 12 }],
    ['A hundred volunteers came.', { phrase: 'A hundred', kind: 'count', value: 100 }],
    ['Half a million people lost power.', { phrase: 'Half a million', kind: 'count', value: 500000 }],
    ['One hundred and five homes flooded.', { phrase: 'One hundred and five', kind: 'count', value: 105 }],
    ['Two million voters turned out.', { phrase: 'Two million', kind: 'count', value: 2e6 }],
    ['Between one and two people stayed.', { phrase: 'Between one and two', kind: 'count', value: 1.5, low: 1, high: 2 }],
  ]);

  it('vague words (dozens, hundreds, several, thousands) are not numbers', () => {
    expect(findNumbers('Dozens were hurt, hundreds fled, several died and thousands marched.')).toEqual([]);
  });

  it('a lone "a" and a lone "one" are not numbers', () => {
    expect(findNumbers('A man said one of them was no one he knew; someone left one day.')).toEqual([]);
  });

  it('"one" before "more", "other" or "additional" counts one more thing, but not in idioms', () => {
    expectMention('Officials expect at least one more round of talks.', { phrase: 'at least one', kind: 'count', value: 1, qualifier: 'at least' });
    expectMention('One other patient was flown to the coast.', { phrase: 'One', kind: 'count', value: 1 });
    expectMention('The mayor hired one additional inspector.', { phrase: 'one', kind: 'count', value: 1 });
    expect(phrases('Try one more time; one other thing: one more than that.')).toEqual([]);
  });

  it('"one" after "no", "all", "any", "every" or "each" is a pronoun, whatever follows it', () => {
    expect(phrases('No one likes delays; all one needs is patience, and every one counts while each one waits.')).toEqual([]);
    expectMention('All one hundred passengers survived.', { phrase: 'one hundred', kind: 'count', value: 100 });
  });

  it('"one" before a singular noun in -is ("one analysis", "one crisis") is not read as a plural', () => {
    expect(phrases('This is just one analysis of one crisis.')).toEqual([]);
  });

  it('a capitalised number word inside a sentence is part of a name', () => {
    expect(findNumbers('The story ran on Page Six, beside the Big Four banks.').map((m) => m.kind)).toEqual(['identifier', 'identifier']);
    expectMention('Seven boats sank.', { phrase: 'Seven', kind: 'count', value: 7 });
  });

  it('a camel-case product name before a number makes it a name, and reference marks are no figures', () => {
    expect(findNumbers('She bought PlayStation 5 consoles.').map((m) => m.kind)).toEqual(['identifier']);
    expect(findNumbers('The syndrome is rare.[12][13]')).toEqual([]);
  });

  it('fractions written in words are not counts', () => {
    expect(findNumbers('Two-thirds of voters agreed.')).toEqual([]);
  });
});

describe('ranges: low/high with the midpoint as value', () => {
  runCases([
    ['Between 75,000 and 80,000 people marched.', { phrase: 'Between 75,000 and 80,000', kind: 'count', value: 77500, low: 75000, high: 80000 }],
    ['Estimates ran 75,000 to 80,000.', { phrase: '75,000 to 80,000', kind: 'count', low: 75000, high: 80000 }],
    ['Estimates ran 75,000-80,000.', { phrase: '75,000-80,000', kind: 'count', low: 75000, high: 80000 }],
    ['Estimates ran 75,000–80,000.', { phrase: '75,000–80,000', kind: 'count', low: 75000, high: 80000 }],
    // ("Queues grew from 10 to 20 cars" is a change, two levels: tests/quantityChanges.test.ts.)
    ['Each queue held from 10 to 20 cars.', { phrase: 'from 10 to 20', kind: 'count', value: 15, low: 10, high: 20 }],
    ['Repairs will cost $5 million to $7 million.', { phrase: '$5 million to $7 million', kind: 'money', value: 6e6, low: 5e6, high: 7e6, unit: 'USD' }],
    ['It takes two to three weeks.', { phrase: 'two to three weeks', kind: 'measure', value: 2.5, low: 2, high: 3, unit: 'weeks' }],
    ['Waves of 10 to 20 feet hit.', { phrase: '10 to 20 feet', kind: 'measure', low: 10, high: 20, unit: 'ft' }],
    ['Turnout fell 5-10%.', { phrase: '5-10%', kind: 'percent', value: 7.5, low: 5, high: 10, unit: '%' }],
    ['Records cover 2019-2021.', { phrase: '2019-2021', kind: 'year', low: 2019, high: 2021 }],
    ['The 2019-20 season was cut short.', { phrase: '2019-20', kind: 'year', low: 2019, high: 2020 }],
  ]);

  it('a scale word applies to both sides ("1 to 2 million")', () => {
    expectMention('They said 1 to 2 million fled.', { phrase: '1 to 2 million', kind: 'count', value: 1.5e6, low: 1e6, high: 2e6 });
    expectMention('They raised $5-7 million.', { phrase: '$5-7 million', kind: 'money', low: 5e6, high: 7e6, unit: 'USD' });
    expectMention('between 5 and 10 billion euros', { phrase: 'between 5 and 10 billion euros', kind: 'money', low: 5e9, high: 1e10, unit: 'EUR' });
  });

  it('a scale word does not reach back past a larger figure ("$500,000 to $2 million")', () => {
    expectMention('Bids were $500,000 to $2 million.', { phrase: '$500,000 to $2 million', kind: 'money', low: 500000, high: 2e6 });
  });

  it('a descending pair is not a range ("a 5 to 4 vote")', () => {
    expect(phrases('It passed on a 5 to 4 vote.')).toEqual(['5', '4']);
  });
});

describe('qualifiers immediately before the number are included', () => {
  const qualified: Array<[string, string]> = [
    ['about', 'about 8,500'], ['roughly', 'roughly 1.2 million'], ['approximately', 'approximately 40'], ['around', 'around 300'],
    ['nearly', 'nearly 50'], ['almost', 'almost 60'], ['more than', 'more than 1,000'], ['over', 'over 70'],
    ['at least', 'at least 12'], ['up to', 'up to 20'], ['fewer than', 'fewer than 10'], ['less than', 'less than 5'],
    ['some', 'some 400'], ['an estimated', 'an estimated 5,000'], ['as many as', 'as many as 300'],
    ['just over', 'just over 90'], ['just under', 'just under 80'], ['under', 'under 18'],
  ];
  it.each(qualified)('%s', (qualifier, phrase) => {
    const m = expectMention(`Officials said ${phrase} people were affected.`, { phrase, kind: 'count', qualifier });
    expect(m.numberStart - m.start).toBe(qualifier.length + 1);
  });

  it('qualifiers are matched case-insensitively and normalised to lower case', () => {
    expectMention('More  Than 200 homes burned.', { phrase: 'More  Than 200', kind: 'count', value: 200, qualifier: 'more than' });
  });

  it('a qualifier covers money, percent and ranges too', () => {
    expectMention('It cost about $600 million.', { phrase: 'about $600 million', kind: 'money', qualifier: 'about' });
    expectMention('Turnout was nearly 45%.', { phrase: 'nearly 45%', kind: 'percent', value: 45, qualifier: 'nearly' });
    expectMention('It took roughly 10 to 12 hours.', { phrase: 'roughly 10 to 12 hours', kind: 'measure', qualifier: 'roughly' });
  });

  it('"some 2000 people" is a count, "around 2010," stays a year', () => {
    expectMention('Some 2000 people came.', { phrase: 'Some 2000', kind: 'count', value: 2000 });
    expectMention('Around 2010, the plant closed.', { phrase: 'Around 2010', kind: 'year', value: 2010 });
  });
});

describe('percent', () => {
  runCases([
    ['Support rose to 45%.', { phrase: '45%', kind: 'percent', value: 45, unit: '%' }],
    ['Support rose to 45 percent.', { phrase: '45 percent', kind: 'percent', value: 45, unit: '%' }],
    ['Support rose to 45 per cent.', { phrase: '45 per cent', kind: 'percent', value: 45, unit: '%' }],
    ['Support rose to 4.5 percent.', { phrase: '4.5 percent', kind: 'percent', value: 4.5, unit: '%' }],
  ]);
});

describe('measurements', () => {
  runCases([
    ['The wall is 20 feet high.', { phrase: '20 feet', kind: 'measure', value: 20, unit: 'ft' }],
    ['The plane flew at 5,000 ft when it turned.', { phrase: '5,000 ft', kind: 'measure', value: 5000, unit: 'ft' }],
    ['The trench was 3 metres deep.', { phrase: '3 metres', kind: 'measure', value: 3, unit: 'm' }],
    ['The trench was 10 meters long.', { phrase: '10 meters', kind: 'measure', value: 10, unit: 'm' }],
    ['Gusts reached 120 mph.', { phrase: '120 mph', kind: 'measure', value: 120, unit: 'mph' }],
    ['The route runs 6.5 miles.', { phrase: '6.5 miles', kind: 'measure', value: 6.5, unit: 'mi' }],
    ['The fire spread 30 km east.', { phrase: '30 km', kind: 'measure', value: 30, unit: 'km' }],
    ['A 15-foot wave struck.', { phrase: '15-foot', kind: 'measure', value: 15, unit: 'ft' }],
    ['The parcel weighed 2 kilograms.', { phrase: '2 kilograms', kind: 'measure', value: 2, unit: 'kg' }],
    ['It burned 4,000 acres.', { phrase: '4,000 acres', kind: 'measure', value: 4000, unit: 'acres' }],
    ['The sprinter won the 100m final.', { phrase: '100m', kind: 'measure', value: 100, unit: 'm' }],
    ['A 300-pound bear appeared.', { phrase: '300-pound', kind: 'measure', value: 300, unit: 'lb' }],
    ['Winds hit 90 km/h.', { phrase: '90 km/h', kind: 'measure', value: 90, unit: 'km/h' }],
    ['It reached 30C in Madrid.', { phrase: '30C', kind: 'measure', value: 30, unit: '°C' }],
    ['The jump was a 14m drop.', { phrase: '14m', kind: 'measure', value: 14, unit: 'm' }],
    ['Support fell 3 percentage points.', { phrase: '3 percentage points', kind: 'measure', value: 3, unit: 'pp' }],
    ['The flat is 800 square feet.', { phrase: '800 square feet', kind: 'measure', value: 800, unit: 'sq ft' }],
  ]);

  it('"N-year-old" is a measure with unit "years old"', () => {
    expectMention('A 15-year-old girl was rescued.', { phrase: '15-year-old', kind: 'measure', value: 15, unit: 'years old' });
    expectMention('The four-year-old slept.', { phrase: 'four-year-old', kind: 'measure', value: 4, unit: 'years old' });
    expectMention('He is 82 years old.', { phrase: '82 years old', kind: 'measure', value: 82, unit: 'years old' });
  });
});

describe('not counts: ordinals, identifiers, years, dates, times, phones, addresses', () => {
  runCases([
    ['The 82nd Airborne deployed.', { phrase: '82nd', kind: 'ordinal', value: 82 }],
    ['She finished 2nd overall.', { phrase: '2nd', kind: 'ordinal', value: 2 }],
    ['It was his 18th birthday.', { phrase: '18th', kind: 'ordinal', value: 18 }],
    ['An F-16 escorted the jet.', { phrase: 'F-16', kind: 'identifier' }],
    ['The F-35 program grew.', { phrase: 'F-35', kind: 'identifier' }],
    ['COVID-19 cases fell.', { phrase: 'COVID-19', kind: 'identifier' }],
    ['The G7 met in June.', { phrase: 'G7', kind: 'identifier' }],
    ['A Boeing 737 landed.', { phrase: 'Boeing 737', kind: 'identifier' }],
    ['Leaders of the Group of 20 met in Porto.', { phrase: 'Group of 20', kind: 'identifier' }],
    ['The A320 was grounded.', { phrase: 'A320', kind: 'identifier' }],
    ['The plant opened in 2014.', { phrase: '2014', kind: 'year', value: 2014 }],
    ['Prices have doubled since 2008.', { phrase: '2008', kind: 'year', value: 2008 }],
    ['2017 was the wettest year.', { phrase: '2017', kind: 'year', value: 2017 }],
    ['The treaty was signed February 2, 2022, in Geneva.', { phrase: 'February 2, 2022', kind: 'date', value: 20220202 }],
    ['The vote is on Feb. 2 this year.', { phrase: 'Feb. 2', kind: 'date', value: 202 }],
    ['The talks began 2 February 2022.', { phrase: '2 February 2022', kind: 'date', value: 20220202 }],
    ['The form was dated 12/05/2021.', { phrase: '12/05/2021', kind: 'date', value: 20211205 }],
    ['The alarm sounded at 9:06.', { phrase: '9:06', kind: 'time', value: 546 }],
    ['The alarm sounded at 9:06 a.m. sharp.', { phrase: '9:06 a.m.', kind: 'time', value: 546 }],
    ['Curfew starts at 10 p.m. nightly.', { phrase: '10 p.m.', kind: 'time', value: 1320 }],
    ['Call 555-123-4567 for help.', { phrase: '555-123-4567', kind: 'phone' }],
    ['Call (212) 555-1234 for help.', { phrase: '(212) 555-1234', kind: 'phone' }],
    ['Call +44 20 7946 0958 for help.', { phrase: '+44 20 7946 0958', kind: 'phone', value: 442079460958 }],
    ['The trial opened 2021-12-05.', { phrase: '2021-12-05', kind: 'date', value: 20211205 }],
    ['Prices peaked in June 2022.', { phrase: 'June 2022', kind: 'date', value: 20220600 }],
    ['The summit ran March 15-17, 2023.', { phrase: 'March 15-17, 2023', kind: 'date', low: 20230315, high: 20230317 }],
    ['The bar shut at 9.30pm.', { phrase: '9.30pm', kind: 'time', value: 1290 }],
    ['The shift ends at 12 a.m. sharp.', { phrase: '12 a.m.', kind: 'time', value: 0 }],
    ['Engineers patched version 2.4.1 overnight.', { phrase: '2.4.1', kind: 'identifier' }],
    ['Protesters gathered at 1600 Pennsylvania Avenue on Sunday.', { phrase: '1600 Pennsylvania Avenue', kind: 'address', value: 1600 }],
    ['Fans queued outside 221B Baker Street.', { phrase: '221B Baker Street', kind: 'address', value: 221 }],
  ]);

  it('"the 1990s" is a year, not a count', () => {
    expectMention('Crime fell in the 1990s.', { phrase: '1990s', kind: 'year', value: 1990 });
  });

  it('a comma makes a 4-digit number a count, not a year', () => {
    expectMention('It drew 2,014 visitors.', { phrase: '2,014', kind: 'count', value: 2014 });
  });

  it('a date after its month and a figure after the date are kept apart', () => {
    expect(phrases('On May 5, 2,000 people marched.')).toEqual(['May 5', '2,000']);
  });

  it('lower-case "may" is a verb, not a month', () => {
    expect(findNumbers('Officials may 5 times reconsider.').map((m) => m.kind)).toEqual(['count']);
  });
});

describe('numbers inside words or URLs are ignored', () => {
  it('skips URLs and e-mail addresses', () => {
    expect(findNumbers('See https://news.example.com/2021/05/story-42 or mail desk7@example.org today.')).toEqual([]);
  });

  it('never reports a number glued to letters as a count', () => {
    const kinds = findNumbers('Codes abc123def, MP3 and 3D glasses.').map((m) => m.kind);
    expect(kinds).not.toContain('count');
  });

  it('a lower-case prefix such as "mid-" does not hide the year', () => {
    expectMention('Work resumes in mid-2020.', { phrase: '2020', kind: 'year', value: 2020 });
  });
});

describe('sentence-final period is not a decimal point', () => {
  it('"rose to 45." reads 45', () => {
    expectMention('The toll rose to 45.', { phrase: '45', kind: 'count', value: 45 });
  });

  it('a real decimal before a full stop is kept', () => {
    expectMention('The index closed at 45.6.', { phrase: '45.6', kind: 'count', value: 45.6 });
  });

  it('a new sentence straight after the period is not read as decimals', () => {
    expect(phrases('The toll rose to 45. 12 more were missing.')).toEqual(['45', '12']);
  });
});

describe('offsets, ordering and non-overlap', () => {
  const text = 'About 8,500 people fled, between 75,000 and 80,000 stayed, $600 million was pledged, roughly 1.2 million lost power at 9:06 a.m. under 20 feet of water.';

  it('text.slice(start, end) is the whole expression, qualifier included', () => {
    expect(phrases(text)).toEqual(['About 8,500', 'between 75,000 and 80,000', '$600 million', 'roughly 1.2 million', '9:06 a.m.', 'under 20 feet']);
  });

  it('numberStart points at the figure after the qualifier or range word', () => {
    const figures = findNumbers(text).map((m) => text.slice(m.numberStart, m.end));
    expect(figures).toEqual(['8,500', '75,000 and 80,000', '$600 million', '1.2 million', '9:06 a.m.', '20 feet']);
  });

  it('mentions are ordered by start and never overlap', () => {
    const found = findNumbers(`${text} Call (212) 555-1234 on February 2, 2022 about the 2019-20 season.`);
    for (const [i, m] of found.entries()) {
      expect(m.start).toBeLessThan(m.end);
      expect(m.numberStart).toBeGreaterThanOrEqual(m.start);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
    }
  });

  it('numberStart keeps the currency sign', () => {
    const text = 'It cost about $600 million.';
    const [m] = findNumbers(text);
    expect(text.slice(m?.numberStart, m?.end)).toBe('$600 million');
  });

  it('returns nothing for empty or number-free text', () => {
    expect(findNumbers('')).toEqual([]);
    expect(findNumbers('No figures were given.')).toEqual([]);
  });

  it('is stable across calls (no state leaks between runs)', () => {
    expect(findNumbers(text)).toEqual(findNumbers(text));
  });
});

describe('round-trips generated figures (property-style)', () => {
  /** Small deterministic PRNG (mulberry32) so failures reproduce. */
  function rng(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const QUALIFIERS = ['', 'about', 'roughly', 'nearly', 'more than', 'at least', 'up to', 'some', 'an estimated', 'as many as', 'just over', 'fewer than'];
  const random = rng(20240601);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const int = (max: number): number => Math.floor(random() * max);
  const fmt = (n: number): string => n.toLocaleString('en-US');

  it('single counts with commas and qualifiers: value and offsets', () => {
    for (let i = 0; i < 300; i++) {
      const n = int(10 ** (1 + int(9)));
      const q = pick(QUALIFIERS);
      const figure = fmt(n);
      const phrase = q ? `${q} ${figure}` : figure;
      const text = `Officials said ${phrase} people were affected.`;
      const [m, ...rest] = findNumbers(text);
      expect(rest, text).toEqual([]);
      expect(m, text).toMatchObject({ kind: 'count', value: n, start: 15, end: 15 + phrase.length, numberStart: 15 + phrase.length - figure.length });
      expect(m?.qualifier, text).toBe(q || undefined);
    }
  });

  it('money with scale words and ranges: value, low/high and offsets', () => {
    for (let i = 0; i < 200; i++) {
      const low = 1 + int(500);
      const high = low + 1 + int(500);
      const [word, scale] = pick([['million', 1e6], ['billion', 1e9], ['thousand', 1e3]] as const);
      const asRange = random() < 0.5;
      const phrase = asRange ? `between $${low} and $${high} ${word}` : `$${fmt(low)}.5 ${word}`;
      const text = `Lawmakers approved ${phrase} on Tuesday.`;
      const found = findNumbers(text);
      expect(found, text).toHaveLength(1);
      const m = found[0];
      expect(text.slice(m?.start, m?.end), text).toBe(phrase);
      expect(m?.unit).toBe('USD');
      if (asRange) expect(m, text).toMatchObject({ low: low * scale, high: high * scale, value: ((low + high) * scale) / 2 });
      else expect(m?.value, text).toBeCloseTo((low + 0.5) * scale, 3);
    }
  });
});

describe('parseNumberWords', () => {
  it.each([
    ['four', 4], ['a dozen', 12], ['twenty-one', 21], ['three hundred', 300], ['1.2 million', 1200000], ['half a million', 500000],
    ['a hundred', 100], ['one hundred and five', 105], ['two hundred thousand', 200000], ['5bn', 5e9], ['75,000', 75000],
    ['Twenty Five', 25], ['half a dozen', 6], ['two dozen', 24], ['one million two hundred thousand', 1200000],
  ] as const)('%s -> %d', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });

  it.each(['dozens', 'hundreds', 'several', 'thousands', 'a', 'hundred', 'two three', 'twenty ten', '', 'half', 'million million'])(
    'rejects %j',
    (words) => {
      expect(parseNumberWords(words)).toBeUndefined();
    },
  );
});

// Speed is measured by `npm run bench`. Here: shared global regexes must not leak state between calls.
describe('statelessness', () => {
  it('gives the same mentions for the same sentence on every call', () => {
    const sentence = 'About 2,400 people fled on March 3, 2029, after $75 million in damage, police said at 9:15 a.m.';
    const first = findNumbers(sentence);
    expect(first).toHaveLength(4);
    for (let i = 0; i < 1000; i++) expect(findNumbers(sentence)).toEqual(first);
  });
});

describe('uncertain counts and single units', () => {
  it('reads "three or four weeks" as a range, only between near neighbours', () => {
    expect(findNumbers('It could last three or four weeks.')).toMatchObject([{ low: 3, high: 4, unit: 'weeks', kind: 'measure' }]);
    expect(findNumbers('Route 17 or 180 people').map((m) => m.low)).toEqual([undefined, undefined]);
  });
  it('reads "for one year" as a figure but not "one day" (some day)', () => {
    expect(findNumbers('The start was delayed for one year.')).toMatchObject([{ value: 1, unit: 'years' }]);
    expect(findNumbers('She hopes to return one day.')).toEqual([]);
  });
});

describe('findNumbers: magnitudes and model numbers', () => {
  it('reads a magnitude named before its figure, and one "on the Richter scale"', () => {
    expectMention('A magnitude-6.2 quake struck.', { phrase: 'magnitude-6.2', kind: 'measure', value: 6.2, unit: 'magnitude', numberStart: 12 });
    expectMention('A magnitude 7.1 earthquake hit.', { phrase: 'magnitude 7.1', kind: 'measure', value: 7.1, unit: 'magnitude' });
    expectMention('It had a preliminary magnitude of 6.4.', { phrase: 'magnitude of 6.4', kind: 'measure', value: 6.4, unit: 'magnitude' });
    expectMention('The quake measured 6.2 on the Richter scale.', { phrase: '6.2 on the Richter scale', kind: 'measure', value: 6.2, unit: 'magnitude' });
  });
  it('reads digits after a capitalised word inside the sentence as a model name', () => {
    expectMention('Two men in a black Porsche 911 fled.', { phrase: 'Porsche 911', kind: 'identifier', value: 911 });
    expectMention('He flew his Cessna 172 home.', { phrase: 'Cessna 172', kind: 'identifier', value: 172 });
    // A model year right before the make ends a mention of its own; the name still makes the digits a model.
    expectMention('They drove off in his black 2008 Porsche 911 Carrera.', { phrase: 'Porsche 911', kind: 'identifier', value: 911 });
  });
  it('keeps a count after a capitalised qualifier, a place after a preposition, a day, or a speech verb', () => {
    expectMention('More Than 200 Homes Burned', { phrase: 'More Than 200', kind: 'count', value: 200 });
    expectMention('In Texas 30 people died.', { phrase: '30', kind: 'count' });
    expectMention('The Pentagon said Monday 200 troops left.', { phrase: '200', kind: 'count' });
    expectMention('He told Reuters 40 people died.', { phrase: '40', kind: 'count' });
  });
  it('reads a number word glued to a bullet underscore', () => {
    expectMention('_Two officers were shot.', { phrase: 'Two', kind: 'count', value: 2 });
  });
});

describe('findNumbers: a capitalised determiner is no model name', () => {
  it('reads "Timing The 24 ... satellites" (a heading run into the sentence) as a count', () => {
    expectMention('Positioning and Timing The 24 satellites in orbit.', { phrase: '24', kind: 'count', value: 24 });
  });
});

describe('findNumbers: a fraction character and millions glued on', () => {
  const read = (text: string) => findNumbers(text).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);
  it('adds a fraction written as one character to the whole figure before it ("4 ½ hours", "10½ ounce")', () => {
    expect(read('It took 4 ½ hours.')).toEqual([['4 ½ hours', 4.5, 'h']]);
    expect(read('A 10½ ounce weight.')).toEqual([['10½ ounce', 10.5, 'oz']]);
  });
  it('reads a lower-case "m" glued to a figure as millions before a plural noun, and as metres otherwise', () => {
    expect(read('Dinosaurs died out 66m years ago.')).toEqual([['66m years', 66_000_000, 'years']]);
    expect(read('The 310m tower and the 400m hurdles.')).toEqual([['310m', 310, 'm'], ['400m', 400, 'm']]);
  });
});

describe('findNumbers: "a little" hedges', () => {
  it('keeps "a little more than" and "a little over" as the qualifier as written', () => {
    const [m] = findNumbers('It happened a little over two months ago.');
    expect(m).toMatchObject({ value: 2, unit: 'months', qualifier: 'a little over' });
  });
});
