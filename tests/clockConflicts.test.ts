import { describe, expect, it } from 'vitest';
import { clockConflicts } from '../scripts/align/clockConflicts.ts';
import type { Claim } from '../scripts/contracts/facts.ts';

/** A clock-time claim (minutes after midnight) with one sentence per source. */
function time(id: string, minutes: number, ...said: Array<[source: string, sentence: string]>): Claim {
  return { id, kind: 'quantity', text: said[0]![1], quantity: { value: minutes, unit: 'clock time' }, evidence: said.map(([source, quote]) => ({ source, quote, start: 0, end: quote.length })) };
}

describe('clockConflicts', () => {
  it('finds two sources timing one moment minutes apart, with both wordings', () => {
    const [conflict, ...rest] = clockConflicts([
      time('a', 20 * 60 + 14, ['s1', 'Crews were dispatched to the pier at 8:14 p.m., the fire service said.']),
      time('b', 20 * 60 + 11, ['s2', 'Dispatchers took the first call from the pier at 8:11 p.m., officials said.']),
    ]);
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ kind: 'value', claims: ['b', 'a'] });
    expect(conflict!.wordings.map((w) => w.source)).toEqual(['s2', 's1']);
    expect(conflict!.description).toContain('8:11 p.m. (s2) vs 8:14 p.m. (s1)');
  });
  it('leaves alone times an hour apart, unrelated sentences, timelines and a source that gives both', () => {
    expect(clockConflicts([
      time('a', 20 * 60, ['s1', 'Crews were dispatched to the pier at 8 p.m.']),
      time('b', 21 * 60, ['s2', 'Crews were dispatched to the pier at 9 p.m.']),
    ])).toEqual([]);
    expect(clockConflicts([
      time('a', 20 * 60, ['s1', 'The ferry left the harbour at 8 p.m.']),
      time('b', 20 * 60 + 5, ['s2', 'Crews were dispatched to the pier at 8:05 p.m.']),
    ])).toEqual([]);
    expect(clockConflicts([
      time('a', 20 * 60, ['s1', 'The ferry was dispatched between 8 and 8:30 p.m.']),
      time('b', 20 * 60 + 5, ['s2', 'The ferry was dispatched at 8:05 p.m.']),
    ])).toEqual([]);
    expect(clockConflicts([
      time('a', 20 * 60, ['s1', 'The ferry was dispatched at 8 p.m.'], ['s2', 'The ferry was dispatched at 8 p.m. sharp.']),
      time('b', 20 * 60 + 5, ['s2', 'A second ferry was dispatched at 8:05 p.m.']),
    ])).toEqual([]);
  });
});
