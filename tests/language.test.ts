import { describe, expect, it } from 'vitest';
import { looksEnglish } from '../scripts/ingest/language.ts';

describe('looksEnglish', () => {
  it('reads English prose as English and another Latin-script language as not', () => {
    expect(looksEnglish('The council said on Tuesday that the bridge was closed for repairs and that it would reopen in the spring. '.repeat(4))).toBe(true);
    expect(looksEnglish('Le conseil municipal a annoncé mardi que le pont restera fermé pour des travaux pendant tout le printemps. '.repeat(4))).toBe(false);
  });
  it('counts a letter outside the Basic Multilingual Plane once: 150 such letters are too few to judge', () => {
    // Mathematical script letters are two UTF-16 units each; counted as units they would pass the 200-letter bar.
    expect(looksEnglish('𝒜𝒷𝒸 '.repeat(50))).toBe(true);
    expect(looksEnglish('𝒜𝒷𝒸 '.repeat(80))).toBe(false);
  });
  it('counts words as runs of letters of the lower-cased text', () => {
    // 'İ' lower-cases to 'i' and a combining dot (not a letter), which splits 'İTHE' into 'i' and 'the'.
    const body = 'Zorvik mellan dorrek sullin. '.repeat(12);
    expect(looksEnglish(`${body}${'İTHE '.repeat(30)}`)).toBe(true);
    expect(looksEnglish(`${body}${'ITHE '.repeat(30)}`)).toBe(false);
  });
});
