/**
 * Speakers the session-12 blind survey and the lead's leftovers found misread (issue 18), each in
 * invented sentences: a firm's one-word name taken for a campaign named like a person, a gerund of
 * hearing read into a speaker's name, "added in" with an object read as speech, an organisation
 * after an inverted verb cut to its head word.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../scripts/extract/quotes/extractQuotes.ts';
import { collectNames } from '../scripts/extract/speakers/collectNames.ts';
import { sentencesOf } from './support/sentences.ts';
import type { SegmentedArticle } from '../scripts/contracts/stages.ts';

function quotes(text: string): Array<{ words: string; speaker?: string }> {
  const sentences = sentencesOf(text);
  const names = collectNames([{ sentences } as unknown as SegmentedArticle]);
  return extractQuotes(sentences, text, names).map((q) => ({ words: text.slice(q.start, q.end), speaker: q.speaker }));
}

describe('speakers: a one-word firm name is not a full name that begins with it', () => {
  it('gives "Fizzo says" to Fizzo when the articles speak of "a Fizzo rep", not to a campaign called "Fizzo Frank"', () => {
    const q = quotes('Fizzo ran an advert campaign called Fizzo Frank last spring.\nA Fizzo rep said the ads would return. Fizzo says the ads were a success.');
    expect(q.find((x) => x.words === 'the ads were a success')?.speaker).toBe('Fizzo');
  });
  it('still reads a family name written first as the one full name it begins ("Chun" for "Chun Hae-sung")', () => {
    const q = quotes('Chun Hae-sung met the board on Monday. A Chun spokesman said the talks went well. Chun said the plan would work.');
    expect(q.find((x) => x.words === 'the plan would work')?.speaker).toBe('Chun Hae-sung');
  });
});

describe('speakers: words heard in general', () => {
  it('names no one for "hearing a politician tell us, “...”"', () => {
    const q = quotes('But, in truth, hearing a politician tell us, “We are heading toward the cliff” is no scarier than a bill.');
    expect(q.map((x) => x.speaker)).toEqual([undefined]);
  });
});

describe('speakers: "added in" with an object', () => {
  it('reads no speech in "the House ... added in a delay of one year"', () => {
    const q = quotes('After the Senate stripped out the language, the House in a rare Saturday session added in a delay of one year to the law.');
    expect(q).toEqual([]);
  });
  it('still reads "he added in a statement: “...”" as his words', () => {
    const q = quotes('Mayor Tom Reyes spoke on Monday. But he added in a statement: “It is time for the camp to move on.”');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('speakers: an organisation named after an inverted verb', () => {
  it('keeps "University of Norland researchers" whole after "argued"', () => {
    const q = quotes('The vast majority of the lakes have yet to be mapped, argued University of Norland researchers in 2006.');
    expect(q.map((x) => x.speaker)).toEqual(['University of Norland researchers']);
  });
});

describe('speakers: "the statement" and "it" for whoever the sentences just before name', () => {
  it('gives "“...,” the statement read" to the body whose statement the sentence before mentions', () => {
    const q = quotes('The Harbour Group dismissed the claims in a short statement on Friday. “These are the same people who were wrong before,” the statement read.');
    expect(q.map((x) => x.speaker)).toEqual(['Harbour Group']);
  });
  it('keeps the author when the statement speaks of them in the third person', () => {
    const q = quotes('In a statement released after the hearing, the Lima family said they had expected the ruling.\n\n“This conclusion was expressed by the family from the outset,” the statement reads.');
    expect(q.map((x) => x.speaker)).toEqual(['the Lima family', 'the Lima family']);
  });
  it('leaves a statement far from any that the text gives an author to as "the statement"', () => {
    const filler = Array.from({ length: 8 }, (_, k) => `The rain fell on the port for ${k + 2} hours.`).join(' ');
    const q = quotes(`Tom Reyes and Ana Lima said in a joint statement that the port would reopen. ${filler} “The cranes will stay idle,” the statement said.`);
    expect(q.at(-1)?.speaker).toBe('the statement');
  });
  it('gives "it said" to the organisation that spoke in the sentence before', () => {
    const q = quotes('Norbank said it had closed the branch. However, it said the staff would keep their jobs.');
    expect(q.map((x) => x.speaker)).toEqual(['Norbank', 'Norbank']);
  });
  it('gives "it said" to the organisation whose statement the sentence before mentions', () => {
    const q = quotes('The Tarrow Port Authority released a statement on Monday. It said the cranes would stay idle until May.');
    expect(q.map((x) => x.speaker)).toEqual(['Tarrow Port Authority']);
  });
  it('names no one for "it said" after a person spoke', () => {
    const q = quotes('Ana Lima said the branch would close. It said the staff would stay.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', undefined]);
  });
});

describe('speakers: clauses around the speaker', () => {
  it('reads "NAME, whose son ..., said:" as NAME', () => {
    const q = quotes('Rosa Vidal, whose son Leo was born in the valley, said: “I am angry that nobody has looked at this.”');
    expect(q.map((x) => x.speaker)).toEqual(['Rosa Vidal']);
  });
  it('reads the main clause\'s speaker when the opening clause reports too ("After we reported ..., the developer said ...")', () => {
    const q = quotes('After we first reported the problem in May, the developer said that the ground had moved.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([['the developer', 'the ground had moved']]);
  });
  it('gives no one a quotation the sentence\'s only reporting verb follows in a clause of time', () => {
    const q = quotes('The port is considering reopening “under the right conditions,” three months after Mayor Tom Reyes said it would close for good.');
    expect(q.map((x) => x.speaker)).toEqual([undefined]);
  });
  it('keeps "“...,” Lima said after the vote" hers', () => {
    const q = quotes('Port chief Ana Lima spoke on Monday. “We will reopen in May,” Lima said after the vote.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
});

describe('speakers: names that open with a time or hold "of"', () => {
  it('leaves the month out of "In July, Pereira and Costa reported"', () => {
    const q = quotes('In July, Pereira and Costa reported that the owners hoped for a fix.');
    expect(q.map((x) => x.speaker)).toEqual(['Pereira and Costa']);
  });
  it('keeps "the Museum of Norland website" whole, not its last word', () => {
    const q = quotes('The Museum of Norland website writes, “The painting was restored twice before the war.”');
    expect(q.map((x) => x.speaker)).toEqual(['Museum of Norland']);
  });
});

describe('speakers: "the company" after a subordinate clause that names a firm', () => {
  it('gives "After Tarrow posted a loss, the company said ..." to Tarrow though another firm has a suffix', () => {
    const q = quotes('Norbank Inc. makes jam.\nTarrow opened a plant in Porto.\nAfter Tarrow posted a loss on Monday, the company said it would cut 300 jobs at the plant.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([['Tarrow', 'it would cut 300 jobs at the plant']]);
  });
});
