/**
 * Quotes the reader used to miss (issue 18, quote recall): each case is a general English form,
 * in invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../scripts/extract/quotes/extractQuotes.ts';
import { sentencesOf } from './support/sentences.ts';
import type { SegmentedArticle } from '../scripts/contracts/stages.ts';
import { collectNames } from '../scripts/extract/speakers/collectNames.ts';

function quotes(text: string) {
  const sentences = sentencesOf(text);
  const names = collectNames([{ sentences } as unknown as SegmentedArticle]);
  return extractQuotes(sentences, text, names).map((q) => ({ words: text.slice(q.start, q.end), speaker: q.speaker, form: q.form }));
}

describe('quote recall', () => {
  it('reads a quotation that runs on into the next paragraph (no closing mark, the next paragraph opens with one)', () => {
    const q = quotes('Harbour master Lena Voss spoke at the dock.\n\nMs Voss said: "The pier will reopen once the divers have finished their survey.\n\n"We owe that to the families."');
    expect(q).toEqual([
      { words: 'The pier will reopen once the divers have finished their survey.', speaker: 'Lena Voss', form: 'direct' },
      { words: 'We owe that to the families.', speaker: 'Lena Voss', form: 'direct' },
    ]);
  });
  it('leaves a stray opening mark alone when the next paragraph does not open with a mark', () => {
    const q = quotes('Ms Voss said: "The pier will reopen once the divers have finished their survey.\n\nThe divers left at noon.');
    expect(q.filter((x) => x.form === 'direct')).toEqual([]);
  });
  it('does not take a closing straight mark for an opening one ("War," he said)', () => {
    const q = quotes('"The board found no fault with the crew" in the report on the storm," harbour master Lena Voss said.\n\n"We will publish it in full," she said.');
    expect(q.map((x) => x.words)).not.toContain(' harbour master Lena Voss said.');
  });
  it('closes a straight quotation AP style, with two single marks', () => {
    expect(quotes("\"The water came up faster than anyone expected,'' Voss said.")).toEqual([{ words: 'The water came up faster than anyone expected,', speaker: 'Voss', form: 'direct' }]);
  });
  it('reads an appositive role whose noun is tagged as a name ("the acting Director General of Ports")', () => {
    const q = quotes("Tomas Herrera, Norland's acting Director General of Ports, said on Monday that the ministry would inspect every ferry in the fleet.");
    expect(q).toEqual([{ words: 'the ministry would inspect every ferry in the fleet', speaker: 'Tomas Herrera', form: 'reported' }]);
  });
  it('takes "About 20 farmers" as the subject of a participle of speech', () => {
    const q = quotes('About 20 farmers gathered outside the council offices on Monday, accusing the council of ignoring the flood warnings.');
    expect(q.map((x) => x.speaker)).toEqual(['About 20 farmers']);
  });
  it('keeps "current and former" in the speaker ("the current and former officials said")', () => {
    const q = quotes('In several of these cases, staff have decided not to send the full files to the minister, the current and former officials said.');
    expect(q.map((x) => x.speaker)).toEqual(['the current and former officials']);
  });
  it('reads a go-between with a possessive ("an official from his office told reporters")', () => {
    const q = quotes('The governor has set up a panel to review the dam inspections, an official from his office told reporters.');
    expect(q.map((x) => x.speaker)).toEqual(['an official from his office']);
  });
  it('reads a subject noun the tagger takes for an adjective ("The preschool says")', () => {
    const q = quotes('The preschool says only sips were taken before the teacher noticed the bottle.');
    expect(q).toEqual([{ words: 'only sips were taken before the teacher noticed the bottle', speaker: 'The preschool', form: 'reported' }]);
  });
  it('gives no day as a name: "Yesterday, a spokesman for his firm insisted"', () => {
    const q = quotes('Yesterday, a spokesman for his firm insisted that the dispute was a storm in a teacup.');
    expect(q.map((x) => x.speaker)).toEqual(['a spokesman for his firm']);
  });
  it('keeps what "it said" as reported speech with no speaker named, and lets no earlier speaker carry over', () => {
    const q = quotes('Harbour master Lena Voss said the pier would reopen soon.\nThe port authority published its review on Monday. It said the storm had damaged three of the cranes beyond repair.');
    expect(q).toEqual([
      { words: 'the pier would reopen soon', speaker: 'Lena Voss', form: 'reported' },
      { words: 'the storm had damaged three of the cranes beyond repair', speaker: undefined, form: 'reported' },
    ]);
  });
  it('reads a three-word clause of a pronoun and its verb ("said it was unsafe"), not one left hanging ("he had been")', () => {
    expect(quotes('Harbour master Lena Voss inspected the pier and said it was unsafe.')).toEqual([{ words: 'it was unsafe', speaker: 'Lena Voss', form: 'reported' }]);
    expect(quotes('Harbour master Lena Voss said he had been.')).toEqual([]);
  });
  it('reads "called on X to ..." and "called for ..." as speech acts, not "called on Monday" or "protests calling for"', () => {
    expect(quotes('Mayor Lena Voss called on the port authority to publish its inspection reports.').map((x) => x.speaker)).toEqual(['Lena Voss']);
    expect(quotes('Mayor Lena Voss called for calm after a second night of protests.').map((x) => x.speaker)).toEqual(['Lena Voss']);
    expect(quotes('Mayor Lena Voss called on Monday to say the vote would wait.')).toEqual([]);
    expect(quotes('The unrest began in March when protests calling for new elections met a crackdown.')).toEqual([]);
  });
  it('reads a capitalised word the tagger took for a verb as a name, inside a sentence or before "said"', async () => {
    const { retagNames } = await import('../scripts/extract/quotes/retagNames.ts');
    const { tokenize } = await import('../scripts/segment/tokens.ts');
    const tags = (text: string) => retagNames(tokenize(text)).map((t) => `${t.text}/${t.pos}`);
    expect(tags('Garner said the dog found nothing.')[0]).toBe('Garner/PROPN');
    expect(tags('A port official said Ford left the harbour on Friday.')).toContain('Ford/PROPN');
    // A verb that opens a sentence stays one.
    expect(tags('Leave the harbour now.')[0]).toBe('Leave/VERB');
    expect(quotes('Garner said the dog found no scent near the other flats.')).toEqual([{ words: 'the dog found no scent near the other flats', speaker: 'Garner', form: 'reported' }]);
  });
  it('reads "the" and a long capitalised run as an organisation\'s name', () => {
    const q = quotes('Harbour workers face long shifts, with a study by the Coastal Fishers Mutual Aid League finding that 4,000 work unpaid overtime.');
    expect(q.map((x) => x.speaker)).toEqual(['Coastal Fishers Mutual Aid League']);
  });
  it('reads a name and a role between commas that the strict walk cannot ("large" as an adverb, an age, a relative clause)', () => {
    const speakerOf = (text: string) => quotes(text).map((x) => x.speaker);
    expect(speakerOf('Kent Ames, a former lobbyist for large industrial water users, said he thinks the plan is a bad idea.')).toEqual(['Kent Ames']);
    expect(speakerOf('Lena Voss, 26, a student from Porto, said she was willing to be arrested.')).toEqual(['Lena Voss']);
    expect(speakerOf('Tom Reyes, a harbour engineer who studies tides, said the wall would hold for a decade.')).toEqual(['Tom Reyes']);
    // A place with its description is no speaker.
    expect(speakerOf('The ferry ran aground near Porto, a small fishing town, said the coast guard.')).not.toContain('Porto');
  });
  it('opens a clause with a hedged figure ("said at least 15 people ..."), reads "al-" names, and "one of the officials" as the speaker', () => {
    expect(quotes('Port health official Samir al-Hadi said at least 15 people were hurt in the blast.')).toEqual([{ words: 'at least 15 people were hurt in the blast', speaker: 'Samir al-Hadi', form: 'reported' }]);
    expect(quotes('The harbour police are looking into the fire, one of the officials said.').map((x) => x.speaker)).toEqual(['one of the officials']);
  });
  it('names no one for "his attorney said" unless the articles call exactly one person that', () => {
    expect(quotes('Reyes could leave the country within six weeks, his attorney said.')).toEqual([{ words: 'Reyes could leave the country within six weeks', speaker: undefined, form: 'reported' }]);
  });
  it('gives "the report says" to the author the articles name for it, and keeps the document when none is named', () => {
    const q = quotes('A new report released today by the Office of Roads, Rail and Ports ranks the harbour last.\nThe report says the cranes are the oldest in the region.');
    expect(q.map((x) => x.speaker)).toEqual(['Office of Roads, Rail and Ports']);
    const unnamed = quotes('A report released Monday by a respected think tank ranks the harbour last.\nThe report says the cranes are the oldest in the region.');
    expect(unnamed.map((x) => x.speaker)).toEqual(['The report']);
    const suit = quotes("Lena Voss filed a lawsuit against the port on Monday.\nThe cranes were never inspected, according to the suit.");
    expect(suit.map((x) => x.speaker)).toEqual(['Lena Voss']);
  });
  it('names no speaker for a description of nothing that speaks ("depth", "the irony"), and keeps people, bodies, records and agent nouns', async () => {
    const { describesSpeaker } = await import('../scripts/extract/speakers/descriptions.ts');
    expect(['depth', 'the irony', 'the presence', 'last year', 'power'].map(describesSpeaker)).toEqual([false, false, false, false, false]);
    expect(['the ministry', 'a statement', 'witnesses', 'pharmaceutical companies', 'a harbour engineer', 'the campaign'].map(describesSpeaker)).toEqual([true, true, true, true, true, true]);
    expect(quotes('The irony says a great deal about the state of the harbour.').map((x) => x.speaker)).toEqual([undefined]);
  });
  it('resolves a family name to the shorter full name when it ends the longer ("Voss Lindqvist", "Marta Voss Lindqvist": one person)', async () => {
    const { NameBook } = await import('../scripts/extract/speakers/nameBook.ts');
    const book = new NameBook();
    book.add('Marta Voss Lindqvist');
    book.add('Voss Lindqvist');
    expect(book.resolve('Lindqvist')).toBe('Voss Lindqvist');
    book.add('Tomas Lindqvist');
    expect(book.resolve('Lindqvist')).toBe('Lindqvist');
  });
  it("reads a plural possessive as whose, not part of a name (\"the Vikings' Harbour\")", () => {
    const q = quotes("The Vikings’ Harbour was found in 2007 by Marta Lindqvist.\nBut as an archaeologist, Lindqvist knew that \"the harbour could never be hidden that way,\" she said.");
    expect(q.map((x) => x.speaker)).toEqual(['Marta Lindqvist']);
  });
});
