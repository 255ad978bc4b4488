/**
 * Speakers named after the words: a name's place of work after "of" is no clause ("said Ana Lima of
 * the Porto think tank": the tagger reads "think" as a verb), and a finding ("records show that
 * ...") is the report of the speaker named after a comma ("..., Lima said"), not of the records.
 * And never the place someone went to speak ("took to Facebook to accuse"). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn } from './support/quotes.ts';

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

