/**
 * Speakers the session-13 blind survey found missing or wrong (issue 18), each in invented
 * sentences: people by a tie or a post ("detectives said", "a friend told"), an inverted speaker
 * described by a relative clause after a reported clause, "he" after someone without a name came in
 * as a subject, a statement issued by someone, and a statement brought in by a colon.
 */
import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

const said = (text: string): Array<[string | undefined, string]> => quotesIn(text).map((q) => [q.speaker, q.words]);

describe('speakers: people by a tie or a post', () => {
  it('gives "..., detectives said" and "according to deputies" to them', () => {
    expect(said('The chief was arrested on Friday.\nTom Reyes drove the car into the river on Friday night, detectives said.')).toEqual([['detectives', 'Tom Reyes drove the car into the river on Friday night']]);
    expect(said('The chief was arrested on Friday.\nAccording to deputies, Tom Reyes drove the car into the river.')).toEqual([['deputies', 'Tom Reyes drove the car into the river']]);
  });
  it('gives "A friend told investigators ..." to the friend', () => {
    expect(said('Tom Reyes was shot on Sunday.\nA friend told investigators Reyes was invited out with friends that night.').map((x) => x[0])).toEqual(['A friend']);
  });
});

describe('speakers: "CLAUSE, said an officer who ..."', () => {
  it('reads the words before the verb as said, and the relative clause as who said them', () => {
    const q = said('Chief Tom Reyes was arrested on Friday.\nReyes was well liked by the rank and file, said an officer who asked not to be named.\n“I am just in shock,” the officer said.');
    expect(q).toEqual([['an officer', 'Reyes was well liked by the rank and file'], ['an officer', 'I am just in shock,']]);
  });
});

describe('speakers: "he" after a person without a name', () => {
  it('names no one for "he said" when someone unnamed came in as the subject after the last person named', () => {
    const q = said('Ana Lima said the city would recover.\n“We will move on,” Lima said.\nAt the condo, a valet driver wondered if the chief had a date.\nWhen the valet learned the news, he shook his head.\n“Oh, wow!” he said. “That is some bad luck.”');
    expect(q.find((x) => x[1] === 'That is some bad luck.')?.[0]).toBeUndefined();
  });
  it('gives "he said" to the unnamed speaker of the sentence before ("A spokesman for ... said ... “...,” he said")', () => {
    const q = said('Tom Reyes, head of the delegation, said the games would be safe.\nA spokesman for the Norland Sports Federation said Norland also trusted the hosts. “But we will look closely at the situation,” he said.');
    expect(q.find((x) => x[1].startsWith('But we will'))?.[0]).toBe('A spokesman for the Norland Sports Federation');
  });
  it('keeps "he" for a named spokesman ("A Norbank spokesman, Tom Reyes, said")', () => {
    const q = said('A Norbank spokesman, Tom Reyes, said the games would be safe. He said the hosts were ready.');
    expect(q.map((x) => x[0])).toEqual(['Tom Reyes', 'Tom Reyes']);
  });
});

describe('speakers: statements someone put out', () => {
  it('gives "X issued a statement explaining that ..." to X, not to the statement', () => {
    expect(said('Navy spokesman Tom Reyes issued a statement explaining that the account had erroneously shared content.')).toEqual([['Tom Reyes', 'the account had erroneously shared content']]);
  });
  it('keeps the statement when its issuer names no speaker ("the nations released a joint statement pledging ...")', () => {
    expect(said('Talks went on all week.\nAfter the visit, the nations released a joint statement pledging to reduce the deficit with Norland.').map((x) => x[0])).toEqual(['a joint statement']);
  });
  it('gives a quotation that "released this statement:" brings in to whoever released it', () => {
    const q = said('City manager Ana Lima fired the chief on Monday.\nNorbank released the following statement:\n“We remain committed to the residents on every level. We will not allow one bad decision to define the officers who serve them.”');
    expect(q.map((x) => x[0])).toEqual(['Norbank']);
  });
});

describe('speakers: a colon that closes the paragraph before', () => {
  it('gives the quotation that opens the next paragraph to whoever released the statement or said it', () => {
    const text = 'City manager Ana Lima fired the chief on Monday.\n\nThen the city released this statement:\n\n“We remain committed to the residents on every level. We will not allow one bad decision to define the officers who serve them.”';
    expect(said(text).map((x) => x[0])).toEqual(['the city']);
  });
  it('does not carry it past a paragraph that does not open with the quotation', () => {
    const text = 'City manager Ana Lima fired the chief on Monday.\n\nThen the city released this statement:\n\nThe chief, she added, had been warned. “We remain committed to the residents on every level,” Reyes said.';
    expect(said(text).find((x) => x[1].startsWith('We remain'))?.[0]).not.toBe('the city');
  });
});

describe('speakers: a name inside a preposition\'s object is no antecedent of "she"', () => {
  it('passes over "the death of her partner Vidal" for the sentence\'s "she"', () => {
    const text = 'Ana Lima and Rosa Vidal cooked together for years.\nLima spoke later about it.\nSpeaking on the radio in 1999, following the death of her cooking partner Vidal from cancer, she said the loss had changed her.';
    expect(said(text).map((x) => x[0])).toEqual(['Ana Lima']);
  });
});

describe('speakers: "he" or "she" against the unnamed person\'s gender', () => {
  it('keeps "she" for the woman named before when the unnamed subject is "a spokesman"', () => {
    const text = 'Ana Lima died on Monday.\nLima cooked on television for years.\nA spokesman for the university said it was saddened by her death.\nAsked about the show, she once replied that the title suited her.\n“If you are tall you are tall,” she told a newspaper.';
    expect(said(text).find((x) => x[1].startsWith('If you'))?.[0]).toBe('Ana Lima');
  });
});
