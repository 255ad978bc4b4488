import { describe, expect, it } from 'vitest';
import { paragraphSpans, sentenceSpans } from '../scripts/segment/segment.ts';

describe('sentenceSpans', () => {
  it('does not break after Mr., Gen. or U.S., and every span is the text at its offsets', () => {
    const text = 'Intro. Mr. Okafor met Gen. Haddad in the U.S. capital on Friday. They spoke for two hours.';
    const spans = sentenceSpans(text, 7, text.length);
    expect(spans.map(([s, e]) => text.slice(s, e))).toEqual(['Mr. Okafor met Gen. Haddad in the U.S. capital on Friday.', 'They spoke for two hours.']);
  });
  it('keeps a closing quotation mark with its sentence', () => {
    const text = '“We will rebuild.” The mayor left.';
    expect(sentenceSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e))[0]).toBe('“We will rebuild.”');
  });
});

describe('paragraphSpans', () => {
  it('splits one-paragraph-per-line text but joins a paragraph wrapped over lines', () => {
    const text = 'First paragraph ends here.\nSecond one is wrapped\nover two lines.\nThird.';
    expect(paragraphSpans(text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual(['First paragraph ends here.', 'Second one is wrapped\nover two lines.', 'Third.']);
  });
});

describe('tokenize', () => {
  it('gives every token a lemma, even where wink has none ("cannot")', async () => {
    const { tokenize } = await import('../scripts/segment/tokens.ts');
    const tokens = tokenize('She tried to recall more, but cannot.'); // wink keeps a sentence-final "cannot" whole, with no lemma
    expect(tokens.every((t) => typeof t.lemma === 'string' && t.lemma.length > 0)).toBe(true);
    expect(tokens.find((t) => t.text === 'cannot')?.lemma).toBe('cannot');
  });
});
