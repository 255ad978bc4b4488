import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../scripts/extract/quotes/extractQuotes.ts';
import { NameBook } from '../scripts/extract/speakers/nameBook.ts';
import { sentenceSpans, paragraphSpans } from '../scripts/segment/segment.ts';
import type { SegmentedArticle, Sentence } from '../scripts/contracts/stages.ts';
import { collectNames } from '../scripts/extract/speakers/collectNames.ts';

function read(text: string): { view: string; sentences: Sentence[] } {
  const sentences: Sentence[] = [];
  paragraphSpans(text, 0, text.length).forEach(([from, to], paragraph) => {
    for (const [start, end] of sentenceSpans(text, from, to)) sentences.push({ source: 'a', index: sentences.length, paragraph, start, end, text: text.slice(start, end) });
  });
  return { view: text, sentences };
}

function quotes(text: string, fullNames: string[] = [], places: string[] = []) {
  const names = new NameBook();
  fullNames.forEach((n) => names.add(n));
  places.forEach((p) => names.addPlace(p));
  const { view, sentences } = read(text);
  return extractQuotes(sentences, view, names).map((q) => ({ words: view.slice(q.start, q.end), speaker: q.speaker, role: q.role, form: q.form }));
}

/** Quotes with the names and pronouns collected from the text itself, as the pipeline collects them. */
function quotesWithCollectedNames(text: string) {
  const { view, sentences } = read(text);
  const names = collectNames([{ sentences } as unknown as SegmentedArticle]);
  return extractQuotes(sentences, view, names).map((q) => ({ words: view.slice(q.start, q.end), speaker: q.speaker, role: q.role }));
}

describe('extractQuotes', () => {
  it('attributes a direct quote to the speaker after it, and resolves a surname to the full name', () => {
    expect(quotes('“The levee held through the night,” Okafor said.', ['Amara Okafor'])).toEqual([
      { words: 'The levee held through the night,', speaker: 'Amara Okafor', role: undefined, form: 'direct' },
    ]);
  });
  it('reads "..., near the capital, said Ana Lima" as Lima speaking, and "he said" next as her; "told Reuters" names a listener', () => {
    const q = quotesWithCollectedNames('Rangers shot the bull after it hurt a farmer near Porto Norte, the capital, said Ana Lima, a spokeswoman for the park service.\nThey had planned to dart the animal, but the crowd grew too loud, she said.\n“It is a sad day,” Tom Reyes, the park director, told Reuters on Friday.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Ana Lima', 'Tom Reyes']);
  });
  it('gives "they" the group the same sentence names ("When park rangers arrived, they said"), not the last speaker', () => {
    const q = quotesWithCollectedNames('Many people said the bull had been calm for days.\nWhen the wildlife rangers arrived, they said they had no choice but to shoot it.');
    expect(q.map((x) => x.speaker)).toEqual(['Many people', 'wildlife rangers']);
  });
  it('reads "added two officials to the team" as no speech, "added the council would vote" as speech; after "“...” said X, whose ..." the relative clause is not what X said', () => {
    const q = quotesWithCollectedNames('Mayor Ana Lima opened the pier on Monday.\nThree weeks before the vote, Lima has added two officials to run the harbour board.\nLima added the council would vote in May.\n“Says who?” said Lima, whose job also includes chairing the harbour board.');
    expect(q.map((x) => x.words)).toEqual(['the council would vote in May']);
  });
  it('reads an organisation name joined by "and" and serial commas whole', () => {
    const q = quotes("A report from Norland's Office of Roads, Rail and Ports said the bridge had been overloaded for years.\nThe closure was ordered in March, according to a report released by the Bureau of Mines, Quarries and Energy.");
    expect(q.map((x) => x.speaker)).toEqual(['Office of Roads Rail and Ports', 'Bureau of Mines Quarries and Energy']);
  });
  it('reads "found that" and "estimated that" as reporting, but not "an estimated" or "found the car"', () => {
    const q = quotes('The researchers found that night shifts raised the risk of falls by a third.\nPolice found the car near the harbour on Sunday morning.\nAn estimated 300 people attended the vigil, the organisers said.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['The researchers', 'night shifts raised the risk of falls by a third'],
      ['the organisers', 'An estimated 300 people attended the vigil'],
    ]);
  });
  it('reads "X claims that" mistagged as a noun, "Y reported", "has continued to tell" and several listeners', () => {
    const q = quotes('Norland claims that the dam could easily be raised by two metres.\nThe ferry will not sail again before spring, the Harbour Gazette reported.\nMayor Ana Lima has continued to tell the council and the press that the bridge will reopen in May.\nThe levy cost the county 900 jobs in its first year, Okafor said.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Norland', 'the dam could easily be raised by two metres'],
      ['Harbour Gazette', 'The ferry will not sail again before spring'],
      ['Ana Lima', 'the bridge will reopen in May'],
      ['Okafor', 'The levy cost the county 900 jobs in its first year'],
    ]);
  });
  it('gives "the ministry" the fuller description said earlier, and "the chief" the named chief', () => {
    const q = quotes("Norland's transport ministry said the ferry would resume on Monday.\nTom Reyes, the fire chief, said the blaze had been contained by noon.\nThe ministry said it had hired two new captains for the route.\nThe chief said the crews would stay overnight at the pier.");
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ["Norland's transport ministry", undefined],
      ['Tom Reyes', 'the fire chief'],
      ["Norland's transport ministry", undefined],
      ['Tom Reyes', 'the fire chief'],
    ]);
  });
  it('gives ", saying ..." to the sentence\'s subject, reads a long appositive role, and no inverted speaker that has a verb of its own', () => {
    const q = quotes('Sheriff Ana Lima declined to name the victims, saying families were still being told.\nTom Reyes, the director of the harbour museum at Norland University in Porto, said the archive had been saved.\nTom Reyes, the lead engineer, said the bridge design is not yet final, as it needs the council\'s consent.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Ana Lima', 'families were still being told'],
      ['Tom Reyes', 'the archive had been saved'],
      ['Tom Reyes', "the bridge design is not yet final, as it needs the council's consent"],
    ]);
  });
  it('reads a speaker before a bracketed party, a clause after "said in an interview", and "estimated that"', () => {
    const q = quotes('Rep. Ana Lima (D-Nor.) said a shutdown would hit the harbour towns hardest.\nOkafor said in an interview Friday there was little point in a second vote.\nIn 2011, the harbour board estimated that it could run the ferries for two weeks.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Ana Lima', 'a shutdown would hit the harbour towns hardest'],
      ['Okafor', 'there was little point in a second vote'],
      ['the harbour board', 'it could run the ferries for two weeks'],
    ]);
  });
  it('names an outlet from "the North\'s Harbour Gazette newspaper", not a nationality, and "the sheriff" after "Sheriff Ana Lima"', () => {
    const q = quotes("“The port will not reopen this year,” the North’s Harbour Gazette newspaper said in a commentary.\nThe Norlandic newspaper said the ferry company had been warned.\nSheriff Ana Lima told reporters the driver had been arrested.\nThe sheriff said the bridge would stay closed, saying inspectors were still at work.", ['Ana Lima']);
    expect(q.map((x) => x.speaker)).toEqual(['Harbour Gazette', 'The Norlandic newspaper', 'Ana Lima', 'Ana Lima']);
  });
  it('reads a role holding a capitalised name whatever its tags, and a clause after "said on Wednesday"', () => {
    const q = quotes('Tom Reyes, director of the Harbour Working Group at the Norland Institute, warned against reading the vote as a turning point.\nThe council, which did not meet in May, said on Wednesday the ferry would run again in June.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Tom Reyes', 'against reading the vote as a turning point'],
      ['The council', 'the ferry would run again in June'],
    ]);
  });
  it('leaves the opening dateline out of what was said', () => {
    const q = quotes('PORTO (Reuters) - The harbour will reopen to ferries next week, the port authority said on Monday.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([['the port authority', 'The harbour will reopen to ferries next week']]);
    const mixedCase = quotes('Porto (CNN) The harbour will reopen to ferries next week, officials said.');
    expect(mixedCase.map((x) => x.words)).toEqual(['The harbour will reopen to ferries next week']);
    // A dateline whose outlet was cut away: the city in capitals, then the news.
    const bare = quotes('PORTO/VALE, Norland The harbour will reopen to ferries next week, officials said.');
    expect(bare.map((x) => x.words)).toEqual(['The harbour will reopen to ferries next week']);
  });
  it('reads a role before the name and an appositive role', () => {
    const q = quotes('Harbour master Lena Voss said that the port would reopen on Monday.\nTom Reyes, the fire chief, stated that two crews remained at the scene.');
    expect(q.map((x) => [x.speaker, x.role, x.form])).toEqual([['Lena Voss', 'Harbour master', 'reported'], ['Tom Reyes', 'the fire chief', 'reported']]);
  });
  it('keeps a quotation that runs over several sentences whole', () => {
    const [q] = quotes('“We have water. We have food. We need time,” the mayor said.');
    expect(q).toMatchObject({ words: 'We have water. We have food. We need time,', speaker: 'the mayor' });
  });
  it('gives an unattributed quote right after a quote the same speaker, and "she" the person last named', () => {
    const q = quotes('“The roads are closed,” Chief Ana Lima said. “Please stay home tonight.”\nShe added that shelters had room for 300 people.', ['Ana Lima']);
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Ana Lima', 'Ana Lima']);
  });
  it('treats a short quoted term as a scare quote, not speech', () => {
    expect(quotes('Officials called the plan “reckless” on Monday.')).toEqual([]);
  });
  it('does not take circumstances after "said" for reported speech', () => {
    expect(quotes('Okafor said during a briefing at the county office.')).toEqual([]);
  });
  it('reads the clause before a closing attribution: "CLAUSE, X said on Monday." and "CLAUSE, said X, role."', () => {
    const q = quotes('Crews found two more bodies near the harbour wall, the coast guard said on Monday.\nThe largest piece measured nine metres, said Lena Voss, head of the salvage team.');
    expect(q.map((x) => [x.words, x.speaker, x.form])).toEqual([
      ['Crews found two more bodies near the harbour wall', 'the coast guard', 'reported'],
      ['The largest piece measured nine metres', 'Lena Voss', 'reported'],
    ]);
  });
  it('finds the speaker before a relative clause and a role with "of", and skips "in a statement"', () => {
    const q = quotes('Harbour official Ardi, who like many residents uses one name, said it was unlikely the ferry would sail.\nPaul Ng, director of the Port Authority of Norland, said in a statement that repairs would take weeks.');
    expect(q.map((x) => [x.speaker, x.role, x.words])).toEqual([
      ['Ardi', 'Harbour official', 'it was unlikely the ferry would sail'],
      ['Paul Ng', 'director of the Port Authority of Norland', 'repairs would take weeks'],
    ]);
  });
  it('keeps the speaker of "a source close to the investigation" whole', () => {
    const [q] = quotes('The gunman had been fired a week earlier, a source close to the investigation said.');
    expect(q).toMatchObject({ speaker: 'a source close to the investigation', form: 'reported' });
  });
  it('reads ", who said ..." and a leading "According to X, ..."', () => {
    const q = quotes('The closure was confirmed by harbour master Lena Voss, who said the port would reopen within days.\nAccording to a senior port official, two cranes were damaged in the storm.', ['Lena Voss']);
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Lena Voss', 'the port would reopen within days'],
      ['a senior port official', 'two cranes were damaged in the storm'],
    ]);
  });
  it('reads speech acts with a noun object ("warned of ...", "urged ...") but not "an estimated"', () => {
    const q = quotes('Mayor Dana Ortiz warned of flooding along the river.\nAn estimated 3,000 residents remain without power.\nOfficials urged residents to stay indoors.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([['Dana Ortiz', 'of flooding along the river'], ['Officials', 'residents to stay indoors']]);
  });
  it('reads "said the lead author, Dr. Ana Lima, a professor" and continues a short quote\'s speaker', () => {
    const q = quotes('“Keeping weight off matters most,” said the lead author, Dr. Ana Lima, a professor of medicine.\n“This is serious,” Fuller said. “The city may not notice the closure unless it lasts weeks.”', ['Ana Lima', 'Tom Fuller']);
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Ana Lima', 'the lead author'], ['Tom Fuller', undefined]]);
  });
  it('gives "he" and "she" a person: not a place that "denied", but a surname alone or one name with a role', () => {
    const q = quotes('Amara Okafor leads the harbour board.\nLisbon denies the claim.\nOkafor made her first comments on the dispute on Tuesday. She accused the council of ignoring the port’s needs.\nAnother official, Ardi, said the pier was safe. “The water is only two metres deep,” he said.', ['Amara Okafor'], ['Lisbon']);
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Lisbon', undefined], ['Amara Okafor', undefined], ['Ardi', 'Another official'], ['Ardi', 'Another official']]);
  });
  it('never takes a name inside the quotation for the "he" that said it', () => {
    const q = quotes('Tom Reyes, the ferry chief, spoke on Monday.\n“I have full faith in our crews in Norland and elsewhere,” he added.', ['Tom Reyes', 'Norland Rescue']);
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
  it('reads past an interview\'s "Q." and a quoted question before "she asked"', () => {
    const q = quotes('Q. Harbour workers say they will strike if the pier closes in May.\n“Did I think it was far away?” she told the Harbour Gazette. “No, it was right on the doorstep.”', ['Lena Voss']);
    expect(q.map((x) => x.speaker)).toEqual(['Harbour workers', undefined, undefined]);
    const named = quotes('Lena Voss lives by the pier.\n“Did I think it was far away?” she told the Harbour Gazette.', ['Lena Voss']);
    expect(named.map((x) => x.speaker)).toEqual(['Lena Voss']);
  });
  it('gives "the company" the organisation the article is about, and "the teenager" the person just named', () => {
    const q = quotes('Norbank announced a new leave policy on Monday.\nNorbank will pay staff in full, and Norbank staff may return part time.\nThe company said parents can come back to the office when they choose.\nAna Lima, a student from Porto, lost her home in the flood. “We had planned to stay all summer,” the orphaned teenager told the Harbour Gazette.', ['Ana Lima']);
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Norbank', 'The company'],
      ['Ana Lima', 'the orphaned teenager'],
    ]);
  });
  it('never takes a plural abbreviation ("PINs") for the organisation an article is about', () => {
    const q = quotes('Card PINs were not taken, Norbank said.\nNorbank will reissue cards. Customers should change their PINs. Thieves copied PINs at two stores.\nThe company said it learned of the theft in May.');
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Norbank', undefined],
      ['Norbank', 'The company'],
    ]);
  });
  it('keeps an organisation\'s name whole when it holds role words ("Sheriff\'s Office", "State Department", "Police Service")', () => {
    const q = quotes([
      'The road was closed for six hours, according to the Tarrow County Sheriff\'s Office.',
      'The Norland State Department said the talks would resume next week.',
      'On Monday Harbour Police Service said two men had been arrested.',
      'Norlandic state TV said the capital was calm.',
      'The ferry will resume service on Friday, according to the Department of Marine Transport.',
    ].join('\n'));
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ["Tarrow County Sheriff's Office", undefined],
      ['Norland State Department', undefined],
      ['Harbour Police Service', undefined],
      ['Norlandic state TV', undefined],
      ['Department of Marine Transport', undefined],
    ]);
  });
  it('reads who "according to" names, not the time or place that qualifies it', () => {
    const q = quotes([
      'The dam was older than thought, according to a study published by the University of Tarrow in September.',
      'The couple argued over the house, according to an email exchange in June.',
      'Six people were hurt, according to police in Porto.',
      'Water levels were at a record, according to a report released by the Norland Weather Agency.',
      'Ticket sales fell by a third, according to a local economist\'s projections.',
    ].join('\n'));
    expect(q.map((x) => x.speaker)).toEqual(['University of Tarrow', 'an email exchange', 'police', 'Norland Weather Agency', 'a local economist']);
  });
  it('attributes a quotation to ways of speaking ("replied", "laughed", "asked"), but reports no clause without one', () => {
    const q = quotes([
      '“Not this year, and not the next one either,” Okafor replied.',
      '“It was the loudest night of my life!” laughed Tom Reyes.',
      'Lima asked the council to delay the vote.',
      'The policy states: “Every visitor must sign in at the front desk before noon.”',
      'The caller hung up saying, “I will not be coming back.”',
    ].join('\n'), ['Amara Okafor']);
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Amara Okafor', 'Not this year, and not the next one either,'],
      ['Tom Reyes', 'It was the loudest night of my life!'],
      ['The policy', 'Every visitor must sign in at the front desk before noon.'],
      ['The caller', 'I will not be coming back.'],
    ]);
  });
  it('finds the name before a list of roles ("Ana Lima, a former reporter and party adviser, strategist and Norbank supporter, said")', () => {
    const q = quotes('“You cannot say she ignores the press,” Ana Lima, a former reporter and current party adviser, strategist and Norbank supporter, said after the briefing.');
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
  it('gives "he" and "she" only to a person the articles do not call the other ("Ms. Lima", "spokesman Tom Reyes")', () => {
    const text = [
      'Shelter spokesman Tom Reyes said the shelter had 40 beds. Ms. Lima opened it in 2009.',
      'Ana Lima said it would stay open all winter. “We are not closing while anyone needs a bed,” he said.',
      'Vikki Lima and her son Jeff Lima searched for weeks. Vikki Lima spoke at the vigil on Sunday. “We will keep looking until we find her,” she said.',
    ].join('\n');
    const q = quotesWithCollectedNames(text).map((m) => [m.speaker, m.words]);
    expect(q).toEqual([
      ['Tom Reyes', 'the shelter had 40 beds'],
      ['Ana Lima', 'it would stay open all winter'],
      ['Tom Reyes', 'We are not closing while anyone needs a bed,'],
      ['Vikki Lima', 'We will keep looking until we find her,'],
    ]);
  });
  it('reads past a place inside an appositive role ("a professor at Lund University in Malibu, California") to the name', () => {
    const q = quotes('Ana Lima, a law professor at Tarrow University in Porto, Norland, and a critic of the plan, said the vote changed little.', ['Ana Lima']);
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima']);
  });
  it('never takes a family name shared by relatives the articles name in full for "the company"', () => {
    const q = quotes('Fabio Reyes founded the salon in 1990. His sister Mira Reyes ran it with him. Reyes trained hundreds of stylists, and Reyes wrote two books.\nThe company said it would close the salon for a week.', ['Fabio Reyes', 'Mira Reyes']);
    // With no company named, "the company" stands for no one the reader can place: no speaker.
    expect(q.map((x) => [x.speaker, x.role])).toEqual([[undefined, undefined]]);
  });
  it('gives "the company" the name the articles mark as a company ("Norbank Foods Inc."), however often others are named', () => {
    const text = 'Animal Justice Now filmed inside two plants run by Norbank Foods Inc. last spring.\nAnimal Justice Now says the footage shows abuse. Animal Justice Now wants an inquiry, and Animal Justice Now has sent the video to regulators.\nThe company said it had ended the practice at both plants.';
    const q = quotesWithCollectedNames(text).map((m) => [m.speaker, m.role]);
    expect(q).toContainEqual(['Norbank Foods', 'The company']);
  });
  it('reads "says his mother Ana Lima", "Says Lima:", and a name before an age or home town ("Tom Reyes, of Porto, 83, said")', () => {
    const q = quotes([
      '“He needed a tube to help him breathe,” says his mother Ana Lima.',
      'Says Okafor: “He saw it as an opportunity to have a pulpit.”',
      '“Look at what happened in the harbour this week,” Tom Reyes, of Porto, 83, said of the flood.',
      'Rosa Diaz, 67, said: “It did not matter how long he was away from home.”',
    ].join('\n'), ['Ana Lima', 'Amara Okafor', 'Tom Reyes', 'Rosa Diaz']);
    expect(q.map((x) => x.speaker)).toEqual(['Ana Lima', 'Amara Okafor', 'Tom Reyes', 'Rosa Diaz']);
  });
  it('takes no noun before an infinitive ("went on Harbour Radio to ask") for the speaker', () => {
    expect(quotes('The mayor went on Harbour Radio to ask residents to “stay indoors until the storm has passed.”').map((x) => x.speaker)).toEqual([undefined]);
  });
  it('takes neither a capitalised plural ("Authorities") nor a title opening with a number ("Two Tall Towers") for a person', () => {
    const q = quotes('Authorities said the road would reopen on Friday.\nThe woman hung up saying, “I just want my son home.”\nAna Lima wrote the book. Asked if she minded the name Two Tall Towers, she replied: “Not one bit, it suits us both.”', ['Ana Lima']);
    expect(q.map((x) => [x.speaker, x.role])).toEqual([
      ['Authorities', undefined],
      ['The woman', undefined],
      ['Ana Lima', undefined],
    ]);
  });
  it('takes no circumstance before "X announced an object" for what was said', () => {
    expect(quotes('A few hours after the shares hit a record high, Norbank announced a new leave policy.')).toEqual([]);
    expect(quotes('Two people were hurt in the blast on Monday night, said harbour police Lt. Tom Reyes.').map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
  it('reads a mixed pair of quotation marks, "but said", "CLAUSE, as X reported" and two outlets that confirmed', () => {
    const q = quotes('“We are working with the police,” Okafor said. "We are assessing when the pier will reopen. Our thoughts are with the families.”\nSheriff Ana Lima would not name the driver, but said he was a seasonal worker from the valley.\nNow the council has approved about 40 new buses for the valley, as the Harbour Gazette reported.\nThe mayor will resign “in the coming weeks”, Harbour Radio and The Norland Times confirmed Wednesday.', ['Ana Lima', 'Amara Okafor']);
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Amara Okafor', 'We are working with the police,'],
      ['Amara Okafor', 'We are assessing when the pier will reopen. Our thoughts are with the families.'],
      ['Ana Lima', 'he was a seasonal worker from the valley'],
      ['Harbour Gazette', 'Now the council has approved about 40 new buses for the valley'],
      ['Harbour Radio', 'in the coming weeks'],
    ]);
  });
  it('runs a reported clause on past ", X said, with ..."', () => {
    const q = quotes('Some crew members needed treatment, Lima said, with two in stable condition and one seriously hurt.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([['Lima', 'Some crew members needed treatment, Lima said, with two in stable condition and one seriously hurt']]);
  });
  it('reads a study\'s write-up: "X and colleagues" are "the researchers", "the team" and "the authors"', () => {
    const q = quotes([
      'Dr. Ana Lima and colleagues reported their results in a medical journal.',
      'Researchers found that people who slept less than six hours had more falls.',
      'The team found that for adults over 60, there were 40 percent more falls among short sleepers.',
      'Additionally, the researchers found a link between short sleep and broken hips.',
      'These findings held after accounting for age and weight, the authors note.',
      'Still, the researchers believe that their results warrant further study.',
      '“We need to look at how people sleep, not only how long.” Dr. Ana Lima',
    ].join('\n'), ['Ana Lima']);
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Ana Lima and colleagues', 'people who slept less than six hours had more falls'],
      ['Ana Lima and colleagues', 'for adults over 60, there were 40 percent more falls among short sleepers'],
      ['Ana Lima and colleagues', 'a link between short sleep and broken hips'],
      ['Ana Lima and colleagues', 'These findings held after accounting for age and weight'],
      ['Ana Lima and colleagues', 'their results warrant further study'],
      ['Ana Lima', 'We need to look at how people sleep, not only how long.'],
    ]);
  });
  it('gives "According to an official, CLAUSE, the Gazette reports" to the official, without the outlet', () => {
    const q = quotes('According to a senior port official, 200 workers will move to the north yard, the Harbour Gazette reports.');
    expect(q.map((x) => [x.speaker, x.words])).toEqual([['a senior port official', '200 workers will move to the north yard']]);
  });
  it('gives the speech an outlet reports to the one who spoke: "The Gazette reported that ..., he criticised ..."', () => {
    const q = quotes('“We will not wait,” Paul Ng said at a press conference on Tuesday.\nThe Harbour Gazette reported that at that press conference, he criticised the board for persistently delaying the repairs.\nThe ferry will not sail again before spring, the Harbour Gazette reported.', ['Paul Ng', 'Harbour Gazette']);
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Paul Ng', 'We will not wait,'],
      ['Paul Ng', 'the board for persistently delaying the repairs'],
      ['Harbour Gazette', 'The ferry will not sail again before spring'],
    ]);
  });
});

describe('abstaining rather than guessing a speaker', () => {
  it('keeps what a document "says" as reported speech, the document named as its source', () => {
    const q = quotes('The inspection report says the ladder was stored in its proper place.');
    expect(q).toEqual([{ words: 'the ladder was stored in its proper place', speaker: 'The inspection report', role: undefined, form: 'reported' }]);
  });
  it('gives no speaker to "we" or "I" (the writer) nor to a bare title that stands for no one named before', () => {
    expect(quotes('We are told the clerk no longer works at the depot.').map((x) => x.speaker)).toEqual([undefined]);
    expect(quotes('The official said the depot would reopen on Friday.').map((x) => x.speaker)).toEqual([undefined]);
  });
  it('gives "he said" no speaker five sentences or more after anyone was named, and the person named when nearer', () => {
    const filler = ' The ferry left at noon. The sea was calm. The cargo was grain. The crew was small. The port was busy.';
    const far = quotes(`Tom Reyes runs the ferry.${filler} He said the ferry will sail again in spring.`, ['Tom Reyes']);
    expect(far.map((x) => x.speaker)).toEqual([undefined]);
    const near = quotes('Tom Reyes runs the ferry. The sea was calm. He said the ferry will sail again in spring.', ['Tom Reyes']);
    expect(near.map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
  it('resolves "the official" to the official introduced before with whom they work for', () => {
    const q = quotes('An official with the harbour task force said the ferry had been searched. The official said no one was hurt.');
    expect(q.map((x) => x.speaker)).toEqual(['An official with the harbour task force', 'An official with the harbour task force']);
  });
  it('still resolves a bare title to the fuller description said before', () => {
    const q = quotes("Norland's transport ministry said the depot would reopen on Friday. The ministry said the trains would run again on Monday.");
    expect(q.map((x) => x.speaker)).toEqual(["Norland's transport ministry", "Norland's transport ministry"]);
  });
  it('gives what "the son of X" or "a relative of X" says to that relative, never to X', () => {
    const q = quotes('The son of harbour pilot Ana Lima said the ferry left without its pilot.\nA relative of Reyes said the crew had been warned twice.', ['Ana Lima', 'Tom Reyes']);
    expect(q.map((x) => x.speaker)).toEqual(['The son of harbour pilot Ana Lima', 'A relative of Reyes']);
  });
  it('keeps other nouns before "of" out of the speaker ("a pair of researchers")', () => {
    expect(quotes('A pair of researchers have found that the tide gauges were misread for years.').map((x) => x.speaker)).toEqual(['researchers']);
  });
  it('reads a long clause after "say" as what was said even when the tagger misses its verb, but not the name after an inverted "said"', () => {
    expect(quotes('Officials say a deckhand at the harbour depot mistook the solvent for drinking water.').map((x) => [x.speaker, x.words])).toEqual([
      ['Officials', 'a deckhand at the harbour depot mistook the solvent for drinking water'],
    ]);
    expect(quotes('The ferry was moored near Porto, the capital, said Ana Lima, a spokeswoman for the port authority.', ['Ana Lima']).map((x) => x.words)).not.toContain('Ana Lima, a spokeswoman for the port authority');
  });
  it('reads the clause before an inverted "said NAME, ROLE, who ..." as what was said, never the name and its relative clause', () => {
    expect(quotes('This method has guided searches for lost ships and missing hikers, said Rosa Delgado, chief analyst at Northfield Labs, who has worked on many such searches.', ['Rosa Delgado']).map((x) => [x.speaker, x.words])).toEqual([
      ['Rosa Delgado', 'This method has guided searches for lost ships and missing hikers'],
    ]);
  });
  it('gives what "a spokeswoman for X" says to the spokeswoman, never to X, and keeps a name given before the comma', () => {
    const q = quotes('A spokeswoman for Ana Lima said the couple had parted on good terms.\nTom Reyes, a spokesman for the rescue service, said the boats were back in port.', ['Ana Lima', 'Tom Reyes']);
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['A spokeswoman for Ana Lima', undefined], ['Tom Reyes', 'a spokesman for the rescue service']]);
  });
  it('gives "the labour minister" to the one person the articles call Labour Minister, and no one when two are', () => {
    expect(quotesWithCollectedNames('Labour Minister Ana Lima visited the mill on Sunday.\nThe labour minister said the closure was unlawful.').map((x) => [x.speaker, x.role])).toEqual([
      ['Ana Lima', 'The labour minister'],
    ]);
    expect(quotesWithCollectedNames('Judge Ana Lima and Judge Tom Reyes heard the case.\nThe judge said the bail would stand.').map((x) => x.speaker)).toEqual(['The judge']);
  });
  it('gives what "the man in the recording" or "a witness at the pier" says to that person, not to the recording or the pier', () => {
    const q = quotes('“They will not catch me,” the man in the recording said.\nA witness at the pier said the driver jumped clear of the car.');
    expect(q.map((x) => x.speaker)).toEqual(['the man in the recording', 'A witness at the pier']);
  });
  it('reads "the head of the search and rescue agency" whole as the speaker, and keeps the name in "chief of staff Ana Lima"', () => {
    const q = quotes('Divers have found four large parts of the ferry on the sea bed, the head of the search and rescue agency said on Saturday.\nHarbour chief of staff Ana Lima says the port will reopen on Monday morning.', ['Ana Lima']);
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['the head of the search and rescue agency', 'Divers have found four large parts of the ferry on the sea bed'],
      ['Ana Lima', 'the port will reopen on Monday morning'],
    ]);
  });
  it('reads an attribution set off by commas inside its clause: the whole sentence is what was said', () => {
    expect(quotes('The hope, officials say, is that the hull of the ferry is still intact.').map((x) => [x.speaker, x.words])).toEqual([
      ['officials', 'The hope, officials say, is that the hull of the ferry is still intact'],
    ]);
    // A list or a relative clause before the aside is no clause of its own.
    expect(quotes('Ana Lima, Tom Reyes, officials said, and two others.').map((x) => x.words)).toEqual([]);
  });
  it('skips an aside between the speaker and the verb, with commas of its own, but not a relative clause the sentence goes on after', () => {
    const q = quotes('Norbank Foods, citing the slump, said it would close the mill.\nHarbour Ferries, which began in 2001, quickly becoming the largest operator, said it was reviewing the timetable.\nThe case, which seeks damages, is still pending, said Ana Lima, the lawyer for the crew.', ['Ana Lima']);
    expect(q.map((x) => [x.speaker, x.words])).toEqual([
      ['Norbank Foods', 'it would close the mill'],
      ['Harbour Ferries', 'it was reviewing the timetable'],
      ['Ana Lima', 'The case, which seeks damages, is still pending'],
    ]);
  });
});

describe('quoted names are not speech', () => {
  it('reads a quotation after "known as", "titled", "dubbed" or "so-called" as a name, not words someone said', () => {
    const text = 'The agency enforces a rule known as “The Safe Harbor Boat Rule” in every port. She wrote a memo titled “Why the Ferry Must Sail on Time” last year. The press dubbed her “the harbor master of the whole coast” at once.';
    expect(quotes(text, ['Ana Lima'])).toEqual([]);
    // With an article between: "also known as the “...”".
    expect(quotes('The Harbor Rule, also known as the “Boat, Dock and Pier Safety Rule” (BDP Rule), implements a provision that the council added to the port code.')).toEqual([]);
  });
  it('reads a title-case quotation after the word for a work as its title, and speech that goes on after "the film," as speech', () => {
    expect(quotes('Lima, who wrote the book “How We Kept the Ferry Running Every Winter,” said the port would reopen.', ['Ana Lima']).filter((q) => q.form === 'direct')).toEqual([]);
    // Titles listed, or in brackets: names, whatever their length; a list of spoken lines stays speech.
    expect(quotes('Among the many sea films (“I Was a Teenage Ghost Ship,” “The Tide,” “Sea Woman”) is this one, Lima said.', ['Ana Lima']).filter((q) => q.form === 'direct')).toEqual([]);
    expect(quotes('The crew sang “Over the Waves We Sail Tonight” and “The Long Dark Harbor Road” before dawn.').filter((q) => q.form === 'direct')).toEqual([]);
    expect(quotes('“We will sail at dawn,” “we will not wait,” Ana Lima said.', ['Ana Lima']).map((q) => q.words)).toContain('We will sail at dawn,');
    // A show's name after its broadcaster's possessive, or after the word for the show.
    expect(quotes('“The port will reopen within the month,” Ana Lima said on Harbour Radio’s “State of the Port.”', ['Ana Lima']).map((q) => q.words)).toEqual(['The port will reopen within the month,']);
    expect(quotes('Lima told the podcast “Life on the Open Water Today” that she would sail.', ['Ana Lima']).filter((q) => q.form === 'direct')).toEqual([]);
    // Speech after a possessive stays speech when it is not written as a title.
    expect(quotes('It was the mayor’s “worst week in the whole year,” Ana Lima said.', ['Ana Lima']).map((q) => q.words)).toContain('worst week in the whole year,');
    const said = quotes('“I was glad he left,” says Ana Lima, a driver on the film, “even if it was for another reason.”', ['Ana Lima']);
    expect(said.map((q) => q.words)).toEqual(['I was glad he left,', 'even if it was for another reason.']);
  });
});

describe('a reporting verb inside a relative clause set off by commas', () => {
  it('reports only up to the comma that closes the relative clause', () => {
    const words = quotes('At $40 a share, the price at which Ana Lima said she would sell the boatyard, the deal would be worth $9 million.', ['Ana Lima']).map((q) => q.words);
    expect(words).toEqual(['she would sell the boatyard']);
  });
});

describe('a reporting verb with an object and a second verb is no reported clause', () => {
  it('reads "recalled its crews and replaced them" and "was writing a column and running a shop" as no speech', () => {
    expect(quotes('The ferry line recalled its six pilots and hired a new crew for the winter route.')).toEqual([]);
    expect(quotes('Ana Lima was writing a weekly column and running a small shop in the port when the producer called.', ['Ana Lima'])).toEqual([]);
    // A participle's aside between commas belongs to the object: "wrote the Harbor Book, also known as ..., and lived".
    expect(quotesWithCollectedNames('Ana Lima later settled in the port. She wrote the Book of Tides, also known as The Sea, and lived there until her death.')).toEqual([]);
  });
  it('keeps speech whose second verb reports too, and a clause with its own verb', () => {
    expect(quotes('Mayor Ana Lima confirmed the closure and said the port would reopen on Monday.', ['Ana Lima']).map((q) => q.words)).toEqual(['the closure and said the port would reopen on Monday']);
    expect(quotes('Ana Lima wrote the ferry would not sail until the inspectors had finished.', ['Ana Lima']).map((q) => q.words)).toEqual(['the ferry would not sail until the inspectors had finished']);
  });
});

describe('a description whose body has a name of its own, then the name between commas', () => {
  it('reads "the head of the Porto Museum of History, Ana Lima, explains" as Lima speaking, her role the description', () => {
    expect(quotes('“We believe the tube comes from this center,” the head of the Porto Museum of History, Ana Lima, explains.', ['Ana Lima'])).toEqual([
      { words: 'We believe the tube comes from this center,', speaker: 'Ana Lima', role: 'the head of the Porto Museum of History', form: 'direct' },
    ]);
  });
});

describe('scripture and legend are no speakers', () => {
  it('gives "according to the Bible" and "according to legend" no speaker, and "according to the ministry" its own', () => {
    const text = 'According to the Bible, the saint lived in the port until his death. According to legend, the tower was built in a single night. According to the ministry, the tower will reopen next year.';
    expect(quotes(text).filter((q) => q.speaker).map((q) => q.speaker)).toEqual(['the ministry']);
  });
});

describe('capitalised words between "a" and a noun name no one', () => {
  it('gives "he said" the CEO, not "an August Tarrow day"', () => {
    const q = quotesWithCollectedNames('Port Authority CEO Tom Reyes spoke for an hour.\nIn the heat of an August Tarrow day, he stood outside the gate.\n“They searched the whole depot,” he said.');
    expect(q.map((x) => x.speaker)).toEqual(['Tom Reyes']);
  });
});

describe('hyphenated words in a speaker', () => {
  it('keeps "the 49-year-old father" whole and never names "law" for "my mother-in-law"', () => {
    const q = quotes('“I cannot believe it,” the 49-year-old father said late Monday.\n\n“It is the worst winter,” my mother-in-law told me recently.');
    expect(q.map((x) => x.speaker)).toEqual(['the 49-year-old father', undefined]);
  });
});

describe('"one" before a description stays with it', () => {
  it('reads "one senior investor said" and "one witness told" as one of many, not a title', () => {
    const q = quotes('“The board must answer for the fares,” one senior investor said.\n\n“It smelled like burnt rope,” one witness told reporters.');
    expect(q.map((x) => x.speaker)).toEqual(['one senior investor', 'one witness']);
  });
});

describe('a word of time opens a clause, not a qualifier of the speaker', () => {
  it('never makes "a deal approved before the companies" the speaker of what the companies vowed', () => {
    const q = quotes('Reyes joined a late effort to get the ferry deal approved before the companies vowed to drop it in May, the people said.');
    expect(q.map((x) => x.speaker)).toEqual(['the people']);
  });
});

describe('"according to" a noun whose last word looks like a verb', () => {
  it('never names "the video\'s time" for "according to the video\'s time stamp"', () => {
    const q = quotes("According to the video's time stamp, the crew reached the pier about six minutes after the alarm.");
    expect(q.map((x) => x.speaker)).not.toContain("the video's time");
  });
});

describe('titles, times and quantifiers before a speaker', () => {
  it('reads "Maj. Tom Reyes" as Reyes with his rank, "Tonight" as no one, "Several" as unnamed people', () => {
    const q = quotes('“He may have taken the night ferry,” said Maj. Tom Reyes, of the harbour police.\n\nSeveral accused the two pilots of having "left the harbour in danger."\n\nTonight at a big event the company announced that the name of the new ferry is "Sea Lantern Harbour Queen."');
    expect(q.map((x) => [x.speaker, x.role])).toEqual([['Tom Reyes', 'Maj.'], ['Several', undefined], [undefined, undefined]]);
  });
});

describe("the writer's turn after a reported clause", () => {
  it('ends "said he would only act if ..." before ", but he seems to have changed his mind"', () => {
    const q = quotes('Lima said previously that she would only close the port if the storm did actually arrive, but she seems to have changed her mind as the forecast worsened.', ['Ana Lima']);
    expect(q.map((x) => x.words)).toEqual(['she would only close the port if the storm did actually arrive']);
  });
});
