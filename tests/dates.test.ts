import { describe, expect, it } from 'vitest';
import { articleDay, findDates } from '../scripts/extract/dates/resolveDates.ts';
import { withDates } from '../scripts/align/datedEvidence.ts';
import type { Facts } from '../scripts/contracts/facts.ts';
import { join } from 'node:path';
import { runPipeline } from '../scripts/pipeline.ts';
import { verifyFacts } from '../scripts/build/verify.ts';

// Friday 6 June 2031 (invented articles throughout).
const FRIDAY = { year: 2031, month: 6, day: 6 };

describe('findDates resolves day phrases against the article date', () => {
  it('"on Wednesday" in a Friday article is the Wednesday two days before', () => {
    const text = 'The harbour board met on Wednesday and voted to close the pier.';
    const [d] = findDates(text, FRIDAY);
    expect(d).toEqual({ phrase: 'on Wednesday', start: text.indexOf('on Wed'), end: text.indexOf(' and'), basis: 'publication', date: '2031-06-04' });
    expect(text.slice(d!.start, d!.end)).toBe(d!.phrase);
  });

  it('"as of Thursday" is the day before; its trailing comma is not part of the phrase', () => {
    const text = 'As of Thursday, 40 people were missing.';
    const [d] = findDates(text, FRIDAY);
    expect(d!.date).toBe('2031-06-05');
    expect(d!.phrase).toBe('Thursday');
    expect(text.slice(d!.start, d!.end)).toBe('Thursday');
  });

  it('a bare weekday is the past one in a report, the coming one when the passage speaks of the future', () => {
    expect(findDates('Crews reopened the road on Monday.', FRIDAY)[0]!.date).toBe('2031-06-02');
    expect(findDates('The council will vote on Monday.', FRIDAY)[0]!.date).toBe('2031-06-09');
    expect(findDates('Crews said the road would reopen on Tuesday.', FRIDAY)[0]!.date).toBe('2031-06-03');
    expect(findDates('She’ll give a speech Thursday on the race.', FRIDAY)[0]!.date).toBe('2031-06-12');
    expect(findDates('The mayor is going to visit on Saturday.', FRIDAY)[0]!.date).toBe('2031-06-07');
    // The day of the saying is past even when what was said is of the future.
    expect(findDates('Repairs will begin on Monday, the harbour master said on Tuesday.', FRIDAY).map((d) => [d.phrase, d.date])).toEqual([['on Monday', '2031-06-09'], ['on Tuesday', '2031-06-03']]);
    expect(findDates('The pier will reopen soon, Lima told reporters Wednesday.', FRIDAY)[0]!.date).toBe('2031-06-04');
  });

  it('"yesterday" and a day without its year are resolved against the article date', () => {
    expect(findDates('Officials said yesterday that the ferry sank.', FRIDAY)[0]).toMatchObject({ phrase: 'yesterday', basis: 'publication', date: '2031-06-05' });
    expect(findDates('The pier closed on Jan. 5 after the storm.', FRIDAY)[0]).toMatchObject({ phrase: 'Jan. 5', basis: 'publication', date: '2031-01-05' });
  });

  it('an absolute date needs no article date', () => {
    const text = 'The storm struck on June 3, 2031, before dawn.';
    expect(findDates(text, undefined)).toEqual([
      { phrase: 'June 3, 2031', start: text.indexOf('June'), end: text.indexOf(', before'), basis: 'absolute', date: '2031-06-03' },
    ]);
    expect(findDates('The report (2031-05-30) was leaked.', undefined)[0]).toMatchObject({ basis: 'absolute', date: '2031-05-30' });
  });

  it('a relative phrase in an article with no date is recorded and left unresolved, never guessed', () => {
    expect(findDates('The board met on Wednesday.', undefined)).toEqual([{ phrase: 'on Wednesday', start: 14, end: 26, basis: 'unresolved' }]);
    expect('The board met on Wednesday.'.slice(14, 26)).toBe('on Wednesday');
  });

  it('a relative day inside a quotation is the speaker\'s and is left out; an absolute one is kept', () => {
    expect(findDates('“Tomorrow they will say we failed,” the mayor said on Thursday.', FRIDAY).map((d) => [d.phrase, d.date])).toEqual([['on Thursday', '2031-06-05']]);
    expect(findDates('He said: "We left on June 3, 2031, and on Monday."', FRIDAY).map((d) => d.phrase)).toEqual(['June 3, 2031']);
  });

  it('times, months, years, spans, fractions and names are not days', () => {
    const text = 'About 10 a.m. last week, 2/3 of the crew in May 2019 read the Sunday Times; they march 3 miles now. The Sun said so Wed.';
    expect(findDates(text, FRIDAY)).toEqual([]);
  });

  it('a date inside an inline tag of a saved page is not the text\'s', () => {
    expect(findDates('Read <a href="/2031-05-01/story">the story</a> from Monday.', FRIDAY).map((d) => d.phrase)).toEqual(['Monday']);
  });
});

describe('articleDay reads the publication date as given', () => {
  it('takes an ISO date as written, in the publisher\'s own zone', () => {
    expect(articleDay('2031-06-06T23:30:00-05:00')).toEqual(FRIDAY);
    expect(articleDay('June 6, 2031')).toEqual(FRIDAY);
    expect(articleDay(undefined)).toBeUndefined();
    expect(articleDay('recently')).toBeUndefined();
  });
});

describe('withDates', () => {
  it('puts the phrases on the evidence with file offsets, resolved against each source\'s own date', () => {
    const file = 'Headline\n\nThe pier closed on Wednesday after the storm.';
    const quote = 'The pier closed on Wednesday after the storm.';
    const start = file.indexOf(quote);
    const facts: Facts = {
      format: 1, generator: 'test', conflicts: [],
      sources: [{ id: 'a', file: 'a.txt', published: '2031-06-06' }, { id: 'b', file: 'b.txt' }],
      claims: [{ id: 's-pier', kind: 'statement', text: quote, evidence: [
        { source: 'a', quote, start, end: start + quote.length },
        { source: 'b', quote, start, end: start + quote.length },
      ] }],
    };
    const [a, b] = withDates(facts).claims[0]!.evidence;
    expect(a!.dates).toEqual([{ phrase: 'on Wednesday', start: start + 16, end: start + 28, basis: 'publication', date: '2031-06-04' }]);
    expect(file.slice(a!.dates![0]!.start, a!.dates![0]!.end)).toBe('on Wednesday');
    expect(b!.dates).toEqual([{ phrase: 'on Wednesday', start: start + 16, end: start + 28, basis: 'unresolved' }]);
  });
});

describe('verify checks the day phrases', () => {
  const dir = join(import.meta.dirname, 'fixtures/dated/pier-storm');
  it('finds every phrase at its offsets in the file, and names one that is not', () => {
    const facts = runPipeline(dir).facts;
    expect(verifyFacts(facts, dir)).toEqual([]);
    const claim = facts.claims.find((c) => c.evidence.some((e) => e.dates?.length))!;
    const e = claim.evidence.find((x) => x.dates?.length)!;
    const moved = { ...facts, claims: [{ ...claim, evidence: [{ ...e, dates: [{ ...e.dates![0]!, start: e.dates![0]!.start + 1, end: e.dates![0]!.end + 1 }] }] }] };
    expect(verifyFacts(moved, dir).map((m) => m.problem)).toEqual([`date phrase "${e.dates![0]!.phrase}" differs from the file text at ${e.dates![0]!.start + 1}-${e.dates![0]!.end + 1}`]);
  });
});
