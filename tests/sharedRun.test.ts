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

describe('a figure told in the same words by two speakers', () => {
  it('is no one quotation: a run of words that holds the figure joins nothing', () => {
    const claims = alignedQuotes([
      { source: 'a', text: '“We never drank more than six cups of tea a day back home,” a reader wrote.', quoted: 'We never drank more than six cups of tea a day back home' },
      quoted('b', 'Anyone can have six cups of tea a day and feel fine', 'Mara Lind'),
    ]);
    expect(claims).toHaveLength(2);
  });
  it('is no one statement of a person and a body that share the figure\'s phrase', () => {
    const claims = alignedQuotes([
      quoted('a', 'Nobody should have to tip out 40 tonnes of good grain a week for nothing', 'Mara Lind'),
      { source: 'b', text: 'The mill said it will sell 40 tonnes of good grain a week to the county.', speaker: 'The mill' },
    ]);
    expect(claims).toHaveLength(2);
    // Without a figure, a run of four words under a person and a body is still one statement retold.
    const retold = alignedQuotes([
      quoted('a', 'We found no sign of forced entry into the house at the back', 'Mara Lind'),
      { source: 'b', text: 'The police said there was no sign of forced entry into the house and nobody else was sought.', speaker: 'The police' },
    ]);
    expect(retold).toHaveLength(1);
  });
});
