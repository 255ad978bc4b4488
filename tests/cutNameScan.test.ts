/**
 * isCutFromLongerName looks for the speaker's word as a word of its own (speakers/cutName.ts): a
 * scan by indexOf that stands in for a per-speaker Unicode pattern. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { isCutFromLongerName } from '../scripts/extract/speakers/cutName.ts';

const word = (name: string) => ({ text: name, name });

describe('isCutFromLongerName: where the word stands on its own', () => {
  it('reads the tail of a capitalised run as cut from a longer name', () => {
    expect(isCutFromLongerName(word('Council'), 'The head of the Dock Council said so.', [])).toBe(true);
  });
  it('skips the word inside a longer word (joined by a letter, a hyphen or an apostrophe)', () => {
    // Only "Councillors", "Council-run" and "Council’s" hold it: no standalone use, so not cut.
    expect(isCutFromLongerName(word('Council'), 'Dock Councillors met. Dock Council-run yards. Dock Council’s view.', [])).toBe(false);
    // A letter outside the basic plane before it ("𝐀Council") joins it too.
    expect(isCutFromLongerName(word('Council'), 'Dock \u{1D400}Council said.', [])).toBe(false);
  });
  it('checks every standalone use: one that opens the sentence says nothing of a run', () => {
    expect(isCutFromLongerName(word('Lima'), 'Lima spoke first. Then the Port Lima said more.', [])).toBe(false);
    expect(isCutFromLongerName(word('Lima'), 'The Port Lima said. Ana Port Lima, too.', [])).toBe(true);
  });
  it('leaves out uses inside quotation marks', () => {
    const text = 'The Port Lima said “Lima is shut.”';
    expect(isCutFromLongerName(word('Lima'), text, [{ start: 19, end: text.length }])).toBe(true);
    expect(isCutFromLongerName(word('Lima'), text, [])).toBe(false);
  });
});
