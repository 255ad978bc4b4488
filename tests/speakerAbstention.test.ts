/**
 * Issue 18's speaker rules, each on invented sentences: who is not a speaker (the subject of a
 * passive, a possessive), and what a company is called when it is described, not named.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../scripts/extract/quotes/extractQuotes.ts';
import { collectNames } from '../scripts/extract/speakers/collectNames.ts';
import { mainOrganisation } from '../scripts/extract/speakers/mainOrganisation.ts';
import { sentencesOf } from './support/sentences.ts';
import type { SegmentedArticle } from '../scripts/contracts/stages.ts';

const read = sentencesOf;

/** Quotes with the names collected from the text itself, as the pipeline collects them. */
function quotes(text: string): Array<{ words: string; speaker?: string }> {
  const sentences = read(text);
  const names = collectNames([{ sentences } as unknown as SegmentedArticle]);
  return extractQuotes(sentences, text, names).map((q) => ({ words: text.slice(q.start, q.end), speaker: q.speaker }));
}

describe('speakers: who is not speaking', () => {
  it('takes the subject of a passive reporting verb for no speaker ("he was accused of ...")', () => {
    const q = quotes('Tom Reyes runs the harbour board.\nHe was accused of hiding the repair bill from the council.\nAna Lima said the bill would be published.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
    expect(q[0]!.words).toContain('bill would be published');
  });
  it('keeps the progressive active: "she is saying" still names her', () => {
    const q = quotes('Ana Lima runs the port.\n“The cranes stay idle until Monday,” Lima is saying to every caller.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
  it('gives "he" the sentence\'s subject, not a name in a possessive or after a preposition', () => {
    const q = quotes('Ana Lima and Tom Reyes both spoke on Monday.\nAt the same time as Lima\'s speech, Reyes was questioned about the budget, but he said he had not “seen the figures in full yet.”');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('speakers: a company described, not named', () => {
  const text = 'Norbank Co (NB.N) closed its plant on Tuesday.\nRivals Tarrow (TR.N), Velden (VL.N) and Ostra (OS.N) stayed.\nNorbank shut two more sites.\n“The market has collapsed and we cannot go on,” the Porto, Norland-based company said.';
  it('reads "Norbank Co" as a company, not a person named Co, and a ticker\'s letter as no name', () => {
    const sentences = read(text);
    const names = collectNames([{ sentences } as unknown as SegmentedArticle]);
    expect(names.isPerson(names.resolve('Norbank'))).toBe(false);
    expect(mainOrganisation(sentences, names)).toBe('Norbank');
  });
  it('gives "the Porto, Norland-based company" to the company the article is about', () => {
    expect(quotes(text).map((x) => x.speaker)).toEqual(['Norbank']);
  });
});

describe('speakers: a description the articles give one named person', () => {
  it('gives "a local economist" to the one person the articles call an economist', () => {
    const q = quotes('The closure will cost 900 jobs, according to a local economist.\nThe region is weak, said Reyes, the economist, on Monday.\nTom Reyes runs the Harbour Institute.');
    expect(q[0]).toEqual({ words: 'The closure will cost 900 jobs', speaker: 'Tom Reyes' });
  });
  it('gives it to no one when two people are called so', () => {
    const q = quotes('The closure will cost 900 jobs, according to a local economist.\nTom Reyes, the economist, disagreed.\nAna Lima, an economist who studies ports, also disagreed.');
    expect(q[0]!.speaker).toBe('a local economist');
  });
});

describe('speakers: a subject qualified by prepositional phrases', () => {
  it('reads "A spokesman with the Office of the Harbour Master in Porto" whole, not Porto', () => {
    const q = quotes('A spokesman with the Office of the Harbour Master in Porto said the quay would reopen on Friday.');
    expect(q.map((x) => x.speaker)).toEqual(['A spokesman with the Office of the Harbour Master in Porto']);
  });
  it('gives "Lima of the Harbour Institute" to Lima, and "Reyes, director of the centre at Tarrow University" to Reyes', () => {
    const q = quotes('Ana Lima and Tom Reyes studied the harbour.\nLima of the Harbour Institute said the quay was sinking.\nTom Reyes, director of the centre at Tarrow University says, “the quay will not last the winter.”');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Tom Reyes']);
  });
  it('gives a relative clause\'s antecedent, not the last noun inside the clause', () => {
    const q = quotes('Three officials who briefed reporters on the plan for the quay in Porto said the work would start in May.');
    expect(q.map((x) => x.speaker)).toEqual(['officials']);
  });
  it('gives "Lima went on the radio to accuse ..." to Lima, not the radio', () => {
    const q = quotes('Ana Lima runs the port.\nAfter the vote, Lima went on Harbour Radio to accuse the council of hiding the repair bill.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
});

describe('speakers: a sentence that opens with a subordinate clause', () => {
  it('takes no subject from inside "When ..., they ..., confirming ...", so the named speaker after the quote stands', () => {
    const q = quotes('When the mayor left the hall with her husband, they walked out together, confirming what aides had seen: "The two were close again that spring," said aide Tom Reyes.');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('speakers: a definite description of the person just named', () => {
  it('gives "the former director of the port" to the person named just before, in full', () => {
    const q = quotes('Ana Lima ran the harbour for ten years.\n“The quay was never safe,” the former director of the port said.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
  it('not when the last one named is no person the articles name in full, nor for "the official"', () => {
    const q = quotes('The Harbour Department closed the quay.\n“The quay was never safe,” the former director said.\nAna Lima spoke next.\n“We will reopen it,” the official said.');
    expect(q.map((x) => x.speaker)).toEqual(['the former director', undefined]);
  });
});

describe('speakers: bodies are not people', () => {
  it('keeps "the transportation department" itself, not the person named before it', () => {
    const q = quotes('Mayor Ana Lima closed the bridge.\nAbout 18,000 vehicles cross the bridge each day, the transportation department said.');
    expect(q.map((x) => x.speaker)).toEqual(['the transportation department']);
  });
});

describe('speakers: "he" after a sentence whose subject is named behind a description', () => {
  it('takes the person heading the subject ("Port archaeologist Dr Lena Voss described ...")', () => {
    const q = quotes('Tom Reyes found the grave on Monday.\n“It was under the old quay,” Reyes said.\nNorland University archaeologist Dr Lena Voss described the find as remarkable.\nShe said: “The bones will tell us how the child lived.”');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes', 'Lena Voss']);
  });
  it('reads a name the tagger took for a verb as a name ("spokesman Col. Rob Danning issued ...")', () => {
    const q = quotes('Ana Lima runs the harbour.\n“We will reopen soon,” Lima said.\nHarbour spokesman Col. Rob Danning issued a statement on the delay.\nHe added that “the cranes will be repaired by Friday.”');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Rob Danning']);
  });
  it('takes the name in apposition, not the possessive before it ("Reyes\'s sister, Ana Lima, emailed ...")', () => {
    const q = quotes('Tom Reyes left the town in 1990.\n“I never saw him again,” Reyes said.\nReyes\'s sister, Ana Lima, emailed the police in 2008.\nShe said: “My mother told me who did it before she died.”');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes', 'Ana Lima']);
  });
  it('does not take a name after a preposition or one that qualifies a noun', () => {
    const q = quotes('Ana Lima chairs the board.\n“We will not sell,” Lima said.\nPorto police in the Tom Reyes case waited.\nPorto officials\' new Tom Reyes fund paid the bill.\n“We are glad it is over,” she said.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Ana Lima']);
  });
});

describe('speakers: a place and its region between commas', () => {
  it('gives the words to who is from there, not to the place ("Tom Reyes from Tarrow, Norland, told")', () => {
    const q = quotes('“I have no thoughts about him at all,” Tom Reyes from Tarrow, Norland, told reporters.\nBut police in Porto, the capital, said the inquiry had been botched.\nAna Lima, a doctor at Harbour Hospital in Porto, Norland, said the wards were full.');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes', 'police', 'Ana Lima']);
  });
});

describe('speakers: a person brought in without a name', () => {
  it('gives "the woman" to the woman just brought in, not to the person named before', () => {
    const q = quotes('Reporter Ana Lima reached a woman believed to be the driver\'s aunt by telephone.\nThe woman hung up saying, “I just want to be left alone now.”');
    expect(q.map((x) => x.speaker)).toEqual(['The woman']);
  });
  it('still reads "the woman" as the named person when the description is set off after her name', () => {
    const q = quotes('Ana Lima, a woman of 60, lost her home in the flood.\n“We have nothing left at all,” the woman said.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
});

describe('speakers: "according to" a named source and who they are', () => {
  it('gives a finding the source that closes the sentence with a description ("..., according to Ana Lima, a chemist at ...")', () => {
    const q = quotes('Tom Reyes, a geologist, led the first study of the cave.\nThe samples coupled with the new results suggest that the cave is older than thought, according to Ana Lima, a chemist at the Porto institute and senior author of the study.\nIf the walls crack, the cave could close for years, she said.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Ana Lima']);
    expect(q[0]!.words).toBe('The samples coupled with the new results suggest that the cave is older than thought');
  });
});

describe('speakers: a reporting verb in an infinitive after another verb\'s object', () => {
  it('gives no one the words the object was asked to say ("asked this committee to write ...")', () => {
    expect(quotes('The harbour board met on Monday.\nSo the harbour board, including some members, asked this committee to write the final account of what happened in the storm.').map((x) => x.speaker)).toEqual([]);
  });
  it('with a quotation, gives it to the object when a name ("led Lima to tell ...") and else to the subject ("took office to say ...")', () => {
    expect(quotes('Tom Reyes taught at the school.\nHis antics led Ana Lima to tell her principal, “If you put him in my class, I will quit.”').map((x) => x.speaker)).toEqual(['Ana Lima']);
    expect(quotes('Ana Lima won the vote in May.\nAna Lima took office to say “the harbour is a mess, a mess at home and abroad.”').map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
});

describe('speakers: "to" in a chain of prepositions before the verb', () => {
  it('gives "Sources close to the former harbour master say" to no one named, not to the harbour master', () => {
    const q = quotes('Tom Reyes ran the port for a decade.\nSources close to the former harbour master say the letter has had the desired effect on the board.');
    expect(q.map((x) => x.speaker)).toEqual([undefined]);
  });
  it('keeps "to" inside a name ("Norlanders Right to Life spokeswoman Ana Lima said")', () => {
    const q = quotes('The port reopened.\n“That is difficult for anyone, and still the value of life is precious,” Norlanders Right to Life spokeswoman Ana Lima said Friday night.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
});
