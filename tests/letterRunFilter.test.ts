import { describe, expect, it } from 'vitest';
import { letterRunFilter } from '../scripts/extract/speakers/letterRunFilter.ts';

describe('letterRunFilter(text)(word)', () => {
  const text = 'The harbour master, Lena Voss, said the ferry would sail at dawn. Ünïcode straße 𝐀𝐁c café\u0301 x\ud800y';

  it('says maybe for every run of letters the text holds, as /\\p{L}+/gu finds them', () => {
    const mayBe = letterRunFilter(text);
    for (const run of text.match(/\p{L}+/gu)!) expect(mayBe(run), run).toBe(true);
  });

  it('says no for words the text does not hold whole (parts of runs, other words)', () => {
    const mayBe = letterRunFilter(text);
    // 2 bits of 4,096 per run, 17 runs: a false maybe for any of these is about 1 in 15,000.
    for (const word of ['harbou', 'arbour', 'voss', 'caf', 'ferr', 'sailing', 'okafor', 'xy']) expect(mayBe(word), word).toBe(false);
  });

  it('keeps every run of a long text, with few false maybes', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36).replace(/\d/g, (d) => 'ABCDEFGHIJ'[Number(d)]!)}`);
    const mayBe = letterRunFilter(words.join(' '));
    expect(words.every((w) => mayBe(w))).toBe(true);
    // Words the text cannot hold: it has no "é".
    const falseMaybes = words.filter((w) => mayBe(`${w}é`)).length;
    expect(falseMaybes).toBeLessThan(words.length / 20);
  });
});
