import { describe, expect, it } from 'vitest';
import { growthExponent } from '../tools/bench/growth.ts';
import { pairsSharingWords } from '../scripts/align/blocking.ts';
import { parseCpuTicks, referenceText, referenceWork, stealPercent } from '../tools/bench/machine.ts';

describe('growthExponent', () => {
  it('is 1 for time proportional to size and 2 for time proportional to its square', () => {
    expect(growthExponent([10, 100, 1000].map((n) => ({ size: n, seconds: n * 0.003 })))).toBeCloseTo(1, 10);
    expect(growthExponent([10, 100, 1000].map((n) => ({ size: n, seconds: n * n * 1e-6 })))).toBeCloseTo(2, 10);
  });

  it('fits the least-squares slope on log-log through noisy points', () => {
    // log-log points (0,0), (1,1), (2,3): slope 1.5 by least squares.
    const e = Math.E;
    expect(growthExponent([{ size: 1, seconds: 1 }, { size: e, seconds: e }, { size: e * e, seconds: e ** 3 }])).toBeCloseTo(1.5, 10);
  });

  it('is NaN when there is nothing to fit', () => {
    expect(growthExponent([{ size: 5, seconds: 1 }, { size: 5, seconds: 2 }])).toBeNaN();
  });
});

describe('pairsSharingWords', () => {
  /** Every pair that shares at least `min` words: what blocking must reproduce while no word is too common. */
  function bruteForce(items: Set<string>[], min: number): Array<[number, number]> {
    const pairs: Array<[number, number]> = [];
    for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if ([...items[i]!].filter((w) => items[j]!.has(w)).length >= min) pairs.push([i, j]);
    return pairs;
  }

  it('finds exactly the pairs sharing enough words, in (i, j) order, when no word is skipped', () => {
    let seed = 7;
    const random = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    const items = Array.from({ length: 60 }, () => new Set(Array.from({ length: 6 }, () => `w${random(25)}`)));
    for (const min of [1, 2, 3]) expect(pairsSharingWords(items, min, items.length)).toEqual(bruteForce(items, min));
  });

  it('does not pair on a word found in more items than the bound', () => {
    const items = [new Set(['flood', 'river', 'bridge']), new Set(['flood', 'river', 'levee']), new Set(['flood', 'school'])];
    expect(pairsSharingWords(items, 2, 3)).toEqual([[0, 1]]);
    expect(pairsSharingWords(items, 2, 2)).toEqual([]); // "flood" is in 3 items: only "river" is shared
  });
});

describe('machine speed readings', () => {
  it('reads busy and stolen ticks from /proc/stat, leaving out idle and disk waits', () => {
    const stat = 'cpu  3197074 33428 804309 4091770 18612 0 5329 18518 0 0\ncpu0 1598537 16714 402154 2045885 9306 0 2664 9259 0 0\n';
    expect(parseCpuTicks(stat)).toEqual({ busy: 3197074 + 33428 + 804309 + 0 + 5329 + 18518, steal: 18518 });
    expect(parseCpuTicks('intr 1 2 3')).toBeUndefined();
    expect(parseCpuTicks('cpu  1 2 x 4 5 6 7 8')).toBeUndefined();
  });

  it('gives steal as a share of the busy time between two readings', () => {
    expect(stealPercent({ busy: 1000, steal: 10 }, { busy: 1400, steal: 110 })).toBe(25);
    expect(stealPercent({ busy: 1000, steal: 10 }, { busy: 1000, steal: 10 })).toBeUndefined();
    expect(stealPercent(undefined, { busy: 1, steal: 0 })).toBeUndefined();
  });

  it('runs the same reference work on every run, and different work on a different text', () => {
    const text = referenceText(2000);
    expect(referenceText(2000)).toBe(text);
    expect(text.split(' ')).toHaveLength(2000);
    expect(referenceWork(text)).toBe(referenceWork(referenceText(2000)));
    expect(referenceWork(referenceText(3000))).not.toBe(referenceWork(text));
  });
});
