import { describe, expect, it } from 'vitest';
import { alignedQuotes } from './support/alignedQuotes.ts';

/** Invented quotations: each text is one sentence that quotes its `quoted` words. */
function quoted(source: string, words: string, speaker?: string) {
  return { source, text: `“${words}” ${speaker ?? 'she'} said.`, quoted: words, ...(speaker ? { speaker } : {}) };
}

describe('two excerpts of one quotation cut differently at both ends', () => {
  it('are one claim when they share six written words in a row', () => {
    const claims = alignedQuotes([
      quoted('a', 'Back then I knew it was going to sink on me', 'Mara Lind'),
      quoted('b', 'No one could help, it was going to sink on me anyway', 'Mara Lind'),
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.evidence.map((e) => e.source)).toEqual(['a', 'b']);
  });
  it('stay apart on five words in a row, a phrase anyone may say', () => {
    const claims = alignedQuotes([
      quoted('a', 'Back then I knew it was going to rain all week', 'Mara Lind'),
      quoted('b', 'No one could help, it was going to rain and then freeze', 'Mara Lind'),
    ]);
    expect(claims).toHaveLength(2);
  });
  it('stay apart when two different people are named', () => {
    const claims = alignedQuotes([
      quoted('a', 'Back then I knew it was going to sink on me', 'Mara Lind'),
      quoted('b', 'No one could help, it was going to sink on me anyway', 'Tomas Berg'),
    ]);
    expect(claims).toHaveLength(2);
  });
});
