/**
 * The name book keeps people's and organisations' names, not every capitalised run (issue 18): a
 * quantifier's run ("Many Tarrow voters"), a work's title, common words capitalised at a sentence's
 * start, and a greeting are no one's name, so they never stand for "he", "she" or a short name.
 */
import { describe, expect, it } from 'vitest';
import { collectNames } from '../scripts/extract/speakers/collectNames.ts';
import { extractQuotes } from '../scripts/extract/quotes/extractQuotes.ts';
import { isWorkTitle } from '../scripts/extract/speakers/notAName.ts';
import { sentencesOf } from './support/sentences.ts';
import type { SegmentedArticle } from '../scripts/contracts/stages.ts';

function book(text: string) {
  return collectNames([{ sentences: sentencesOf(text) } as unknown as SegmentedArticle]);
}

describe('collectNames: runs that are no one name', () => {
  it('drops the quantifier opening "Several Harbour Board members", "Many Tarrow Valley voters"', () => {
    const names = book('The vote was close. Several Marlow Valley farmers joined the protest, and Many Tarrow Valley voters stayed home.');
    expect(names.isPerson('Several Marlow Valley')).toBe(false);
    expect(names.isPerson('Many Tarrow Valley')).toBe(false);
  });
  it('drops a work title after "the film" or alone in quotation marks, not a quotation that opens with a name', () => {
    const names = book('Her new film Quiet Orchard opens on Friday. The novel, “Silent Meadow,” sold well. “Ana Lima is wrong about the port,” Tom Reyes said.');
    expect(names.isPerson('Quiet Orchard')).toBe(false);
    expect(names.isPerson('Silent Meadow')).toBe(false);
    expect(names.isPerson('Ana Lima')).toBe(true);
    expect(names.isPerson('Tom Reyes')).toBe(true);
  });
  it('reads a work title by its place in the text', () => {
    const text = 'He starred in the 2002 film Quiet Orchard and in “Silent Meadow”, then met “Ana Lima and her crew”.';
    const at = (run: string) => [text.indexOf(run), text.indexOf(run) + run.length] as const;
    expect(isWorkTitle(text, ...at('Quiet Orchard'))).toBe(true);
    expect(isWorkTitle(text, ...at('Silent Meadow'))).toBe(true);
    expect(isWorkTitle(text, ...at('Ana Lima'))).toBe(false);
  });
  it('drops a run of words the articles also write in lower case ("Coastal Storm Codes", "coastal storm codes")', () => {
    const names = book('Coastal Storm Codes were rewritten last year. Builders say the coastal storm codes now ask for deeper piles. Ana Lima runs the yard.');
    expect(names.isPerson('Coastal Storm Codes')).toBe(false);
    expect(names.isPerson('Storm Codes')).toBe(false);
    expect(names.isPerson('Ana Lima')).toBe(true);
  });
  it('so "he says" after such a run is no one rather than the run', () => {
    const text = 'Coastal Storm Codes were rewritten last year, and builders say the coastal storm codes now ask for deeper piles.\nBut he says that most yards already build that way.';
    const sentences = sentencesOf(text);
    const quotes = extractQuotes(sentences, text, collectNames([{ sentences } as unknown as SegmentedArticle]));
    expect(quotes.map((q) => q.speaker).filter((s) => s && /Codes/.test(s))).toEqual([]);
  });
  it('drops the greeting opening "Goodbye Rosalind Okafor" and keeps the name after it', () => {
    const names = book('Her last column was called Goodbye Rosalind. Hello Marlow Harbour was the next.');
    expect(names.isPerson('Goodbye Rosalind')).toBe(false);
    expect(names.isPerson('Hello Marlow')).toBe(false);
  });
});

describe('collectNames: a common word capitalised before a full name', () => {
  it('reads "Billionaire Tom Reyes" as Tom Reyes when the articles write "billionaire" in lower case', () => {
    const names = book('Billionaire Tom Reyes bought the port. The billionaire paid in cash.');
    expect(names.isPerson('Billionaire Tom Reyes')).toBe(false);
    expect(names.isPerson('Tom Reyes')).toBe(true);
  });
});

describe('collectNames: more runs that are no one name', () => {
  it('drops a function word opening a run ("Until Mira"), so "Mira" is the girl the articles name', () => {
    const names = book('She called it Until Mira, after her daughter. Mira Okafor, 12, smiled.');
    expect(names.isPerson('Until Mira')).toBe(false);
    expect(names.resolve('Mira')).toBe('Mira Okafor');
  });
  it('drops a run ending in a place word ("Marlow Plaza")', () => {
    const names = book('Crowds gathered at Marlow Plaza on Sunday. Tom Reyes watched.');
    expect(names.isPerson('Marlow Plaza')).toBe(false);
    expect(names.isPerson('Tom Reyes')).toBe(true);
  });
  it('drops a name followed by common words, a headline ("Okafor Talks Fishing")', () => {
    const names = book('Okafor Talks Fishing\nOkafor said the talks on fishing went well.');
    expect(names.isPerson('Okafor Talks Fishing')).toBe(false);
    expect(names.resolve('Okafor')).toBe('Okafor');
  });
  it('drops a place the articles name before a full name ("Marlow Tom Reyes")', () => {
    const names = book('Schools in Marlow were shut.\nMarlow Tom Reyes said the port was closed.');
    expect(names.isPerson('Marlow Tom Reyes')).toBe(false);
    expect(names.isPerson('Tom Reyes')).toBe(true);
  });
});
