import { describe, expect, it } from 'vitest';
import { forgetRecentResults, rememberRecent } from '../scripts/segment/recentResults.ts';

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

  it('computes again after every remembered result was forgotten (as each event begins)', () => {
    const computed: string[] = [];
    const upper = rememberRecent(10, (text) => { computed.push(text); return text.toUpperCase(); });
    upper('pier');
    upper('pier');
    forgetRecentResults();
    expect(upper('pier')).toBe('PIER');
    expect(computed).toEqual(['pier', 'pier']);
  });

  it('hands every caller the same result object', () => {
    const words = rememberRecent(10, (text) => text.split(' '));
    expect(words('x y')).toBe(words('x y'));
  });
});

describe('a result handed to a remembering function', () => {
  it('is served for its text without computing, and counts toward the limit', () => {
    let computed = 0;
    const lengthOf = rememberRecent(2, (text: string) => { computed++; return text.length; });
    lengthOf.keep('harbour', 99);
    expect(lengthOf('harbour')).toBe(99);
    expect(computed).toBe(0);
    lengthOf('pier');
    lengthOf('crane'); // the oldest, the kept one, goes
    expect(lengthOf('harbour')).toBe(7);
    expect(computed).toBe(3);
  });

  it('gives compose the tokens segment found for a whole sentence, not a second tagging', async () => {
    const { segmentArticle } = await import('../scripts/segment/segment.ts');
    const { cleanArticle } = await import('../scripts/clean/clean.ts');
    const { tokenize } = await import('../scripts/segment/tokens.ts');
    const { sentenceTokens } = await import('../scripts/segment/sentenceTokens.ts');
    const text = 'Report\n\nThe harbour board said on Monday that the cranes would stay idle until May. Lima agreed.\n';
    const article = { source: { id: 'a', file: 'a.txt', outlet: 'A' }, text, view: text } as never;
    const { sentences } = segmentArticle(cleanArticle(article));
    const first = sentences.find((s) => s.text.startsWith('The harbour board'))!;
    expect(tokenize(first.text)).toBe(sentenceTokens(first));
  });
});
