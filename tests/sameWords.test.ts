import { alignedQuotes } from './support/alignedQuotes.ts';
import { describe, expect, it } from 'vitest';
import { holdsSameWords, quotationWords, wordHashes } from '../scripts/align/sameWords.ts';

const align = alignedQuotes;

describe('quotationWords', () => {
  it('reads curly and straight apostrophes, hyphenated words, dashes, ellipses and bracketed insertions alike', () => {
    expect(quotationWords('You say it’s not a shake-up — but [the campaign] is down…')).toEqual(['you', 'say', "it's", 'not', 'a', 'shakeup', 'but', 'is', 'down']);
    expect(quotationWords("You say it's not a shakeup, but is down.")).toEqual(['you', 'say', "it's", 'not', 'a', 'shakeup', 'but', 'is', 'down']);
    expect(quotationWords('‘We will win,’ she said')).toEqual(["we'll", 'win', 'she', 'said']);
  });
  it('reads a pair of words an outlet may write as one as that contraction, by words and by their numbers', () => {
    expect(quotationWords('It is not over, we cannot stop')).toEqual(quotationWords('It’s not over, we can’t stop'));
    expect(quotationWords('They are sure it is the ferry')).toEqual(["they're", 'sure', "it's", 'the', 'ferry']);
    expect(wordHashes('We do not know what it is')).toEqual(wordHashes("We don't know what it's"));
  });
});

describe('holdsSameWords', () => {
  it('is true for a quotation inside a longer one, in order, and for two that overlap by five words, the end of one the start of the other', () => {
    expect(holdsSameWords(quotationWords('depends on what she does'), quotationWords('I think it depends on what she does'))).toBe(true);
    expect(holdsSameWords(quotationWords('Well, I think very, very calmly'), quotationWords('I think very, very calmly, very well'))).toBe(true);
    expect(holdsSameWords(quotationWords('it is good that people tell their stories and it is needed'), quotationWords('stories, and it is needed … I do think there is a range'))).toBe(true);
    // One quotation written with and without contractions.
    expect(holdsSameWords(quotationWords('You say it is not a wreck but the harbour is shut'), quotationWords('You say it’s not a wreck, but the harbour is shut —'))).toBe(true);
    // Five words in one source, four in the other ("it's" written as one): not five words of one quotation.
    expect(holdsSameWords(quotationWords('it’s needed right now'), quotationWords('it is needed right now, she said'))).toBe(false);
  });
  it('is false under five words, out of order, with a word changed inside, or for five shared words that end neither', () => {
    expect(holdsSameWords(quotationWords('I do not know'), quotationWords('I do not know'))).toBe(false);
    expect(holdsSameWords(quotationWords('on what she does depends'), quotationWords('it depends on what she does'))).toBe(false);
    expect(holdsSameWords(quotationWords('we had a short talk about the ferry'), quotationWords('we had a long talk about the ferry'))).toBe(false);
    expect(holdsSameWords(quotationWords('first we will open the new harbour bridge next spring'), quotationWords('then we will open the new harbour bridge to lorries'))).toBe(false);
  });
});

describe('alignQuotes: the same words in two outlets', () => {
  it('joins a short quotation that two outlets give in the same words, whatever their punctuation', () => {
    const claims = align([
      { source: 'a', text: '"Buses. Some of them. All of them?" the host replied.', quoted: 'Buses. Some of them. All of them?' },
      { source: 'b', text: '“Buses. Some of them. All of them?” she asked.', quoted: 'Buses. Some of them. All of them?' },
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.evidence.map((e) => e.source)).toEqual(['a', 'b']);
  });
  it('joins one speaker\'s words that one outlet quotes in part and another whole', () => {
    const claims = align([
      { source: 'a', text: '"I think it depends on what she does," Tamsin Reyes told the paper.', quoted: 'I think it depends on what she does,', speaker: 'Tamsin Reyes' },
      { source: 'b', text: 'Reyes said her vote "depends on what she does."', quoted: 'depends on what she does.', speaker: 'Reyes' },
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker?.name).toBe('Tamsin Reyes');
  });
  it('joins two outlets\' overlapping excerpts of one statement, one of them unattributed', () => {
    const claims = align([
      { source: 'a', text: '"It is good that people tell their stories and it is needed," Tamsin Reyes said.', quoted: 'It is good that people tell their stories and it is needed,', speaker: 'Tamsin Reyes' },
      { source: 'b', text: 'She added: "stories, and it is needed … I do think there is a range."', quoted: 'stories, and it is needed … I do think there is a range.' },
    ]);
    expect(claims).toHaveLength(1);
  });
  it('keeps apart the same short words from two people named differently, and two retellings with no quotation marks', () => {
    const people = align([
      { source: 'a', text: '"Not in front of the children," Tamsin Reyes said.', quoted: 'Not in front of the children,', speaker: 'Tamsin Reyes' },
      { source: 'b', text: '"Not in front of the children," Joel Marsh said.', quoted: 'Not in front of the children,', speaker: 'Joel Marsh' },
    ]);
    expect(people).toHaveLength(2);
    const reported = align([
      { source: 'a', text: 'not in front of the children', speaker: 'the council' },
      { source: 'b', text: 'not in front of the children', speaker: 'the port' },
    ]);
    expect(reported).toHaveLength(2);
  });
  it('joins a whole quotation of four words, two of them content words, to another that holds it', () => {
    const claims = align([
      { source: 'a', text: 'The paper heard the same: "It\'s a rough harbour."', quoted: 'It\'s a rough harbour.' },
      { source: 'b', text: '"I don\'t know, it\'s a rough harbour," harbour resident Joel Marsh said.', quoted: 'I don\'t know, it\'s a rough harbour,', speaker: 'Joel Marsh' },
    ]);
    expect(claims).toHaveLength(1);
    // Everyday words ("I don't know why") and a work's title are no sign of one quotation.
    expect(align([
      { source: 'a', text: '"I don\'t know why," one resident said.', quoted: 'I don\'t know why,' },
      { source: 'b', text: '"I don\'t know why the ferry stopped," Joel Marsh said.', quoted: 'I don\'t know why the ferry stopped,', speaker: 'Joel Marsh' },
    ])).toHaveLength(2);
    expect(align([
      { source: 'a', text: 'Her memoir, "The Life of Harbours", came out in May.', quoted: 'The Life of Harbours' },
      { source: 'b', text: '"I wrote The Life of Harbours in a winter," Tamsin Reyes said.', quoted: 'I wrote The Life of Harbours in a winter,', speaker: 'Tamsin Reyes' },
    ])).toHaveLength(2);
  });
  it('keeps apart quotations that share fewer than five words in a row', () => {
    const claims = align([
      { source: 'a', text: '"It is a strange day," one resident said.', quoted: 'It is a strange day,' },
      { source: 'b', text: '"I do not know, it is a strange time," a neighbour said.', quoted: 'I do not know, it is a strange time,' },
    ]);
    expect(claims).toHaveLength(2);
  });
});

describe('wordHashes', () => {
  it('gives one number per word of quotationWords, the same for the same word however it is written', () => {
    const a = 'You say it’s not a shake-up — but [the campaign] is down…';
    const b = "you say it's not a shakeup, but is DOWN.";
    expect(wordHashes(a)).toHaveLength(quotationWords(a).length);
    expect(wordHashes(a)).toEqual(wordHashes(b));
    expect(wordHashes('a ferry')).not.toEqual(wordHashes('a berry'));
  });
});
