/**
 * Issue 18, pronoun speakers (session 16): "he" and "she" pick the person they fit. Each rule on
 * invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pronounFromGivenName } from '../scripts/extract/speakers/nameGender.ts';
import { quotesIn as quotes } from './support/quotes.ts';

describe('given names as weak evidence of "he" or "she"', () => {
  it('takes a person in reach whose given name fits when the last-named person is called otherwise', () => {
    const text = 'Margaret Voss said the ferry would run.\nMr. Brill told the council the pier was unsafe.\n“We have waited long enough,” she said.';
    expect(quotes(text).find((x) => x.words.startsWith('We have'))?.speaker).toBe('Margaret Voss');
  });
  it('is sure only where the lists agree', () => {
    expect(pronounFromGivenName('Margaret Voss')).toBe('she');
    expect(pronounFromGivenName('Thomas Voss')).toBe('he');
    // Names given to anyone, or that one list alone knows, say nothing.
    expect(pronounFromGivenName('Robin Voss')).toBeUndefined();
    expect(pronounFromGivenName('Jordan Voss')).toBeUndefined();
    // A family name written first is not a given name.
    expect(pronounFromGivenName('Kim Dal-ho')).toBeUndefined();
    expect(pronounFromGivenName('Voss')).toBeUndefined();
  });
  it('passes over a last-named person whose given name does not fit, to one in reach who does', () => {
    const text = 'Thomas Brill said the ferry would run on Sunday.\nMargaret Voss told the council the pier was unsafe.\n“We have waited long enough,” he said.';
    const q = quotes(text).find((x) => x.words.startsWith('We have'));
    expect(q?.speaker).toBe('Thomas Brill');
  });
  it('names no one when the last-named person does not fit and no one else in reach does', () => {
    const text = 'Margaret Voss told the council the pier was unsafe.\n“We have waited long enough,” he said.';
    expect(quotes(text).find((x) => x.words.startsWith('We have'))?.speaker).toBeUndefined();
    // A name given to anyone decides nothing.
    const either = 'Robin Voss told the council the pier was unsafe.\n“We have waited long enough,” he said.';
    expect(quotes(either).find((x) => x.words.startsWith('We have'))?.speaker).toBe('Robin Voss');
  });
  it('still gives "he" to an unnamed spokesman who spoke after the last-named person', () => {
    const text = 'Margaret Voss ran the pier for years.\nA spokesman for the harbour board said the pier would shut.\n“We will not comment further,” he said.';
    expect(quotes(text).find((x) => x.words.startsWith('We will'))?.speaker).toBe('A spokesman for the harbour board');
  });
  it('lets the articles\' own word win over the given name', () => {
    const text = 'Thomas Brill said the ferry would run on Sunday.\nMargaret Voss told the council the pier was unsafe. Mr. Voss has run the pier for years.\n“We have waited long enough,” he said.';
    expect(quotes(text).find((x) => x.words.startsWith('We have'))?.speaker).toBe('Margaret Voss');
  });
});
