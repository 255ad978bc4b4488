/**
 * Speaker frames the attribution used to misread (issue 18: one person's words given to another): a
 * reported clause that holds a second speaker's clause ("..., and Reyes says ...") is two claims;
 * "said one of the signers" and "Ana Lima, spokeswoman for ..., declined ... but said" name a speaker.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../scripts/extract/quotes/extractQuotes.ts';
import { collectNames } from '../scripts/extract/speakers/collectNames.ts';
import { sentencesOf } from './support/sentences.ts';
import type { SegmentedArticle } from '../scripts/contracts/stages.ts';

const read = sentencesOf;

function quotes(text: string): Array<{ words: string; speaker?: string }> {
  const sentences = read(text);
  const names = collectNames([{ sentences } as unknown as SegmentedArticle]);
  return extractQuotes(sentences, text, names).map((q) => ({ words: text.slice(q.start, q.end), speaker: q.speaker }));
}

describe('speakers: a second speaker inside a reported clause', () => {
  it('gives "..., while Reyes expressed concern over ..." to Reyes, and only the first clause to Lima', () => {
    const q = quotes('Harbour chief Ana Lima met port director Tom Reyes on Monday.\nLima stated that the board would not change its plans, while Reyes expressed deep concern over the board’s “reckless” timetable.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Ana Lima', 'the board would not change its plans'],
      ['Tom Reyes', 'Reyes expressed deep concern over the board’s “reckless” timetable'],
    ]);
  });
  it('splits "Lima says ..., and Reyes says ..." into two speakers', () => {
    const q = quotes('Harbour chief Ana Lima met port director Tom Reyes on Monday.\nLima says the cranes will stay idle until May, and Reyes says he has lost count of the delays.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Tom Reyes']);
    expect(q[1]!.words).toBe('Reyes says he has lost count of the delays');
  });
  it('keeps one speaker when the name after "and" does something else ("and Reyes resigned")', () => {
    const q = quotes('Harbour chief Ana Lima met port director Tom Reyes on Monday.\nLima said the cranes had stopped in May and Reyes resigned soon after.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
  it('keeps one speaker when the second subject is no person ("while Norland warned ...")', () => {
    const q = quotes('Harbour chief Ana Lima spoke in Norland on Monday.\nAna Lima said the works would go on, while Norland warned of delays at the port.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
});

describe('speakers: descriptions the attribution used to miss', () => {
  it('reads "..., said one of the signers" as a description, not as the previous quote\'s speaker', () => {
    const q = quotes('Port director Tom Reyes said the petition would be read.\n“We will keep signing until the cranes move again,” Reyes said.\n“Nobody asked the families who live here what they want,” said one of the signers.');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes', 'Tom Reyes', 'one of the signers']);
  });
  it('gives "Ana Lima, spokeswoman for the port, declined to comment but said, “...”" to Ana Lima', () => {
    const q = quotes('Harbour workers said the cranes were idle.\n“The cranes will stay idle until the spring,” said one of the workers.\nThe talks went on.\nAna Lima, spokeswoman for the port authority, declined to comment on the talks, but said, “Our first duty is to keep the harbour open for every ship.”');
    expect(q.find((x) => x.words.includes('first duty'))?.speaker).toBe('Ana Lima');
  });
  it('takes no writer\'s aside for a description ("Voters, myself included, tend to ...")', () => {
    const q = quotes('Voters, myself included, tend to trust the port board, and find that its plans usually work.');
    expect(q.map((x) => x.speaker)).not.toContain('Voters');
  });
  it('gives "Ana Lima and her husband allege that ..." to Ana Lima, not to the report cited before', () => {
    const q = quotes('According to a report by the Harbour Gazette, Ana Lima and her husband allege that the port board hid the repair bill.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
});

describe('speakers: a span of time is no one', () => {
  it('gives "I spent some time writing ..." to no speaker named "some time"', () => {
    const q = quotes('Ana Lima ran the harbour for a decade.\nAfter the storm I spent some time writing and performing at the Porto theatre, and I learned a lot there.');
    expect(q.map((x) => x.speaker)).not.toContain('some time');
    // A record before the time keeps its words.
    expect(quotes('A study last year found that the harbour seals had declined by half.').map((x) => x.speaker)).toEqual(['A study last year']);
  });
});

describe('a reported clause interrupted by its attribution', () => {
  it('ends before the word that opens the interrupted clause, never on "which" or "when"', () => {
    const q = quotes('Fire chief Ana Lima toured the depot on Monday.\nIt was an ordinary electrical fault in the old depot, which, Lima says, had passed every inspection.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([['Ana Lima', 'It was an ordinary electrical fault in the old depot']]);
  });
});

describe('a sentence\'s opening word before the speaker', () => {
  it('is no role: "But Lima was ready ..., telling reporters ..." gives no role "But"', async () => {
    const { extractQuotes: extract } = await import('../scripts/extract/quotes/extractQuotes.ts');
    const text = 'Harbour chief Ana Lima met the board on Monday.\nBut Lima was ready to sell the old cranes, telling reporters about the plan after the vote.';
    const sentences = read(text);
    const found = extract(sentences, text, collectNames([{ sentences } as unknown as SegmentedArticle]));
    expect(found.map((q) => [q.speaker, q.role])).toEqual([['Ana Lima', undefined]]);
  });
});
