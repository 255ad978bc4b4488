/**
 * Speaker phrases as the text gives them (issue 18): an abbreviation the articles spell out is the
 * speaker's name in full ("DOH says" after "the state Department of Health"), unless the articles
 * mostly call the speaker by the abbreviation.
 */
import { describe, expect, it } from 'vitest';
import { speakersIn } from './support/quotes.ts';
import { extractQuotes } from '../scripts/extract/quotes/extractQuotes.ts';
import { collectNames } from '../scripts/extract/speakers/collectNames.ts';
import { acronymDefinitions } from '../scripts/extract/speakers/acronyms.ts';
import { sentencesOf } from './support/sentences.ts';
import type { SegmentedArticle } from '../scripts/contracts/stages.ts';

const speakers = speakersIn;

describe('acronymDefinitions', () => {
  it('reads "Name (ABC)", "ABC, the Name," and a name whose initials spell a used abbreviation', () => {
    expect(acronymDefinitions('The move was approved by the Water and Harbour Authority (WHA) on Monday.', new Set())).toEqual([{ acronym: 'WHA', name: 'Water and Harbour Authority', defined: true }]);
    expect(acronymDefinitions('Officials at PSB, the Port Safety Board, were told.', new Set())).toEqual([{ acronym: 'PSB', name: 'Port Safety Board', defined: true }]);
    expect(acronymDefinitions('A report by the Tarrow Department of Roads came out.', new Set(['DOR']))).toEqual([{ acronym: 'DOR', name: 'Department of Roads', defined: false }]);
  });
  it('links no name whose initials do not spell the abbreviation', () => {
    expect(acronymDefinitions('A report by the Tarrow Department of Roads came out.', new Set(['DRT', 'TDX']))).toEqual([]);
  });
});

describe('speakers: an abbreviation the articles spell out', () => {
  it('gives "DOR says ..." to the Department of Roads the article named', () => {
    const s = speakers('The bridge was closed, according to a notice from the county Department of Roads.\nDOR says engineers found cracks in two of the bridge supports last week.');
    expect(s[s.length - 1]).toBe('Department of Roads');
  });
  it('keeps an abbreviation the article uses more than the name it stands for', () => {
    const s = speakers('The Port Safety Board (PSB) opened an inquiry.\nPSB staff visited the dock on Monday.\nPSB inspectors met the crew.\nPSB says the crane had not been inspected for two years.');
    expect(s[s.length - 1]).toBe('PSB');
  });
});

describe('speakers: a sentence closed by "according to"', () => {
  it('gives "Lima privately urged ..., according to people familiar with the talks" to those people', () => {
    const text = 'Harbour chief Ana Lima privately urged the board to delay the vote, according to several people familiar with the talks.';
    const sentences = sentencesOf(text);
    const names = collectNames([{ sentences } as unknown as SegmentedArticle]);
    const q = extractQuotes(sentences, text, names);
    expect(q.map((x) => [x.speaker, text.slice(x.start, x.end)])).toEqual([['several people familiar with the talks', 'Harbour chief Ana Lima privately urged the board to delay the vote']]);
  });
  it('keeps the speaker of "Lima said ..., according to KTRV7": the source passes the words on', () => {
    expect(speakers('Harbour chief Ana Lima said the cranes would stay idle until May, according to KTRV7.')).toEqual(['Ana Lima']);
  });
});

describe('speakers: the subject noun phrase whole, past what sets it off', () => {
  it('reads past an adverb between commas: "Reyes, however, told me: “...”"', () => {
    expect(speakers('Harbour chief Tom Reyes met the crew.\nReyes, however, told me: “The cranes will stay idle until the inspectors return in May.”')).toEqual(['Tom Reyes']);
  });
  it('reads past a relative clause inside an appositive: "the Harbour Fund, a Tarrow-based foundation that promotes ..., concluded"', () => {
    const s = speakers('“The ports are badly run and the cranes are old,” the Harbour Fund, a Tarrow-based foundation that promotes safer docks, concluded in its analysis.');
    expect(s).toEqual(['Harbour Fund']);
  });
  it('reads a name right after the closing quotation mark, then its role: "“...,” Ana Lima, an expert on ports who ..., told the Gazette"', () => {
    const s = speakers('“The cranes were the busiest in the region for decades,” Ana Lima, an expert on ports who studied the harbour, told the Harbour Gazette.');
    expect(s).toEqual(['Ana Lima']);
  });
  it('keeps "New" in a name ("The New Tarrow Herald reported"), not as a role word ("new coach")', () => {
    expect(speakers('The New Tarrow Herald reported that the harbour cranes had been idle for a month.')).toEqual(['New Tarrow Herald']);
  });
  it('opens no name with a day or an hour ("On Friday Harbour Radio reported", "10 A.M. Harbour Radio reports")', () => {
    expect(speakers('On Friday Harbour Radio reported that the cranes had been idle for a month.')).toEqual(['Harbour Radio']);
    expect(speakers('10:12 A.M. Harbour Radio reports that the cranes have been idle for a month.')).toEqual(['Harbour Radio']);
  });
  it('never gives the words to whom they were told: "Reyes, who ... on “Dock Talk,” told Lima, “...”"', () => {
    const s = speakers('Harbour chief Tom Reyes, who saw the report for the first time live on “Dock Talk,” told Lima, “There are a lot of cranes that have not been inspected in years.”');
    expect(s.filter((x) => x === 'Lima')).toEqual([]);
  });
  it('takes no newspaper for the person just named ("according to the newspaper" after "Ana Lima ...")', () => {
    const s = speakers('Ana Lima has run the harbour clinic since 2009.\nThere were no complaints against her clinic on file with the county, according to the newspaper.');
    expect(s.filter((x) => x === 'Ana Lima')).toEqual([]);
  });
  it('collects a full name whose given name is initials ("A.J. Lima"), so "Lima" is not the only other Lima named', () => {
    const s = speakers('A.J. Lima left the harbour board in May; his sister Rosa Lima stayed.\nLima said he would return to the board next year.');
    expect(s).toEqual(['Lima']);
  });
  it('reads "said study author and Tarrow University biologist Ana Lima" as Ana Lima, two titles then her name', () => {
    expect(speakers('“The cranes sing at night,” said study author and Tarrow University biologist Ana Lima in a statement.')).toEqual(['Ana Lima']);
  });
  it('keeps the head noun\'s complement in an inverted speaker: "said Norland\'s envoy to the council, Ana Lima", "said a spokesman for the port"', () => {
    expect(speakers('No damage was reported at the docks, said Norland’s envoy to the harbour council, Ana Lima.')).toEqual(['Ana Lima']);
    expect(speakers('“We are ready to open the docks again next week,” said a spokesman for the harbour board.')).toEqual(['a spokesman for the harbour board']);
  });
});
