/**
 * Quotes the reader used to miss (issue 18, quote recall): each case is a general English form,
 * in invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../scripts/extract/quotes/extractQuotes.ts';
import { sentenceSpans, paragraphSpans } from '../scripts/segment/segment.ts';
import type { SegmentedArticle, Sentence } from '../scripts/contracts/stages.ts';
import { collectNames } from '../scripts/extract/speakers/collectNames.ts';

function quotes(text: string) {
  const sentences: Sentence[] = [];
  paragraphSpans(text, 0, text.length).forEach(([from, to], paragraph) => {
    for (const [start, end] of sentenceSpans(text, from, to)) sentences.push({ source: 'a', index: sentences.length, paragraph, start, end, text: text.slice(start, end) });
  });
  const names = collectNames([{ sentences } as unknown as SegmentedArticle]);
  return extractQuotes(sentences, text, names).map((q) => ({ words: text.slice(q.start, q.end), speaker: q.speaker, form: q.form }));
}

describe('quote recall', () => {
  it('reads a quotation that runs on into the next paragraph (no closing mark, the next paragraph opens with one)', () => {
    const q = quotes('Harbour master Lena Voss spoke at the dock.\n\nMs Voss said: "The pier will reopen once the divers have finished their survey.\n\n"We owe that to the families."');
    expect(q).toEqual([
      { words: 'The pier will reopen once the divers have finished their survey.', speaker: 'Lena Voss', form: 'direct' },
      { words: 'We owe that to the families.', speaker: 'Lena Voss', form: 'direct' },
    ]);
  });
  it('leaves a stray opening mark alone when the next paragraph does not open with a mark', () => {
    const q = quotes('Ms Voss said: "The pier will reopen once the divers have finished their survey.\n\nThe divers left at noon.');
    expect(q.filter((x) => x.form === 'direct')).toEqual([]);
  });
});
