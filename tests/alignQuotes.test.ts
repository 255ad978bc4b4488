import { alignedQuotes } from './support/alignedQuotes.ts';
import { describe, expect, it } from 'vitest';
import { alignQuotes, longestSharedRun, namedAlike } from '../scripts/align/alignPassages.ts';
import { contentWords } from '../scripts/align/words.ts';

const setup = alignedQuotes;

describe('alignQuotes', () => {
  it('joins one speaker\'s paraphrase when two outlets name the speaker two ways', () => {
    const claims = setup([
      { source: 'a', text: 'the new harbour toll punishes the poorest families in the county for living by the water', speaker: 'Okafor' },
      { source: 'b', text: 'a toll on the harbour would hit poor families hardest', speaker: 'Amara Okafor' },
    ]);
    expect(claims).toHaveLength(1);
    // The same words from two people who only share a surname stay apart.
    const twoPeople = setup([
      { source: 'a', text: 'the new harbour toll punishes the poorest families in the county for living by the water', speaker: 'Jonas Okafor' },
      { source: 'b', text: 'a toll on the harbour would hit poor families hardest', speaker: 'Amara Okafor' },
    ]);
    expect(twoPeople).toHaveLength(2);
  });
  it('joins one speaker paraphrased by two sources', () => {
    const claims = setup([
      { source: 'a', text: 'the moves are not permanent and forces will not fight in the region', speaker: 'Amara Okafor' },
      { source: 'b', text: 'these are not permanent moves, and the forces will stay out of any fight', speaker: 'Amara Okafor' },
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.evidence.map((e) => e.source)).toEqual(['a', 'b']);
  });
  it('joins the same short quotation from a described speaker and a named one whose role is that description', () => {
    const claims = setup([
      { source: 'a', text: 'One harbour resident told a radio station: "It is a strange week."', speaker: 'One harbour resident', quoted: 'It is a strange week.' },
      { source: 'b', text: '"Honestly, it is a strange week," said Pier Road resident Ana Lima.', speaker: 'Ana Lima', role: 'Pier Road resident', quoted: 'Honestly, it is a strange week,' },
    ]);
    expect(claims).toHaveLength(1);
    // Each source keeps its own speaker.
    expect(claims[0]!.evidence.map((e) => e.speaker?.name)).toEqual(['One harbour resident', 'Ana Lima']);
    // A described speaker of another kind is not the named person.
    const other = setup([
      { source: 'a', text: 'One harbour official told a radio station: "It is a strange week."', speaker: 'One harbour official', quoted: 'It is a strange week.' },
      { source: 'b', text: '"Honestly, it is a strange week," said Pier Road resident Ana Lima.', speaker: 'Ana Lima', role: 'Pier Road resident', quoted: 'Honestly, it is a strange week,' },
    ]);
    expect(other).toHaveLength(2);
  });
  it('never joins the same short words, or reported speech, from two different named people', () => {
    const claims = setup([
      { source: 'a', text: 'the bridge will reopen once engineers say it is safe', speaker: 'Amara Okafor' },
      { source: 'b', text: 'the bridge will reopen once engineers say it is safe', speaker: 'Paul Ng' },
    ]);
    expect(claims).toHaveLength(2);
    const reported = setup([
      { source: 'a', text: 'the harbour bridge will reopen to lorries once county engineers judge the repaired cables safe', speaker: 'Amara Okafor' },
      { source: 'b', text: 'the harbour bridge will reopen to lorries once county engineers judge the repaired cables safe', speaker: 'Paul Ng' },
    ]);
    expect(reported).toHaveLength(2);
  });
  it('joins one long quotation given word for word by two outlets that name different people (one name is a misreading)', () => {
    const words = 'The harbour bridge will reopen to lorries once county engineers judge the repaired cables safe.';
    const claims = setup([
      { source: 'a', text: `“${words}” said Amara Okafor.`, speaker: 'Amara Okafor', quoted: words },
      { source: 'b', text: `“${words}” said Paul Ng.`, speaker: 'Paul Ng', quoted: words },
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.evidence.map((e) => e.source)).toEqual(['a', 'b']);
  });
  it('joins one outlet\'s quoted sentence with another\'s longer quotation that holds it word for word, whoever each names', () => {
    const sentence = 'I have walked every mile of this valley and more.';
    const longer = `I have had a long road. ${sentence} I would do it again.`;
    const claims = setup([
      { source: 'a', text: `“${sentence}” Amara Okafor said.`, speaker: 'Amara Okafor', quoted: sentence },
      { source: 'b', text: `Paul Ng recalled: “${longer}”`, speaker: 'Paul Ng', quoted: longer },
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker).toBeUndefined();
    // Three content words in a row are a common phrase, not one quotation: two people's words stay apart.
    const phrase = setup([
      { source: 'a', text: '“She felt something bad,” Amara Okafor said.', speaker: 'Amara Okafor', quoted: 'She felt something bad,' },
      { source: 'b', text: '“I felt something bad was coming down the road,” said Paul Ng.', speaker: 'Paul Ng', quoted: 'I felt something bad was coming down the road,' },
    ]);
    expect(phrase).toHaveLength(2);
    // Reported speech is the outlet's wording: the same words given to two people stay apart.
    const reported = setup([
      { source: 'a', text: sentence, speaker: 'Amara Okafor' },
      { source: 'b', text: longer, speaker: 'Paul Ng' },
    ]);
    expect(reported).toHaveLength(2);
  });
  it('joins near-identical words when one source names the speaker and the other describes it', () => {
    const claims = setup([
      { source: 'a', text: 'athletes of both nations will march together under a single flag at the opening', speaker: 'the ministry' },
      { source: 'b', text: 'athletes of both nations will march together under a single flag at the opening ceremony', speaker: 'Seoul' },
    ]);
    expect(claims).toHaveLength(1);
  });
  it('joins a short paraphrase whose words all appear in the same speaker\'s longer report', () => {
    const claims = setup([
      { source: 'a', text: 'the closure is temporary', speaker: 'Amara Okafor' },
      { source: 'b', text: 'Okafor said the closure of the harbour road was temporary and crews would clear it within days', speaker: 'Amara Okafor' },
    ]);
    expect(claims).toHaveLength(1);
  });
  it('keeps apart two quotes of one speaker that share only two words', () => {
    const claims = setup([
      { source: 'a', text: 'it felt like a calling to serve the valley', speaker: 'Amara Okafor' },
      { source: 'b', text: 'the driver felt like he had no choice but to stop', speaker: 'Amara Okafor' },
    ]);
    expect(claims).toHaveLength(2);
  });
  it('joins a two-word paraphrase: stopwords such as "these" never count as content, stemmed or not', () => {
    expect(contentWords('these moves came before those talks, while there were others')).toEqual(['move', 'came', 'talk']);
    const claims = setup([
      { source: 'a', text: 'she assured the moves are not permanent and that crews are not going to stay; rather, they will rotate home', speaker: 'Amara Okafor' },
      { source: 'b', text: 'these are not permanent moves', speaker: 'Amara Okafor' },
    ]);
    expect(claims).toHaveLength(1);
  });
  it('joins one speaker\'s report given with the same two figures, and two descriptions of one speaker sharing a four-word phrase', () => {
    expect(longestSharedRun(['ferri', 'sail', 'monday', 'tuesday', 'friday'], ['route', 'monday', 'tuesday', 'friday', 'only'])).toBe(3);
    const figures = setup([
      { source: 'a', text: '2,000 staff will move to the north yard while 1,000 stay in the south yard with the cranes', speaker: 'a senior port official' },
      { source: 'b', text: 'the port is moving about 2,000 staff from the depot this week and sending roughly 1,000 to the harbour', speaker: 'a senior port official' },
    ]);
    expect(figures).toHaveLength(1);
    const phrase = setup([
      { source: 'a', text: 'the licence only allowed ferries on Mondays, Tuesdays, Thursdays and Saturdays', speaker: 'Norland authorities' },
      { source: 'b', text: 'however, the operator could only sail that route on Mondays, Tuesdays, Thursdays and Saturdays', speaker: "Norland's transport ministry" },
    ]);
    expect(phrase).toHaveLength(1);
    const people = setup([
      { source: 'a', text: 'the licence only allowed ferries on Mondays, Tuesdays, Thursdays and Saturdays', speaker: 'Amara Okafor' },
      { source: 'b', text: 'however, the operator could only sail that route on Mondays, Tuesdays, Thursdays and Saturdays', speaker: 'Paul Ng' },
    ]);
    expect(people).toHaveLength(2);
  });
  it('does not join one speaker\'s two statements on half a short passage\'s words when most of them are names', () => {
    // "North Varen", "Ostland": the story's names; "agents" alone is the one plain word in common.
    const statements = setup([
      { source: 'a', text: 'the two couriers Ostland accused of carrying the parcels, as North Varen agents watched, were tricked into it, their families insist', speaker: 'Ostland' },
      { source: 'b', text: 'it was plainly a plot by North Varen agents', speaker: 'Ostland' },
    ]);
    expect(statements).toHaveLength(2);
    // One statement retold from its opening words joins as before, names and all.
    const retold = setup([
      { source: 'a', text: 'it is likely Calloway would reach Ostland well before the spring', speaker: 'Ines Calloway' },
      { source: 'b', text: 'it’s likely Calloway will sail within a few weeks for Ostland, if the port board agrees', speaker: 'Ines Calloway' },
    ]);
    expect(retold).toHaveLength(1);
  });
  it('does not take a name of four words that two passages give for a phrase they share', () => {
    // One speaker's two statements, each naming the same school: the name is the story's, not a phrase of the speaker's.
    const statements = setup([
      { source: 'a', text: 'She had coached at North Harbour Grammar School for nine years, and parents there still back her', speaker: 'Ines Calloway' },
      { source: 'b', text: 'the review into the Friday row at North Harbour Grammar School asked whether any teacher broke the rules', speaker: 'Ines Calloway' },
    ]);
    expect(statements).toHaveLength(2);
    // Days and months are written with a capital but are no name: four of them in a row are still one phrase.
    const days = setup([
      { source: 'a', text: 'the old licence let the operator run its northern ferry only on Mondays, Tuesdays, Thursdays and Saturdays', speaker: 'Norland authorities' },
      { source: 'b', text: 'however, inspectors found the company could sail that coastal route on Mondays, Tuesdays, Thursdays and Saturdays', speaker: 'the port agency' },
    ]);
    expect(days).toHaveLength(1);
    // A run of plain words in both is still one phrase.
    expect(longestSharedRun(['coach', 'north', 'harbour', 'grammar', 'school'], ['review', 'north', 'harbour', 'grammar', 'school'], new Set(['north', 'harbour', 'grammar', 'school']))).toBe(0);
    expect(longestSharedRun(['broke', 'harbour', 'grammar', 'school', 'rule'], ['harbour', 'grammar', 'school', 'rule'], new Set(['harbour', 'grammar', 'school']))).toBe(4);
  });
  it('takes one body named bare and with its qualifier for one speaker, and compares their words as one speaker\'s', () => {
    const claims = setup([
      { source: 'a', text: 'she took the lanterns and hid them in a crate before leaving the shop', speaker: 'police' },
      { source: 'b', text: 'once inside, she put the lanterns in a crate and left the shop', speaker: 'Harbour County police' },
    ]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.evidence.map((e) => e.speaker?.name)).toEqual(['police', 'Harbour County police']);
    // Two bodies whose names only end alike ("county police" / "city police") are two speakers.
    expect(setup([
      { source: 'a', text: 'she took the lanterns and hid them in a crate before leaving the shop', speaker: 'the county police' },
      { source: 'b', text: 'once inside, she put the lanterns in a crate and left the shop', speaker: 'the city police' },
    ])).toHaveLength(2);
  });
  it('does not join a person\'s short remark to another speaker\'s report through three of the story\'s words', () => {
    const claims = setup([
      { source: 'a', text: 'the ferry sank after a sudden fire in its engine room off the north cape', speaker: 'the coastguard' },
      { source: 'b', text: '"An engine fire. Very sudden," harbour pilot Joel Marsh said.', quoted: 'An engine fire. Very sudden,', speaker: 'Joel Marsh' },
    ]);
    expect(claims).toHaveLength(2);
    // Four words of the shorter side, all in the other's, still join, as does a description against a body.
    expect(setup([
      { source: 'a', text: 'the ferry sank after a sudden fire in its engine room off the north cape', speaker: 'the coastguard' },
      { source: 'b', text: 'the ferry sank after a sudden engine room fire', speaker: 'Joel Marsh' },
    ])).toHaveLength(1);
    expect(setup([
      { source: 'a', text: 'the ferry sank after a sudden fire in its engine room off the north cape', speaker: 'the coastguard' },
      { source: 'b', text: '"An engine fire. Very sudden," a harbour pilot said.', quoted: 'An engine fire. Very sudden,', speaker: 'a harbour pilot' },
    ])).toHaveLength(1);
  });
  it('joins one speaker reworded with synonyms, and a phrase one source puts in quotation marks', () => {
    const reworded = setup([
      { source: 'a', text: 'The suspect used a .38 pistol and brought several clips for the gun', speaker: 'Ana Lima' },
      { source: 'b', text: 'The shooter used one handgun bought last year and multiple clips', speaker: 'Ana Lima' },
    ]);
    expect(reworded).toHaveLength(1);
    const phrase = setup([
      { source: 'a', text: 'Norland denounced the harbour negotiations as showing a “siege mentality” at the port', speaker: 'Norland' },
      { source: 'b', text: 'the meeting showed a siege mentality and would only delay a settlement of the dispute over the northern fishing grounds', speaker: 'Norland' },
    ]);
    expect(phrase).toHaveLength(1);
    const others = setup([
      { source: 'a', text: 'The suspect used a .38 pistol and brought several clips for the gun', speaker: 'Ana Lima' },
      { source: 'b', text: 'The shooter used one handgun bought last year and multiple clips', speaker: 'Paul Ng' },
    ]);
    expect(others).toHaveLength(2);
  });
  it('compares one speaker\'s partial quote by its sentence, and a paraphrase by its synonyms even with common words', () => {
    const partial = setup([
      { source: 'a', text: 'The mayor has approved roughly 40 new buses for the valley “in the coming weeks”, Ana Lima confirmed.', speaker: 'Ana Lima', quoted: 'in the coming weeks' },
      { source: 'b', text: 'the mayor has authorised about 40 buses to serve valley towns', speaker: 'Ana Lima' },
    ]);
    expect(partial).toHaveLength(1);
    const strangers = setup([
      { source: 'a', text: 'The mayor has approved roughly 40 new buses for the valley “in the coming weeks”, Ana Lima confirmed.', speaker: 'Ana Lima', quoted: 'in the coming weeks' },
      { source: 'b', text: 'the mayor has authorised about 40 buses to serve valley towns', speaker: 'Paul Ng' },
    ]);
    expect(strangers).toHaveLength(2);
  });
});

describe('one report paraphrased under two names', () => {
  const a = 'the river authority said flood barriers along the northern embankment failed overnight and pumps could not keep up with rising water';
  const b = 'barriers on the northern embankment gave way during the night as pumps failed against the rising water';
  it('joins a paraphrase whose outlets name the speaker two ways, or one of them names no one', () => {
    expect(setup([{ source: 'x', text: a, speaker: 'the river authority' }, { source: 'y', text: b, speaker: 'the city' }])).toHaveLength(1);
    expect(setup([{ source: 'x', text: a, speaker: 'the river authority' }, { source: 'y', text: b }])).toHaveLength(1);
    expect(setup([{ source: 'x', text: a, speaker: 'Amara Okafor' }, { source: 'y', text: b }])).toHaveLength(1);
  });
  it('keeps it apart when both name someone and one of them is a person', () => {
    expect(setup([{ source: 'x', text: a, speaker: 'the river authority' }, { source: 'y', text: b, speaker: 'Paul Ng' }])).toHaveLength(2);
  });
});

describe('the speaker of each source and of the claim', () => {
  const words = 'The harbour bridge will reopen to lorries once county engineers judge the repaired cables safe.';
  const said = (source: string, who?: string, role?: string) => ({ source, text: who ? `“${words}” said ${who}.` : `“${words}” a notice read.`, quoted: words, ...(who ? { speaker: who } : {}), ...(role ? { role } : {}) });
  it('keeps on each evidence the speaker its own source gives, and names none at claim level when two outlets name two people', () => {
    const [claim, ...rest] = setup([said('a', 'Amara Okafor'), said('b', 'Paul Ng')]);
    expect(rest).toHaveLength(0);
    expect(claim!.evidence.map((e) => e.speaker?.name)).toEqual(['Amara Okafor', 'Paul Ng']);
    expect(claim!.speaker).toBeUndefined();
    expect(claim!.id).toMatch(/^quote-unattributed-/);
  });
  it('names the claim\'s speaker where the sources agree, fullest name first, and leaves a source that names no one without a speaker', () => {
    const [claim] = setup([said('a', 'Okafor', 'harbour master'), said('b', 'Amara Okafor'), said('c')]);
    expect(claim!.speaker).toEqual({ name: 'Amara Okafor', role: 'harbour master' });
    expect(claim!.evidence.map((e) => e.speaker)).toEqual([{ name: 'Okafor', role: 'harbour master' }, { name: 'Amara Okafor' }, undefined]);
  });
  it('takes the person two sources agree on over an organisation a third names, and no one when it is one against one', () => {
    const [claim] = setup([said('a', 'Amara Okafor'), said('b', 'Okafor'), said('c', 'the port authority')]);
    expect(claim!.speaker?.name).toBe('Amara Okafor');
    expect(claim!.evidence[2]!.speaker?.name).toBe('the port authority');
    const [tie] = setup([said('a', 'Amara Okafor'), said('c', 'the port authority')]);
    expect(tie!.speaker).toBeUndefined();
  });
  it('takes a description another source narrows with proper names for one speaker, not one it narrows to another post', () => {
    const [claim] = setup([said('a', 'police'), said('b', 'Harbour City police')]);
    expect(claim!.speaker?.name).toBe('Harbour City police');
    const [rank] = setup([said('a', 'the minister'), said('b', 'Deputy minister')]);
    expect(rank!.speaker).toBeUndefined();
  });
  it('takes a name more sources give than any other when no source names a person', () => {
    const [claim] = setup([said('a', 'the port authority'), said('b', 'the port authority'), said('c', 'officials')]);
    expect(claim!.speaker?.name).toBe('the port authority');
    const [even] = setup([said('a', 'the port authority'), said('b', 'the port authority'), said('c', 'officials'), said('d', 'officials')]);
    expect(even!.speaker).toBeUndefined();
    // A person only one source names may be the one who spoke: no claim-level name then.
    const [person] = setup([said('a', 'the port authority'), said('b', 'the port authority'), said('c', 'Paul Ng')]);
    expect(person!.speaker).toBeUndefined();
  });
});

describe('namedAlike', () => {
  it('takes a surname, an initialled name and an article for the same speaker', () => {
    expect(namedAlike('Okafor', 'Amara Okafor')).toBe(true);
    expect(namedAlike('H.R. Lindqvist', 'HR Lindqvist')).toBe(true);
    expect(namedAlike('the FDA', 'FDA')).toBe(true);
    expect(namedAlike("Lindqvist's", 'Nils Lindqvist')).toBe(true);
  });
  it('keeps apart two people of one surname, and names that share no name word', () => {
    expect(namedAlike('Jonas Okafor', 'Amara Okafor')).toBe(false);
    // Outlets give one person different titles: the titles are no part of the name.
    expect(namedAlike('DC Okafor', 'Det Con Amara Okafor')).toBe(true);
    expect(namedAlike('Mr. Okafor', 'Amara Okafor')).toBe(true);
    expect(namedAlike('Sgt. Jonas Okafor', 'Amara Okafor')).toBe(false);
    expect(namedAlike('Amara Okafor', 'Paul Ng')).toBe(false);
    expect(namedAlike('a spokesman', 'the ministry')).toBe(false);
  });
});
