import { describe, expect, it } from 'vitest';
import { tokenize } from '../scripts/segment/tokens.ts';
import { speakersIn } from './support/quotes.ts';

// Invented names, with letters past Latin-1 that the tagger splits a word at.
describe('words the tagger cut at a letter past Latin-1', () => {
  it('are one token again, a capitalised one a name', () => {
    const tokens = tokenize('“The pier is safe,” said Zofia Wąsik of the harbour board.');
    expect(tokens.map((t) => t.text)).toContain('Wąsik');
    expect(tokens.find((t) => t.text === 'Wąsik')?.pos).toBe('PROPN');
    expect(tokenize('Ferries left Łeba and Brno; Tomáš Dvořák waved.').map((t) => t.text)).toEqual(['Ferries', 'left', 'Łeba', 'and', 'Brno', ';', 'Tomáš', 'Dvořák', 'waved', '.']);
  });
  it('leave English words the tagger splits as it made them', () => {
    expect(tokenize('You cannot sail today.').map((t) => t.text)).toEqual(['You', 'can', 'not', 'sail', 'today', '.']);
  });
  it('give a quotation to the whole name, never to its first letters ("Zofia W")', () => {
    const text = '“The pier is safe,” said Zofia Wąsik of the harbour board.';
    expect(speakersIn(text)).toEqual(['Zofia Wąsik']);
  });
});
