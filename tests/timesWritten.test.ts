import { describe, expect, it } from 'vitest';
import { timesWritten } from '../scripts/extract/speakers/collectNames.ts';

/** The pattern collectNames used before: whole words, successive matches. */
function byPattern(text: string, words: string): number {
  return text.match(new RegExp(`(?<![\\p{L}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu'))?.length ?? 0;
}

describe('timesWritten', () => {
  const cases: Array<[string, string, number]> = [
    ['WHA said. WHA2 xWHA WHA.', 'WHA', 3], // a digit is no letter; a letter before is
    ['Port of Norland of Port of Norland', 'Port of Norland', 2],
    ['A of A of A', 'A of A', 1], // the next match is looked for after the last one
    ['NNNN NNN', 'NNN', 1],
    ['éWHA WHA', 'WHA', 1],
    ['U.N. and U.N.A. staff', 'U.N.', 1],
    ['𝐀WHA WHA𝐀 WHA', 'WHA', 1], // a letter outside the basic plane counts as one
    ['aaa', 'aa', 0],
  ];
  it.each(cases)('counts %j as a whole-word pattern does', (text, words, expected) => {
    expect(timesWritten(text, words)).toBe(expected);
    expect(byPattern(text, words)).toBe(expected);
  });
});
