import { describe, expect, it } from 'vitest';
import { NameBook } from '../scripts/extract/speakers/nameBook.ts';

function book(...names: string[]): NameBook {
  const b = new NameBook();
  names.forEach((n) => b.add(n));
  return b;
}

describe('NameBook.resolve', () => {
  it('expands a surname to the one full name that ends with it', () => {
    expect(book('Amara Okafor').resolve('Okafor')).toBe('Amara Okafor');
  });
  it('keeps a surname two different people share', () => {
    expect(book('Ana Lima', 'Rosa Lima').resolve('Lima')).toBe('Lima');
  });
  it('joins a short given name with its long form ("Ray" and "Raymond")', () => {
    expect(book('Raymond Fang', 'Ray Fang').resolve('Ray Fang')).toBe('Raymond Fang');
    expect(book('Raymond Fang', 'Ray Fang').resolve('Fang')).toBe('Raymond Fang');
  });
  it('resolves a family name written first ("Chun" for "Chun Hae-sung")', () => {
    expect(book('Chun Hae-sung').resolve('Chun')).toBe('Chun Hae-sung');
  });
});

describe('collectNames', () => {
  it('takes no capitalised function word opening a sentence for a given name, and notes places', async () => {
    const { collectNames } = await import('../scripts/extract/speakers/collectNames.ts');
    const { segmentArticle } = await import('../scripts/segment/segment.ts');
    const text = 'Whether Okafor will stay is unclear.\nAmara Okafor joined the harbour board in Lisbon last year.\nLisbon denies the claim.';
    const article = segmentArticle({ source: { id: 'a', file: 'a.txt' }, format: 'txt', fileText: text, view: text, bodyStart: 0, toFile: (s: number, e: number) => [s, e], blocks: [{ kind: 'content', start: 0, end: text.length }] } as never);
    const names = collectNames([article]);
    expect(names.resolve('Okafor')).toBe('Amara Okafor');
    expect(names.mayBePerson('Lisbon')).toBe(false);
    expect(names.mayBePerson('Okafor')).toBe(true);
  });
});
