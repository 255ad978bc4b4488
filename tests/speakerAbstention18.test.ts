/**
 * Issue 18, "abstain rather than guess" (session 16): a speaker is given only where the text
 * supports it. Each rule on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { quotesIn as quotes } from './support/quotes.ts';

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

describe('speakers: a law or an unowned statement is no speaker', () => {
  it('gives no speaker for words "according to the Constitution" or a named act', () => {
    expect(quotes('The plan ends the levy.\nThe country will last only as long as it lives according to the Constitution.')[0]!.speaker).toBeUndefined();
    expect(quotes('Owners must list every part, according to the Harbour Safety Act.')[0]!.speaker).toBeUndefined();
    expect(quotes('The law says owners must list every part.')[0]!.speaker).toBeUndefined();
  });
  it('gives no speaker for "according to a statement" with no one said to have issued it', () => {
    const q = quotes('The show starts in May, according to a statement.');
    expect(q[0]!.words).toBe('The show starts in May');
    expect(q[0]!.speaker).toBeUndefined();
  });
  it('still names a person who speaks of an act', () => {
    expect(quotes('Ana Lima said the Act would pass.')[0]!.speaker).toBe('Ana Lima');
  });
});

describe('speakers: a capitalised common noun opening its own description is no name', () => {
  it('reads "Astronomers at the Harbour Institute" as a description, not a person named Astronomers', () => {
    expect(quotes('Astronomers at the Harbour Institute said the comet was close.')[0]!.speaker).toBe('Astronomers at the Harbour Institute');
  });
  it('does so for a word the articles write in lower case ("Notes on the photo")', () => {
    const q = quotes('The notes were found in a drawer.\nNotes on the photo explain that the scene was staged.');
    expect(q[0]!.speaker).toBe('Notes on the photo');
  });
  it('keeps a one-name person so qualified ("Reyes of the Harbour Institute")', () => {
    expect(quotes('Reyes of the Harbour Institute said the comet was close.')[0]!.speaker).toBe('Reyes');
  });
});

describe('speakers: "he" or "she" is a person, not a thing\'s name', () => {
  it('gives "she" no speaker when the last name is a thing\'s, its last word a common plural ("Harbour Awards")', () => {
    const q = quotes('The awards are given each May.\nThe Harbour Awards went to a film about ferries.\n“It was a long night,” she said.');
    expect(q[0]!.speaker).toBeUndefined();
  });
  it('keeps a family name that is a common word ("Tom Bird")', () => {
    const q = quotes('A bird sat on the mast.\nTom Bird found the boat.\n“It was a long night,” he said.');
    expect(q[0]!.speaker).toBe('Tom Bird');
  });
});
