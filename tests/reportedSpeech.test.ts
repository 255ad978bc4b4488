import { describe, expect, it } from 'vitest';
import { saidThat, speechForm } from '../scripts/compose/reportedSpeech.ts';
import { quoteLine, spokenText, spokenTexts } from '../scripts/compose/quoteLine.ts';
import { composeSite } from '../scripts/compose/compose.ts';
import { SpokenTextsSchema } from '../scripts/contracts/generated.ts';
import type { Claim, Facts } from '../scripts/contracts/facts.ts';

/** A reported claim whose words `text` stand in the invented sentence `sentence`. */
function reported(sentence: string, text: string, speaker: Claim['speaker'] = { name: 'Ana Lima', role: 'mayor' }): Claim {
  return { id: 'q', kind: 'quote', text, speaker, evidence: [{ source: 'a', quote: sentence, start: 0, end: sentence.length, form: 'reported' }] };
}

describe('speechForm', () => {
  it('keeps "that" clauses, with the verb the source wrote when it is a past form', () => {
    expect(speechForm(reported('Lima argued that the pier had been neglected for years.', 'the pier had been neglected for years'))).toEqual({ kind: 'clause', verb: 'argued' });
    expect(speechForm(reported('Inspectors found that two girders had cracked.', 'two girders had cracked'))).toEqual({ kind: 'clause', verb: 'found' });
    // A present or another form is not turned into a past the source did not write: "said".
    expect(speechForm(reported('The report finds that the pier is unsafe.', 'the pier is unsafe'))).toEqual({ kind: 'clause', verb: 'said' });
    expect(speechForm(reported('Lima told reporters that the pier would close.', 'the pier would close'))).toEqual({ kind: 'clause', verb: 'said' });
  });

  it('keeps a clause straight after a verb of saying, or before its attribution', () => {
    expect(speechForm(reported('Lima says the pier will reopen in June.', 'the pier will reopen in June'))).toEqual({ kind: 'clause', verb: 'said' });
    expect(speechForm(reported('The pier will reopen in June, Lima said.', 'The pier will reopen in June'))).toEqual({ kind: 'clause', verb: 'said' });
    expect(speechForm(reported('Officers from two agencies searched the pier, police said.', 'Officers from two agencies searched the pier'))).toEqual({ kind: 'clause', verb: 'said' });
    expect(speechForm(reported('The board, which met on Monday, will vote in June, Lima said.', 'The board, which met on Monday, will vote in June'))).toEqual({ kind: 'clause', verb: 'said' });
    expect(speechForm(reported('Two crews remain at the pier, according to the harbour office.', 'Two crews remain at the pier'))).toEqual({ kind: 'clause', verb: 'said' });
  });

  it('shows the source\'s sentence when the verb takes an object instead of a clause', () => {
    // "reported claims that ...": the claims are what was reported; "reported that claims that ..." is not what it said.
    const claims = 'Last November the Harbour Gazette reported claims that members of the Tarrow Rowing Club regularly sang a crude song.';
    expect(speechForm(reported(claims, 'claims that members of the Tarrow Rowing Club regularly sang a crude song'))).toEqual({ kind: 'sentence', passage: claims });
    expect(speechForm(reported('The ministry said last week that it had found two more wrecks.', 'last week that it had found two more wrecks'))).toEqual({ kind: 'clause', verb: 'said' });
    const criticised = 'Mayor Ana Lima criticized the harbour board for failing to repair the pier.';
    expect(speechForm(reported(criticised, 'the harbour board for failing to repair the pier'))).toEqual({ kind: 'sentence', passage: criticised });
    expect(speechForm(reported('Lima urged residents to leave the valley before dark.', 'residents to leave the valley before dark')).kind).toBe('sentence');
    expect(speechForm(reported('The operator denied the charges against its crew.', 'the charges against its crew')).kind).toBe('sentence');
    expect(speechForm(reported('Lima wrote a long letter to the harbour board in May, aides say.', 'a long letter to the harbour board in May, aides say')).kind).toBe('sentence');
  });

  it('never reports as said what the source says was not, or only might be', () => {
    expect(speechForm(reported('Lima did not confirm that the pier would close.', 'the pier would close')).kind).toBe('sentence');
    expect(speechForm(reported('Some residents might say the pier was never safe.', 'the pier was never safe')).kind).toBe('sentence');
    expect(speechForm(reported('The ferry waited because the coast guard had not declared the harbour safe to enter.', 'the harbour safe to enter')).kind).toBe('sentence');
  });
});

describe('quoteLine', () => {
  it('reads "X, role, argued that ..." for a clause and the source\'s sentence, unquoted, for an object', () => {
    expect(quoteLine(reported('Lima argued that the pier had been neglected for years.', 'the pier had been neglected for years'), '')).toBe('**Ana Lima**, mayor, argued that the pier had been neglected for years');
    const line = quoteLine(reported('Mayor Ana Lima criticized the harbour board for failing to repair the pier.', 'the harbour board for failing to repair the pier'), '');
    expect(line).toBe('**Ana Lima**, mayor: Mayor Ana Lima criticized the harbour board for failing to repair the pier.');
    expect(line).not.toMatch(/said that|[“”"]/);
  });

  it('puts a possessive role before the name, as the source writes it', () => {
    expect(quoteLine(reported('Harbour Radio’s Tom Reyes said that the pier had closed.', 'the pier had closed', { name: 'Tom Reyes', role: 'Harbour Radio’s' }), '')).toBe('Harbour Radio’s **Tom Reyes** said that the pier had closed');
    // A role that opens with the surname goes on from the full name.
    expect(quoteLine(reported('Reyes of the port board said that the pier had closed.', 'the pier had closed', { name: 'Tom Reyes', role: 'Reyes of the port board' }), '')).toBe('**Tom Reyes of the port board** said that the pier had closed');
  });

  it('names a document as a speaker as the start of a sentence does', () => {
    expect(quoteLine(reported('The statement said that the crew were safe.', 'the crew were safe', { name: 'the statement' }), '')).toBe('**The statement** said that the crew were safe');
    // A document named by its author: the role after the name reads lower-case mid-line.
    expect(quoteLine(reported('The report also found that the crew were safe.', 'the crew were safe', { name: 'Harbour Board', role: 'The report' }), '')).toMatch(/^\*\*Harbour Board\*\*, the report, \S+ that the crew were safe$/);
  });

  it('lower-cases a role read from a sentence\'s start where the articles write its first word so, and keeps titles and abbreviations', () => {
    const line = (role: string, context: string) => quoteLine(reported('Lima said the pier had been neglected.', 'the pier had been neglected', { name: 'Ana Lima', role }), context);
    const context = 'The harbour board met on Monday. Its harbour staff were told.';
    expect(line('Harbour director', context)).toBe('**Ana Lima**, harbour director, said that the pier had been neglected');
    expect(line('Mayor', 'The mayor spoke first.')).toBe('**Ana Lima**, mayor, said that the pier had been neglected');
    expect(line('Prime Minister', 'The prime minister spoke first.')).toBe('**Ana Lima**, Prime Minister, said that the pier had been neglected');
    expect(line('A.M. Harbour director', context)).toBe('**Ana Lima**, A.M. Harbour director, said that the pier had been neglected');
    expect(line('Harbour director', 'Harbour Director Ana Lima spoke. She said so.')).toBe('**Ana Lima**, Harbour director, said that the pier had been neglected');
  });

  it('gives the /claims/ list the same words as plain text', () => {
    expect(spokenText(reported('Lima argued that the pier had been neglected for years.', 'the pier had been neglected for years'), '')).toBe('argued that the pier had been neglected for years');
    expect(spokenText(reported('Lima urged residents to leave the valley before dark.', 'residents to leave the valley before dark'), '')).toBe('Lima urged residents to leave the valley before dark.');
  });

  it('writes spoken.json at compose time: the texts it changes, by claim id, so the site never reads speech itself', () => {
    const claim = (id: string, c: Claim): Claim => ({ ...c, id });
    const direct: Claim = { ...reported('“The pier is closed,” Lima said.', 'The pier is closed'), id: 'direct', evidence: [{ source: 'a', quote: '“The pier is closed,” Lima said.', start: 0, end: 32, form: 'direct' }] };
    const facts: Facts = {
      format: 1,
      generator: 'corroborate test',
      sources: [{ id: 'a', file: 'a.txt' }],
      claims: [
        claim('argued', reported('Lima argued that the pier had been neglected for years.', 'the pier had been neglected for years')),
        claim('urged', reported('Lima urged residents to leave the valley before dark.', 'residents to leave the valley before dark')),
        { ...claim('nobody', reported('The pier will close, it was said.', 'The pier will close')), speaker: undefined },
        direct,
      ],
      conflicts: [],
    };
    const texts = spokenTexts(facts);
    expect(texts).toEqual({ argued: 'argued that the pier had been neglected for years', urged: 'Lima urged residents to leave the valley before dark.' });
    const file = composeSite(facts).find((f) => f.path === 'spoken.json')!;
    expect(SpokenTextsSchema.parse(JSON.parse(file.content))).toEqual(texts);
  });
});

describe('opensClause (through speechForm)', () => {
  it('reads a hedged figure, a share or a lone determiner as a subject', () => {
    for (const [sentence, text] of [
      ['At least 12 people were treated for smoke, the hospital said.', 'At least 12 people were treated for smoke'],
      ['More than 3,000 homes lost power, the utility said.', 'More than 3,000 homes lost power'],
      ['The remaining 200 nurses will travel north, the agency said.', 'The remaining 200 nurses will travel north'],
      ['Most of the crew stayed on board, officials said.', 'Most of the crew stayed on board'],
      ['Witnesses said both had been drinking before the crash.', 'both had been drinking before the crash'],
    ]) expect(speechForm(reported(sentence!, text!)).kind, sentence).toBe('clause');
  });
});

describe('opensClause: a subject named again between commas', () => {
  it('reads a name with an age or a prepositional phrase set off by commas as part of the subject', () => {
    for (const [sentence, text] of [
      ['The broadcaster said one of its reporters, 27-year-old Ana Lima, a local hire, was hurt in the crossfire.', 'one of its reporters, 27-year-old Ana Lima, a local hire, was hurt in the crossfire'],
      ['Police said the council, under pressure from residents, voted to close the road.', 'the council, under pressure from residents, voted to close the road'],
    ]) expect(speechForm(reported(sentence!, text!)).kind, sentence).toBe('clause');
  });

  it('still reads an aside with a verb of its own as no apposition', () => {
    const sentence = 'The union praised the council, which rarely listens, for acting fast.';
    expect(speechForm(reported(sentence, 'the council, which rarely listens, for acting fast')).kind).toBe('sentence');
  });
});

describe('saidThat: one "that" before a reported clause', () => {
  it.each([
    ['last month that they knew of four break-ins', 'said last month that they knew of four break-ins'],
    ['Tuesday that the ferry would sail', 'said Tuesday that the ferry would sail'],
    ['in a statement that the bridge would reopen', 'said in a statement that the bridge would reopen'],
    ['that when he walks into a room he can tell', 'said that when he walks into a room he can tell'],
    // "that" with its verb is the clause's subject; a noun phrase before "that" may be a relative clause's: "that" is added.
    ['that means the port stays shut', 'said that that means the port stays shut'],
    ['the plan that failed was costly', 'said that the plan that failed was costly'],
    ['they feared that the dam would break', 'said that they feared that the dam would break'],
    ['the ferry would sail', 'said that the ferry would sail'],
    // Five words of an adverbial at most before the words' own "that" (ADVERBIAL_WORDS); six, and "that" is added.
    ['in a statement on Monday that the bridge would reopen', 'said in a statement on Monday that the bridge would reopen'],
    ['in a long statement on Monday that the bridge would reopen', 'said that in a long statement on Monday that the bridge would reopen'],
    ['in a statement, on Monday, that the bridge would reopen', 'said that in a statement, on Monday, that the bridge would reopen'],
  ])('%s', (clause, line) => {
    expect(saidThat('said', clause)).toBe(line);
  });
});

describe('speechForm: words that open with a conjunction', () => {
  it('shows "But it is ..., according to the Gazette" as its sentence, never "said that but it ..."', () => {
    const sentence = 'But it is still well below the fares of the other lines, according to the Gazette.';
    expect(speechForm(reported(sentence, 'But it is still well below the fares of the other lines')).kind).toBe('sentence');
  });
});
