import { describe, expect, it } from 'vitest';
import { requiredTexts, TextFinder } from '../scripts/clean/requiredText.ts';
import { LINE_PATTERNS } from '../scripts/clean/lexicon/linePatterns.ts';
import { matchLine } from '../scripts/clean/matchLine.ts';

describe('requiredTexts', () => {
  it('reads the longest literal run of a branch, lower case under the i flag', () => {
    expect(requiredTexts(/\bSign up for our (?:daily|weekly) letter\b/i)).toEqual(['sign up for our ']);
    expect(requiredTexts(/^Tide tables\s*:/)).toEqual(['Tide tables']);
  });

  it('needs one text of every branch, and gives up when a branch needs none', () => {
    expect(requiredTexts(/^Ferry times$|\bHarbour notices\b/)).toEqual(['Ferry times', 'Harbour notices']);
    expect(requiredTexts(/^Ferry times$|\d+/)).toBeNull();
    expect(requiredTexts(/(?:pier|)/)).toBeNull();
  });

  it('leaves out optional parts and negative lookarounds, keeps what a group or a positive lookahead needs', () => {
    expect(requiredTexts(/(?:Old )?Pier Road/)).toEqual(['Pier Road']);
    expect(requiredTexts(/x*(?:kite|sail)+/)).toEqual(['kite', 'sail']);
    expect(requiredTexts(/(?!Ferry)\w+ (?=timetable)/)).toEqual(['timetable']);
    expect(requiredTexts(/[Bb]oat hire/)).toEqual(['oat hire']);
  });

  it('reads no pattern whose flags or syntax it does not follow', () => {
    expect(requiredTexts(/pier/g)).toBeNull();
    expect(requiredTexts(/\p{L}+/u)).toBeNull();
  });
});

describe('TextFinder', () => {
  it('finds every text in one pass, overlapping ones included', () => {
    const finder = new TextFinder(['sign', 'sign up', 'up for', 'gnu']);
    const found = new Uint32Array(4);
    finder.mark('please sign up for the ferry letter', found, 7);
    expect([...found]).toEqual([7, 7, 7, 0]);
  });
});

describe('matchLine with its pre-test', () => {
  it('labels the same as trying every pattern in turn, on invented chrome and prose', () => {
    const lines = [
      'Sign up for our newsletter',
      'Follow us on Twitter',
      'Photo: Jo Roe/Harbour Times',
      'The ferry left the pier at noon, the harbour master said.',
      'ſign up for our newsletter',
      'Updated: March 3, 2024 10:15 a.m.',
      'All rights reserved.',
      '(Photo by Al Poe/Getty Images)',
    ];
    const slow = (line: string): string | null => {
      for (const p of LINE_PATTERNS) {
        if (line.length > p.maxLen || !p.re.test(line)) continue;
        if (p.also && !p.also.test(line)) continue;
        if (p.unless && p.unless.test(line)) continue;
        return p.note;
      }
      return null;
    };
    for (const line of lines) {
      const expected = slow(line);
      if (expected !== null) expect(matchLine(line)?.note).toBe(expected);
    }
    expect(matchLine('Sign up for our newsletter')).not.toBeNull();
    expect(matchLine('The ferry left the pier at noon, the harbour master said.')).toBeNull();
  });
});
