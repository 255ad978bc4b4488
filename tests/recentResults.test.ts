import { describe, expect, it } from 'vitest';
import { rememberRecent } from '../scripts/segment/recentResults.ts';

describe('rememberRecent', () => {
  it('computes a text once while it is among the latest, and again after it was dropped', () => {
    const computed: string[] = [];
    const upper = rememberRecent(2, (text) => { computed.push(text); return text.toUpperCase(); });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(computed).toEqual(['a', 'b']);
    upper('c'); // the oldest ("a") goes
    upper('a');
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('hands every caller the same result object', () => {
    const words = rememberRecent(10, (text) => text.split(' '));
    expect(words('x y')).toBe(words('x y'));
  });
});
