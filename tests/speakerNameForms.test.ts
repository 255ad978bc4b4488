/**
 * Issue 18's speaker rules from the ninth survey, on invented sentences: family names written with
 * a second capital ("McAllan", "O'Dara") are names the book knows, an age before an inverted
 * speaker's name is no part of it, and a description qualified by another body's word is not the
 * person the articles describe with a different one, and "he" or "she" is never the person their
 * own reported clause names.
 */
import { describe, expect, it } from 'vitest';
import { quotesIn } from './support/quotes.ts';

describe('speakers: family names with a second capital', () => {
  it('knows "Jack McAllan" in full, so "McAllan" opening a sentence is the person "he" stands for', () => {
    const text = 'Jack McAllan, 70, was freed on Friday. Prosecutor Ana Lima said she doubted the verdict.\n\nAt his sentencing, McAllan loudly professed his innocence.\n\n“Look in the box,” he said.';
    const q = quotesIn(text);
    expect(q.map((x) => [x.words, x.speaker])).toEqual([['she doubted the verdict', 'Ana Lima'], ['Look in the box,', 'Jack McAllan']]);
  });
  it('reads the same with O\'Dara and DeVora', () => {
    const oneill = quotesIn('Prosecutor Ana Lima spoke first.\n\nOn Friday, O\'Dara read a statement to the court.\n\n“I did nothing wrong,” he said. Tom O\'Dara is 52.');
    expect(oneill.map((x) => x.speaker)).toEqual(['Tom O\'Dara']);
    const deluca = quotesIn('Prosecutor Ana Lima spoke first.\n\nOn Friday, DeVora read a statement to the court.\n\n“I did nothing wrong,” he said. Tom DeVora is 52.');
    expect(deluca.map((x) => x.speaker)).toEqual(['Tom DeVora']);
  });
});

describe('speakers: an age before an inverted speaker', () => {
  it('gives "..., said 16-year-old Jennie Marsh" to her', () => {
    expect(quotesIn('“I am not going back,” said 16-year-old Jennie Marsh, whose mother moved her.').map((x) => x.speaker)).toEqual(['Jennie Marsh']);
  });
  it('still takes "said 16-year-old students were" for what was said, not a speaker', () => {
    expect(quotesIn('Ana Lima said 16-year-old students were sent home early.').map((x) => [x.words, x.speaker])).toEqual([['16-year-old students were sent home early', 'Ana Lima']]);
  });
});

describe('speakers: a description qualified by another body', () => {
  it('does not give "an agency spokeswoman" to the daycare spokeswoman named before', () => {
    const q = quotesIn('A second woman was charged, police said.\n\nIn an email, daycare spokeswoman Mara Quillen said: “We are working with investigators.”\n\nThe state agency is investigating, an agency spokeswoman said.');
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['police', undefined], ['Mara Quillen', 'daycare spokeswoman'], ['an agency spokeswoman', undefined]]);
  });
  it('still gives "a daycare spokeswoman" and a bare "a spokeswoman" to her', () => {
    const q = quotesIn('In an email, daycare spokeswoman Mara Quillen said: “We are working with investigators.”\n\nThe centre will reopen on Monday, a daycare spokeswoman said.\n\nParents were told by phone, a spokeswoman said.');
    expect(q.map((x) => x.speaker)).toEqual(['Mara Quillen', 'Mara Quillen', 'Mara Quillen']);
  });
});

describe('speakers: a pronoun is not the person its reported clause names', () => {
  it('gives "She noted that Lima is still grieving" to the person named before Lima, not to Lima', () => {
    const q = quotesIn('Judge Rosa Marquez heard the case. Ana Lima gave her son herbal tea for days.\n\nShe noted that Lima is still grieving and has admitted her mistake.');
    expect(q.map((x) => [x.words, x.speaker])).toEqual([['Lima is still grieving and has admitted her mistake', 'Rosa Marquez']]);
  });
  it('gives it to no one when no one else is named before', () => {
    const q = quotesIn('Ana Lima gave her son herbal tea for days.\n\nShe noted that Lima is still grieving and has admitted her mistake.');
    expect(q.map((x) => [x.words, x.speaker])).toEqual([['Lima is still grieving and has admitted her mistake', undefined]]);
  });
  it('still gives "she said her son Tom Lima ..." to Ana Lima, and "she said the court erred" too', () => {
    const q = quotesIn('Ana Lima spoke outside court.\n\nShe said her son Tom Lima had done nothing wrong.\n\nShe said the court had erred in its reading of the law.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Ana Lima']);
  });
});

describe('speakers: an inverted speaker qualified by a participle', () => {
  it('gives "..., said a senior official briefed on the talks" to the official', () => {
    const q = quotesIn('“The deal is close,” said a senior official briefed on the talks with the union.');
    expect(q.map((x) => x.speaker)).toEqual(['a senior official']);
  });
  it('still reads "said the plan announced on Monday was ..." as what was said', () => {
    const q = quotesIn('Ana Lima said the plan announced on Monday was the best the board could do.');
    expect(q.map((x) => [x.words, x.speaker])).toEqual([['the plan announced on Monday was the best the board could do', 'Ana Lima']]);
  });
});

describe('speakers: only a name the pronoun commands', () => {
  it('keeps "Lima saw the video, she said" and "Even though he said ..., Reyes said ..." as they were', () => {
    const q = quotesIn('Vel Lima spoke at the church.\n\nLima and other family members saw the video of the theft, she said.\n\nTom Reyes spoke next. Even though he said two dozen people were there, Reyes said the count was not final.');
    expect(q.map((x) => x.speaker)).toEqual(['Vel Lima', 'Tom Reyes']);
  });
});

describe('speakers: a description is not the person its own words name', () => {
  it('keeps "the judge" for “..., Lima earns the gold,” after Ana Lima won', () => {
    const q = quotesIn('Writer Ana Lima took the top honours this year.\n\n“Word by word, Lima earns the gold by treating readers to excellent writing,” the judge said.');
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['the judge', undefined]]);
  });
  it('gives a later "the judge" no such name either: the judge is still not the winner', () => {
    const q = quotesIn('Writer Ana Lima took the top honours this year.\n\n“Word by word, Lima earns the gold by treating readers to excellent writing,” said the judge.\n\nThe Harbor Review won the magazine prize. The review “shows a stunning mix of stories from all over the world,” said the judge.');
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['the judge', undefined], ['the judge', undefined]]);
  });
});
