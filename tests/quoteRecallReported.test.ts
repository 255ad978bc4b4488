/**
 * Reported speech the reader used to miss (issue 18, quote recall, session 16): general English
 * forms, in invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

describe('estimating reports a clause without "that"', () => {
  it('reads "X estimates CLAUSE" (the tagger takes "estimates" for a noun)', () => {
    expect(quotesIn('Ana Lima estimates the ratio is five to one.')).toEqual([{ words: 'the ratio is five to one', speaker: 'Ana Lima', form: 'reported' }]);
  });
  it('reads a group estimating, with a figure opening the clause', () => {
    expect(quotesIn('Historians estimate about 9,000 sailors were lost in the storm.')).toEqual([{ words: 'about 9,000 sailors were lost in the storm', speaker: 'Historians', form: 'reported' }]);
    expect(quotesIn('Port officials estimate the city would lose $5 million a day.')).toEqual([{ words: 'the city would lose $5 million a day', speaker: 'Port officials', form: 'reported' }]);
  });
  it('reads a possessive inside the clause ("the harbour’s tax has cost")', () => {
    expect(quotesIn('Tom Reyes estimates the harbour’s new tax has cost his ferry company about $7,000 so far.').map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });
  it('leaves an estimate with no clause alone: an object, a modifier, a passive, a participle', () => {
    expect(quotesIn('Port officials estimated the damage at $5 million.')).toEqual([]);
    expect(quotesIn('An estimated 300 people attended the vigil.')).toEqual([]);
    expect(quotesIn('The damage is estimated to have cost the city $5 million.')).toEqual([]);
    expect(quotesIn('The port authority estimated the damage caused by the storm at $5 million.')).toEqual([]);
    expect(quotesIn('Our first estimate of the damage was far too low.')).toEqual([]);
  });
});

describe('a subject, an aside that says who they are, then the verb of speech', () => {
  it('reads a place described in the aside ("in Porto, the port city to the north,")', () => {
    expect(quotesIn('A female protester in Porto, the port city to the north, said it was much harder to demonstrate there.')).toEqual([
      { words: 'it was much harder to demonstrate there', speaker: 'A female protester in Porto', form: 'reported' },
    ]);
  });
  it('reads an age then a relative clause, and a participle in the aside', () => {
    expect(quotesIn('Ana Lima, 33, who made a living doing manual labor, said guards had beaten the prisoners.').map((q) => q.speaker)).toEqual(['Ana Lima']);
    expect(quotesIn('Ana Lima, a former singer helping promote the protest, said participants would present demands to the council.').map((q) => q.speaker)).toEqual(['Ana Lima']);
  });
  it('reads an aside set off by dashes', () => {
    expect(quotesIn('Tom Reyes — who arrived on campus as a professor in 1987 — said he had long favoured the change.').map((q) => q.speaker)).toEqual(['Tom Reyes']);
  });
  it('does not take a clause or a time stamp for the subject', () => {
    expect(quotesIn('The fire destroyed forty homes, the worst in years, officials said.').map((q) => q.speaker)).toEqual(['officials']);
    expect(quotesIn('7:37 P.M. Ministers Lima, Reyes criticize handling of the port closure, say the goal should have been to reopen it.').map((q) => q.speaker)).toEqual([]);
    expect(quotesIn('In a speech Wednesday, the mayor promised reform, but his plan was seen as weak, several said.').map((q) => q.speaker)).not.toContain('the mayor');
  });
});

describe('"said" then a circumstance, a comma and the clause it belongs to', () => {
  it('reads a subordinate clause or a preposition’s phrase that opens what was said', () => {
    expect(quotesIn('Ana Lima said by the time the ferry docked, the crew had already left the harbour.')).toEqual([
      { words: 'by the time the ferry docked, the crew had already left the harbour', speaker: 'Ana Lima', form: 'reported' },
    ]);
    expect(quotesIn('Tom Reyes said if the pier holds, the port will reopen next week.').map((q) => q.words)).toEqual(['if the pier holds, the port will reopen next week']);
    expect(quotesIn('The harbour police said in both cases, the man passed a note to the clerk and walked away.').map((q) => q.speaker)).toEqual(['The harbour police']);
  });
  it('leaves the setting of the speaking alone ("said in a statement, which ...", "said on Monday, adding ...")', () => {
    expect(quotesIn('Ana Lima said in a statement, which was released on Monday, the city would appeal.')).toEqual([]);
    expect(quotesIn('Ana Lima said on Monday, adding nothing more.')).toEqual([]);
  });
});

describe('"point out" with a clause reports speech', () => {
  it('reads "pointed out (that) CLAUSE"', () => {
    expect(quotesIn('The harbour company declined our request for an interview but pointed out its pier was built to code.')).toEqual([
      { words: 'its pier was built to code', speaker: 'The harbour company', form: 'reported' },
    ]);
    expect(quotesIn('Ana Lima pointed out that the two piers are hard to compare.').map((q) => q.speaker)).toEqual(['Ana Lima']);
  });
  it('leaves a direction or a thing shown alone', () => {
    expect(quotesIn('Ana Lima pointed out the window at the harbour.')).toEqual([]);
    expect(quotesIn('Tom Reyes pointed to the map of the harbour.')).toEqual([]);
  });
});
