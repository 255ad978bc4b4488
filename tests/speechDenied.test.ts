/**
 * Speech that was not made is no one's words: a speech act denied ("never declared", "did not
 * say", "wouldn't say") reports nothing, while what a speaker said about something not being so
 * is still reported. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

const quotes = quotesIn;

describe('reported speech: a speech act denied reports nothing', () => {
  it('gives no words to a speaker who "never publicly declared" something', () => {
    const q = quotes('Ana Lima led the port authority for ten years.\nShe never publicly declared her illness and did not take any leave from work.');
    expect(q).toEqual([]);
  });
  it('gives no words to a speaker who "did not say" or "would not say"', () => {
    expect(quotes('Tom Reyes met the board on Monday.\nReyes did not say whether the harbour would close before the winter storms.')).toEqual([]);
    expect(quotes('Tom Reyes met the board on Monday.\nReyes wouldn’t say the harbour would close before the winter storms.')).toEqual([]);
  });
  it('still reports what a speaker said about something not being so', () => {
    const q = quotes('Tom Reyes met the board on Monday.\nReyes said the harbour would not close before the winter storms.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([['Tom Reyes', 'the harbour would not close before the winter storms']]);
  });
  it('reports what was said later: "did not confirm until Sunday that ..."', () => {
    const q = quotes('Tom Reyes met the board on Monday.\nReyes did not confirm until Sunday that the harbour would close before the winter storms.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([['Tom Reyes', 'the harbour would close before the winter storms']]);
  });
  it('keeps a quotation\'s speaker when a verb near it is denied ("didn\'t say much, but did add")', () => {
    const q = quotes('Tom Reyes sat with his wife and son.\nReyes, a quiet man, didn’t say much as he listened to his wife and son, but did add, “We are very proud of him.”');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
  it('reports a clause whose subject is two nouns joined by "and"', () => {
    const q = quotes('Tom Reyes met the board on Monday.\nReyes said the harbour and the ferry terminal would close before the winter storms.');
    expect(q.map((x) => x.words)).toEqual(['the harbour and the ferry terminal would close before the winter storms']);
  });
});
