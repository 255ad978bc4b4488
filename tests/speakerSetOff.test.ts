/**
 * Speakers named after the words: a name's place of work after "of" is no clause ("said Ana Lima of
 * the Porto think tank": the tagger reads "think" as a verb), and a finding ("records show that
 * ...") is the report of the speaker named after a comma ("..., Lima said"), not of the records.
 * And never the place someone went to speak ("took to Facebook to accuse"). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn } from './support/quotes.ts';
import { subjectBefore } from '../scripts/extract/quotes/subjects.ts';
import type { Token } from '../scripts/segment/tokens.ts';

const speakers = speakersIn;

describe('speakers named after the words', () => {
  it('reads "said NAME of the Porto-based think tank" as the name, whatever the tagger makes of "think"', () => {
    expect(speakers('The ferry strike entered its third week.\n“It is a difficult moment,” said Ana Lima of the Porto-based think tank Harbour Policy Centre.')).toEqual(['Ana Lima']);
    expect(speakers('The ferry strike entered its third week.\n“It is a difficult moment,” said harbour worker Tom Reyes in an emailed statement.')).toEqual(['Tom Reyes']);
  });
  it('gives what a finding shows to the speaker set off after it, else to the finding', () => {
    expect(speakers('The port reopened.\nThis year’s record shows that ferries are a major part of the harbour’s trade, said Ana Lima, an analyst.')).toEqual(['Ana Lima']);
    expect(speakers('The port reopened.\nAn inquiry found that the ferry left the harbour two hours late, the police said.')).toEqual(['the police']);
    expect(speakers('The port reopened.\nAn inquiry found that the ferry left the harbour two hours late on the night of the storm.')).toEqual(['An inquiry']);
  });
  it('keeps the finding\'s speaker when a name reports inside it ("just as Lima said he had done")', () => {
    const q = speakers('Tom Reyes led the inquiry.\nHe checked the logs and found that the ferry had left at 6:57 p.m. -- just as Lima said it had.');
    expect(q).toEqual(['Tom Reyes']);
  });
  it('never gives the words to the place a speaker went to say them ("took to Facebook to accuse", "replied on her page writing")', () => {
    expect(speakers('Tom Reyes and Ana Lima met.\nReyes took to Facebook to accuse Lima of spreading "outrageous misinformation."')).toEqual(['Tom Reyes']);
    expect(speakers('Tom Reyes and Ana Lima met.\nLima replied on her Facebook page writing, “This is the worst thing I have ever seen happen here.”')).toEqual(['Ana Lima']);
    // No subject the grammar shows: no one, never the page.
    expect(speakers('Tom Reyes and Ana Lima met.\nAfter the show, Reyes took to Facebook to accuse Lima of spreading "outrageous misinformation."').filter((x) => x === 'Facebook')).toEqual([]);
  });
});


describe('speakers: an aside between the speaker and the verb', () => {
  it('reads past an aside that opens with a participle or a preposition ("Lima, elected in May, said", "Lima, in a statement from the ministry, said")', () => {
    expect(speakers('The port reopened on Monday.\nThrough a spokeswoman, Ana Lima, elected to the council in May, said the ferries would run again.')).toEqual(['Ana Lima']);
    expect(speakers('The port reopened on Monday.\nAna Lima, in a separate statement from the ministry on Monday, said she would “keep the ferries running as long as we can.”')).toEqual(['Ana Lima']);
    expect(speakers('The port reopened on Monday.\nThe mayor, asked about the ferries, said they would run again within the week.')).toEqual(['The mayor']);
  });
  // Tagged by hand, as the tagger tagged corpus sentences of these shapes, so the guard is tested whatever it makes of invented words.
  const tagged = (words: string): { tokens: Token[]; text: string } => {
    let text = '';
    const tokens = words.split(' ').map((w) => {
      const [word, pos] = w.split('/') as [string, string];
      if (text && word !== ',') text += ' ';
      const start = text.length;
      text += word;
      return { text: word, pos, lemma: word.toLowerCase().replace(/(?:s|ed|ing)$/, ''), start, end: text.length };
    });
    return { tokens, text };
  };
  it('keeps the inverted speaker after such a comma ("the ferry of Porto, combined with ..., says Harbour Weekly, that ...")', () => {
    const { tokens, text } = tagged('the/DET ferry/NOUN of/ADP Porto/PROPN ,/PUNCT combined/VERB with/ADP the/DET timetable/NOUN ,/PUNCT says/VERB Harbour/PROPN Weekly/PROPN ,/PUNCT that/PRON led/VERB to/ADP crowds/NOUN');
    expect(subjectBefore(tokens, 10, text)?.speaker.name).not.toBe('Porto');
  });
  it('takes no aside where the verb after the comma is the sentence\'s own ("..., filed a suit, also alleging ...")', () => {
    const { tokens, text } = tagged('Tom/PROPN Reyes/PROPN ,/PUNCT filed/VERB his/PRON suit/NOUN ,/PUNCT also/ADV alleging/VERB that/SCONJ it/PRON lied/VERB');
    expect(subjectBefore(tokens, 8, text)).toBeUndefined();
    // Before a finite verb, the same aside is read past to the name.
    const finite = tagged('Tom/PROPN Reyes/PROPN ,/PUNCT elected/VERB in/ADP May/PROPN ,/PUNCT said/VERB that/SCONJ it/PRON lied/VERB');
    expect(subjectBefore(finite.tokens, 7, finite.text)?.speaker.name).toBe('Tom Reyes');
  });
});
