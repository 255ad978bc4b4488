/**
 * Issue 18's speaker rules, on invented sentences: the person named between commas after a
 * description that ends in a place or a body, "he" and "she" never for an outlet or an organisation,
 * and a description that stays the speaker when the next sentence names someone.
 */
import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

const quotes = quotesIn;

describe('speakers: a name between commas after a description', () => {
  it('gives "a spokesman in Porto, Tom Reyes, said" to Tom Reyes, not the place', () => {
    const q = quotes('Flooding closed the harbour road on Monday.\n“We have never seen water this high,” a spokesman in Porto, Tom Reyes, said.');
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Tom Reyes', 'a spokesman in Porto']]);
  });
  it('gives "a spokesman for Norbank, Tom Reyes," to him, through a chain of two prepositions too', () => {
    expect(quotes('Norbank shut the plant.\n“We had no choice,” a spokesman for Norbank, Tom Reyes, said.').map((x) => x.speaker)).toEqual(['Tom Reyes']);
    expect(quotes('Norbank shut the plant.\n“We had no choice,” a spokesman for the police in Porto, Tom Reyes, said.').map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
  it('keeps a place and its region between commas as where the speaker is ("police in Porto, Norland, said")', () => {
    expect(quotes('The road closed.\nPolice in Porto, Norland, said the road would reopen on Friday.').map((x) => x.speaker)).toEqual(['Police']);
  });
});

describe('speakers: "he" and "she" are people', () => {
  it('does not give "she" to the newspaper named just before', () => {
    const q = quotes('Ana Lima wrote in the Daily Ledger that the harbour would close.\nThe Daily Ledger reported the closure first.\nShe said the board “had no choice at all.”');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Ana Lima']);
  });
  it('does not give "he" to an organisation by its head word', () => {
    const q = quotes('Tom Reyes leads the dockers\' union.\nThe Harbour Authority confirmed the closure on Monday.\nHe said workers “will not accept this.”');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('speakers: titles and many people are no one\'s name', () => {
  it('reads "Chief State Fire Marshal Ana Lima" and "Detective Constable Tom Reyes" as titles before the name', () => {
    const q = quotes('The fire spread fast.\nChief State Fire Marshal Ana Lima said every fire station was open.\nDetective Constable Tom Reyes told the inquest that the path was closed.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Tom Reyes']);
  });
  it('does not give "he" to a chamber\'s members ("Senate Republicans") named since the person', () => {
    const q = quotes('Tom Reyes spoke at the rally on Monday.\n“These are campaign promises,” he said.\nSenate Republicans said they would block the bill.\n“Some people are so surprised that we are keeping every promise,” he said.');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes', 'Senate Republicans', 'Tom Reyes']);
  });
});

describe('speakers: "they" are several', () => {
  it('gives "they" no speaker when the last speaker is one person named in full', () => {
    const q = quotes('“The wreck lies north of the reef,” said Ana Lima, who led the search.\nThey then assessed data from earlier crashes, noting that wrecks lay close to their last position.');
    expect(q.map((x) => [x.words, x.speaker])).toEqual([['The wreck lies north of the reef,', 'Ana Lima'], ['wrecks lay close to their last position', undefined]]);
  });
});

describe('speakers: a description is its own speaker', () => {
  it('keeps "a local activist" when the next sentence names other people (no grammar links them)', () => {
    const q = quotes('Protesters gathered outside the court.\n“We will not go home until he is freed,” said a local activist. Jane Okafor, 34, and her brother Tom Okafor, 30, were arrested in May.');
    expect(q.map((x) => x.speaker)).toEqual(['a local activist']);
  });
});

describe('speakers: "the company" is the one just named', () => {
  it('takes the organisation the sentence before names, not the parent company named once with its suffix', () => {
    const q = quotes('Norland Holdings Inc. owns Velden Foods.\nVelden Foods recalled 3,000 jars of jam on Monday.\n“We are acting out of caution in every store,” the company said.');
    expect(q.map((x) => x.speaker)).toEqual(['Velden Foods']);
  });
  it('takes the organisation named before the phrase in its own sentence, not a place ("in the United States")', () => {
    const q = quotes('Norbank Inc. makes jam.\nTarrow opened a plant in the United States.\nAfter Tarrow reported a loss on Monday, the company said it would cut 300 jobs at the plant.');
    expect(q.map((x) => x.speaker)).toEqual(['Tarrow']);
  });
  it('passes over a regulator named by its abbreviation or its head word for the company it fined', () => {
    expect(quotes('Norbank makes jam in Porto.\nThe SEC fined Norbank on Monday.\n“We will appeal this decision in every court we can,” the company said.').map((x) => x.speaker)).toEqual(['Norbank']);
    expect(quotes('Norbank makes jam in Porto.\nThe Harbour Commission fined Norbank on Monday.\n“We will appeal this decision in every court we can,” the company said.').map((x) => x.speaker)).toEqual(['Norbank']);
  });
});

describe('speakers: the subject of a participle', () => {
  it('reads past a verb form that modifies the role ("lead architect Tom Reyes talked ..., saying")', () => {
    const q = quotes('Norbank showed the new console.\nConsole lead system architect Tom Reyes talked about how the console came about, saying it began five years ago.');
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Tom Reyes', 'Console lead system architect']]);
  });
  it('gives no speaker to a place a participle follows ("actions filed in court in Porto alleging ...")', () => {
    const q = quotes('Tom Reyes met Ana Lima in May.\nBoth Reyes and Lima were sued by Tom Okafor in actions filed in federal court in Porto alleging that Okafor had been coerced.');
    expect(q.map((x) => x.speaker)).toEqual([]);
  });
});

describe('speakers: "the company" is never a person "he" stood for', () => {
  it('does not give "according to the company" to a surname the article used "he" for ("Reyes says ... he says")', () => {
    const text = 'The harbour app will now only ban things that are illegal, Reyes says.\nPretty much anything else will be allowed, he says, as long as sellers are honest.\nReyes has never liked the review process, which he calls slow.\nThe app already approves 78 percent of new sellers, according to the company.';
    const q = quotes(text);
    expect(q.find((x) => x.words.startsWith('The app already'))?.speaker).not.toBe('Reyes');
  });
});
