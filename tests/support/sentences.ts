/** Invented article text cut into sentences as the pipeline cuts it, for the quote and speaker tests. */
import { sentenceSpans, paragraphSpans } from '../../scripts/segment/segment.ts';
import type { Sentence } from '../../scripts/contracts/stages.ts';

/** The text's sentences, numbered across its paragraphs, all of source "a". */
export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphSpans(text, 0, text.length).forEach(([from, to], paragraph) => {
    for (const [start, end] of sentenceSpans(text, from, to)) sentences.push({ source: 'a', index: sentences.length, paragraph, start, end, text: text.slice(start, end) });
  });
  return sentences;
}

/** One sentence per text, in one paragraph of source "a", each a character after the last (for the quantity tests). */
export function sentencesFrom(...texts: string[]): Sentence[] {
  let offset = 0;
  return texts.map((text, index) => {
    const sentence: Sentence = { source: 'a', index, paragraph: 0, start: offset, end: offset + text.length, text };
    offset += text.length + 1;
    return sentence;
  });
}
