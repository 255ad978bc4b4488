/**
 * Issue 18, "abstain rather than guess" (session 16): a speaker is given only where the text
 * supports it. Each rule on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../scripts/extract/quotes/extractQuotes.ts';
import { collectNames } from '../scripts/extract/speakers/collectNames.ts';
import { sentencesOf } from './support/sentences.ts';
import type { SegmentedArticle } from '../scripts/contracts/stages.ts';

/** Quotes with the names collected from the text itself, as the pipeline collects them. */
function quotes(text: string): Array<{ words: string; speaker?: string }> {
  const sentences = sentencesOf(text);
  const names = collectNames([{ sentences } as unknown as SegmentedArticle]);
  return extractQuotes(sentences, text, names).map((q) => ({ words: text.slice(q.start, q.end), speaker: q.speaker }));
}

describe('speakers: a piece of a longer name is no one', () => {
  it('gives no speaker for the last word of an organisation cut from its name ("Workers’ Council")', () => {
    const q = quotes('Ana Lima runs the dock.\nAs the President of the Harbour Workers’ Council explained in a hearing: “Only a few crews do the loading.”');
    expect(q).toHaveLength(1);
    expect(q[0]!.speaker).toBeUndefined();
  });
  it('keeps a one-word name after the sentence\'s first word, a title or a possessive', () => {
    expect(quotes('Then Reyes said the plant would shut.')[0]!.speaker).toBe('Reyes');
    expect(quotes('Norbank’s Reyes said the plant would shut.')[0]!.speaker).toBe('Reyes');
  });
  it('reads "Defense Forces" as the end of an organisation\'s name, not a role and a name', () => {
    const q = quotes('Tom Reyes met Ana Lima in May.\nThe Norland Defense Forces said they had struck forty sites.');
    expect(q[0]!.speaker).toBe('Norland Defense Forces');
  });
});
