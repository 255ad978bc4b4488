import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { runPipeline } from '../scripts/pipeline.ts';
import { GoldSchema, type Gold } from '../tools/eval/gold.ts';
import type { Claim } from '../scripts/contracts/facts.ts';
import { addScores, rate, sameSpeaker, scoreFacts } from '../tools/eval/score.ts';

const facts = runPipeline(join(import.meta.dirname, 'fixtures/events/ferry-fire')).facts;
const all = ['coastal-herald', 'harbour-times', 'nordic-wire'];

const gold: Gold = GoldSchema.parse({
  cluster: { corpus: 'bundled' },
  kind: 'disaster',
  split: 'dev',
  annotated: '2026-11-21',
  sources: all,
  quantities: [
    { value: 300, unit: 'passengers', qualifier: 'about', sources: all },
    { value: 45, low: 40, high: 50, unit: 'crew members', sources: ['coastal-herald', 'nordic-wire'] },
    { value: 12, unit: 'people', qualifier: 'at least', sources: all },
  ],
  quotes: [
    { speaker: 'Maria Lind', keywords: ['crew', 'acted', 'quickly'], form: 'direct', sources: all },
    { speaker: 'Maria Lind', keywords: ['investigators', 'engine'], form: 'reported', sources: ['nordic-wire'] },
  ],
  conflicts: [{ kind: 'value', about: 'when the fire started', values: [9.06, 9.09], sources: ['coastal-herald', 'harbour-times'] }],
  boilerplate: [{ keywords: ['daily', 'newsletter'], source: 'coastal-herald' }],
});

const score = scoreFacts(gold, facts);

describe('scoreFacts', () => {
  it('counts every (figure, source) pair found', () => {
    expect(score.quantityRecall).toEqual({ hit: 8, of: 8 });
  });
  it('counts figures the gold does not have against precision', () => {
    const extra = score.quantityPrecision.of - score.quantityPrecision.hit;
    expect(score.misses.filter((m) => m.startsWith('extra figure'))).toHaveLength(extra);
  });
  it('finds quotes by keywords and checks their speakers', () => {
    expect(score.quoteRecall).toEqual({ hit: 4, of: 4 });
    expect(score.speakerAccuracy).toEqual({ hit: 4, of: 4 });
  });
  it('asks whether one claim carries all sources of a multi-source fact', () => {
    expect(score.oneClaimPerFact).toEqual({ hit: 4, of: 4 });
  });
  it('finds a value conflict between clock times, and reports one the facts lack as missed', () => {
    expect(score.conflictRecall).toEqual({ hit: 1, of: 1 });
    const noConflicts = scoreFacts(gold, { ...facts, conflicts: [] });
    expect(noConflicts.conflictRecall).toEqual({ hit: 0, of: 1 });
    expect(noConflicts.misses).toContain('missed value conflict: when the fire started');
  });
  it('counts a boilerplate line used as evidence as a leak, and finds none here', () => {
    expect(score.boilerplateLeaks).toBe(0);
    const leaky = { ...facts, claims: [...facts.claims, { id: 'x', kind: 'statement' as const, text: 't', evidence: [{ source: 'coastal-herald', quote: 'Sign up for our daily newsletter', start: 0, end: 1 }] }] };
    expect(scoreFacts(gold, leaky).boilerplateLeaks).toBe(1);
  });
  it('tells a leak whose keywords stand in more than one line of the article (a caption repeating a story sentence)', () => {
    const text = 'Divers searched the bay at dawn on Friday. (Jo Roe / Herald)\nDivers searched the bay at dawn on Friday, the coastguard said.\nSign up for our daily newsletter.\n';
    const body = text.indexOf('Divers searched the bay at dawn on Friday, the');
    const bodyEnd = text.indexOf('\n', body);
    const news = { id: 'y', kind: 'statement' as const, text: 't', evidence: [{ source: 'coastal-herald', quote: text.slice(body, bodyEnd), start: body, end: bodyEnd }] };
    const signUp = { id: 'z', kind: 'statement' as const, text: 't', evidence: [{ source: 'coastal-herald', quote: 'Sign up for our daily newsletter.', start: text.indexOf('Sign'), end: text.indexOf('Sign') + 33 }] };
    const captionGold = { ...gold, boilerplate: [{ keywords: ['searched', 'bay', 'dawn'], source: 'coastal-herald' }, { keywords: ['daily', 'newsletter'], source: 'coastal-herald' }] };
    const sourceTexts = new Map([['coastal-herald', text]]);
    const both = scoreFacts(captionGold, { ...facts, claims: [...facts.claims, news, signUp] }, { sourceTexts });
    expect(both.boilerplateLeaks).toBe(2);
    expect(both.ambiguousLeaks).toBe(1);
    expect(both.misses.filter((m) => m.includes('stand in 2 lines'))).toEqual([expect.stringContaining('[searched bay dawn]')]);
    // Without the texts every leak counts as before and none is told apart.
    expect(scoreFacts(captionGold, { ...facts, claims: [...facts.claims, news, signUp] }).ambiguousLeaks).toBe(0);
    expect(addScores([both, both]).ambiguousLeaks).toBe(2);
  });
  it('adds scores pair by pair', () => {
    const twice = addScores([score, score]);
    expect(twice.quantityRecall).toEqual({ hit: 16, of: 16 });
    expect(rate(twice.quoteRecall)).toBe(1);
  });
});

describe('speaker precision, coverage, direct vs reported and conflict precision', () => {
  const quote = (over: Partial<Claim>): Claim => ({ id: 'k', kind: 'quote', text: 't', evidence: [{ source: 'coastal-herald', quote: 'the crew acted quickly', start: 0, end: 1 }], ...over });
  const one = (claims: Claim[], speaker = 'Maria Lind', form: 'direct' | 'reported' = 'direct') =>
    scoreFacts({ ...gold, quotes: [{ speaker, keywords: ['crew', 'acted'], form, sources: ['coastal-herald'] }] }, { ...facts, claims });
  it('counts a wrong speaker against precision and lists it apart from a missing one', () => {
    const wrong = one([quote({ speaker: { name: 'Paul Berg' } })]);
    expect(wrong.speakerPrecision).toEqual({ hit: 0, of: 1 });
    expect(wrong.speakerCoverage).toEqual({ hit: 1, of: 1 });
    expect(wrong.misses).toContain('wrong speaker [crew acted] in coastal-herald: Paul Berg, gold Maria Lind');
    const none = one([quote({})]);
    expect(none.speakerPrecision).toEqual({ hit: 0, of: 0 });
    expect(none.speakerCoverage).toEqual({ hit: 0, of: 1 });
    expect(none.misses).toContain('no speaker [crew acted] in coastal-herald: gold Maria Lind');
    const missed = one([]);
    expect(missed.speakerCoverage).toEqual({ hit: 0, of: 1 });
  });
  it('counts an abstention as right where the gold says "unclear", and a guess there as wrong', () => {
    const abstained = one([quote({})], 'unclear');
    expect(abstained.speakerAccuracy).toEqual({ hit: 1, of: 1 });
    expect(abstained.speakerCoverage).toEqual({ hit: 1, of: 1 });
    expect(abstained.speakerPrecision).toEqual({ hit: 0, of: 0 });
    const guessed = one([quote({ speaker: { name: 'Maria Lind' } })], 'unclear');
    expect(guessed.speakerPrecision).toEqual({ hit: 0, of: 1 });
    expect(guessed.speakerAccuracy).toEqual({ hit: 0, of: 1 });
  });
  it('compares the evidence\'s form with the gold\'s, an evidence without one counting as direct', () => {
    const bare = quote({ speaker: { name: 'Maria Lind' } });
    expect(one([bare]).formAccuracy).toEqual({ hit: 1, of: 1 });
    expect(one([bare], 'Maria Lind', 'reported').formAccuracy).toEqual({ hit: 0, of: 1 });
    const reported = quote({ evidence: [{ ...bare.evidence[0]!, form: 'reported' } as Claim['evidence'][number]] });
    expect(one([reported], 'Maria Lind', 'reported').formAccuracy).toEqual({ hit: 1, of: 1 });
  });
  it('counts a conflict no gold conflict matches as false, naming a notConflicts entry it matches', () => {
    expect(score.conflictPrecision).toEqual({ hit: facts.conflicts.filter((c) => /9:06|9:09/.test(c.wordings.map((w) => w.wording).join(' '))).length, of: facts.conflicts.length });
    const wording = (claim: string, source: string, text: string) => ({ claim, source, wording: text });
    const fake = { claims: ['a', 'b'], description: 'ages differ', kind: 'value' as const, wordings: [wording('a', 'coastal-herald', '34 years old'), wording('b', 'harbour-times', '41 years old')] };
    const age = (id: string, source: string, value: number): Claim => ({ id, kind: 'quantity', text: `${value} years old`, quantity: { value, unit: 'years old' }, evidence: [{ source, quote: `${value} years old`, start: 0, end: 1 }] });
    const withFake = scoreFacts({ ...gold, notConflicts: [{ about: 'ages of two different crew members', values: [34, 41], sources: ['coastal-herald', 'harbour-times'] }] }, { ...facts, claims: [...facts.claims, age('a', 'coastal-herald', 34), age('b', 'harbour-times', 41)], conflicts: [...facts.conflicts, fake] });
    expect(withFake.conflictPrecision.of).toBe(score.conflictPrecision.of + 1);
    expect(withFake.conflictPrecision.hit).toBe(score.conflictPrecision.hit);
    expect(withFake.misses).toContain('false conflict: ages differ (gold: not one, ages of two different crew members)');
  });
});

describe('the speaker scored for each source', () => {
  const evidence = (source: string, speaker?: string): Claim['evidence'][number] => ({ source, quote: 'the crew acted quickly', start: 0, end: 1, ...(speaker ? { speaker: { name: speaker } } : {}) });
  const twoSources = { ...gold, quotes: [{ speaker: 'Maria Lind', keywords: ['crew', 'acted'], form: 'direct' as const, sources: ['coastal-herald', 'harbour-times'] }] };
  it('scores the speaker the site shows for that source: its evidence\'s own, none where it names no one', () => {
    // The claim names Maria Lind; one source gives the words to someone else, the other names no one.
    const claim: Claim = { id: 'k', kind: 'quote', text: 't', speaker: { name: 'Maria Lind' }, evidence: [evidence('coastal-herald', 'Paul Berg'), evidence('harbour-times')] };
    const perSource = scoreFacts(twoSources, { ...facts, claims: [claim] });
    expect(perSource.speakerPrecision).toEqual({ hit: 0, of: 1 });
    expect(perSource.speakerCoverage).toEqual({ hit: 1, of: 2 });
    expect(perSource.misses).toContain('wrong speaker [crew acted] in coastal-herald: Paul Berg, gold Maria Lind');
    expect(perSource.misses).toContain('no speaker [crew acted] in harbour-times: gold Maria Lind');
    // Facts whose evidence records no speakers (older files) are scored by the claim's.
    const older: Claim = { ...claim, evidence: [evidence('coastal-herald'), evidence('harbour-times')] };
    expect(scoreFacts(twoSources, { ...facts, claims: [older] }).speakerPrecision).toEqual({ hit: 2, of: 2 });
    // The scoring before evidence carried speakers: the claim's speaker for every source.
    const old = scoreFacts(twoSources, { ...facts, claims: [claim] }, { claimSpeakers: true });
    expect(old.speakerPrecision).toEqual({ hit: 2, of: 2 });
  });
  it('scores an unattributed claim by each evidence\'s own speaker', () => {
    const claim: Claim = { id: 'k', kind: 'quote', text: 't', evidence: [evidence('coastal-herald', 'Maria Lind'), evidence('harbour-times', 'Lind')] };
    expect(scoreFacts(twoSources, { ...facts, claims: [claim] }).speakerPrecision).toEqual({ hit: 2, of: 2 });
    expect(scoreFacts(twoSources, { ...facts, claims: [claim] }, { claimSpeakers: true }).speakerCoverage).toEqual({ hit: 0, of: 2 });
  });
});

describe('the noun scored for each source\'s figure', () => {
  const pupils = { ...gold, quotes: [], quantities: [{ value: 3, unit: 'students', alsoUnits: ['girls'], sources: ['coastal-herald', 'harbour-times'] }, { value: 3, unit: 'trenches', sources: ['nordic-wire'] }] };
  const evidence = (source: string, unit?: string): Claim['evidence'][number] => ({ source, quote: 'three', start: 0, end: 1, ...(unit ? { unit } : {}) });
  it('scores each source by the noun it uses itself, and by the claim\'s unit where it names none of its own', () => {
    // One claim of "3 students" whose third source counts trenches: right in the two sources that count pupils, wrong in the third.
    const claim: Claim = { id: 'q', kind: 'quantity', text: 't', quantity: { value: 3, unit: 'students' }, evidence: [evidence('coastal-herald'), evidence('harbour-times', 'girls'), evidence('nordic-wire', 'trenches')] };
    const perSource = scoreFacts(pupils, { ...facts, claims: [claim] });
    expect(perSource.quantityRecall).toEqual({ hit: 3, of: 3 });
    expect(perSource.quantityPrecision).toEqual({ hit: 3, of: 3 });
    expect(perSource.oneClaimPerFact).toEqual({ hit: 1, of: 1 });
    // The scoring before evidence carried units: the claim's "students" for every source, so the trenches are missed.
    const old = scoreFacts(pupils, { ...facts, claims: [claim] }, { claimUnits: true });
    expect(old.quantityRecall).toEqual({ hit: 2, of: 3 });
    expect(old.quantityPrecision).toEqual({ hit: 2, of: 3 });
    expect(old.misses).toContain('missed figure 3 trenches in nordic-wire');
  });
});

describe('sameSpeaker', () => {
  it('matches a surname to the full name and descriptions by their words', () => {
    expect(sameSpeaker('Maria Lind', 'Lind')).toBe(true);
    expect(sameSpeaker('Maria Lind', 'Paul Lind')).toBe(false);
    expect(sameSpeaker("Norland's Office of Roads, Rail and Ports", 'Office of Roads Rail and Ports')).toBe(true);
    expect(sameSpeaker('a senior defense official', 'senior defense official')).toBe(true);
    expect(sameSpeaker('Maria Lind', 'Coast guard')).toBe(false);
    expect(sameSpeaker('Maria Lind', undefined)).toBe(false);
    expect(sameSpeaker('Maria Lind', 'Ferry captain Maria Lind')).toBe(true);
    expect(sameSpeaker('the harbour Office of Roads', 'Office of Roads')).toBe(true);
    expect(sameSpeaker('Maria Lind', 'Anna Maria Lind')).toBe(true);
  });
});

describe('accuracy on the bundled event (a floor: a change that makes extraction worse fails here)', () => {
  const bundled = GoldSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, 'gold/bundled.json'), 'utf8')));
  const score = scoreFacts(bundled, runPipeline(join(import.meta.dirname, '../content/sources')).facts);
  it('meets the issue\'s targets on its gold', () => {
    expect(rate(score.quantityRecall)).toBeGreaterThanOrEqual(0.95);
    expect(rate(score.quantityPrecision)).toBeGreaterThanOrEqual(0.9);
    expect(rate(score.quoteRecall)).toBeGreaterThanOrEqual(0.9);
    expect(rate(score.speakerAccuracy)).toBeGreaterThanOrEqual(0.9);
    expect(rate(score.oneClaimPerFact)).toBeGreaterThanOrEqual(0.9);
    expect(score.boilerplateLeaks).toBe(0);
  });
});

describe('wrong merges: a claim that joins evidences of different gold facts', () => {
  const sources = ['north-post', 'south-ledger', 'west-wire'];
  const invented: Gold = GoldSchema.parse({
    cluster: { corpus: 'bundled' }, kind: 'disaster', split: 'dev', annotated: '2026-12-02', sources,
    quantities: [
      { value: 14, unit: 'people', counts: 'injured', sources: ['north-post', 'south-ledger'] },
      { value: 14, unit: 'people', counts: 'arrested', sources: ['west-wire'] },
      { value: 9, unit: 'trucks', sources: ['north-post', 'west-wire'] },
    ],
    quotes: [
      { speaker: 'Ines Farrow', keywords: ['bridge', 'held'], form: 'direct', sources: ['north-post', 'south-ledger'] },
      { speaker: 'Ines Farrow', keywords: ['river', 'rose'], form: 'direct', sources: ['west-wire'] },
    ],
    conflicts: [], boilerplate: [],
  });
  const ev = (source: string, quote: string) => ({ source, quote, start: 0, end: quote.length });
  const figure = (id: string, value: number, unit: string, evidence: Claim['evidence']): Claim => ({ id, kind: 'quantity', text: `${value} ${unit}`, quantity: { value, unit }, evidence });
  const said = (id: string, evidence: Claim['evidence']): Claim => ({ id, kind: 'quote', text: evidence[0]!.quote, evidence });
  const run = (claims: Claim[]) => scoreFacts(invented, { ...facts, claims, conflicts: [] });

  it('counts nothing where each joining claim holds one gold fact', () => {
    const s = run([
      figure('a', 14, 'people', [ev('north-post', '14 people were hurt'), ev('south-ledger', 'hurt 14 people')]),
      figure('b', 14, 'people', [ev('west-wire', '14 people were held')]),
      said('c', [ev('north-post', 'The bridge held all night'), ev('south-ledger', 'the bridge held')]),
    ]);
    expect(s.wrongMerges).toEqual({ hit: 0, of: 2 });
    expect(s.oneClaimPerFact).toEqual({ hit: 2, of: 3 });
    expect(s.misses.filter((m) => m.startsWith('wrong merge'))).toEqual([]);
  });
  it('counts the same figure for two different things in one claim as a wrong merge, and lists it', () => {
    const s = run([figure('a', 14, 'people', [ev('north-post', '14 people were hurt'), ev('south-ledger', 'hurt 14 people'), ev('west-wire', '14 people were held')])]);
    expect(s.wrongMerges).toEqual({ hit: 1, of: 1 });
    expect(s.misses).toContain('wrong merge: claim "14 people" joins 14 people (injured) (north-post, south-ledger) and 14 people (arrested) (west-wire)');
    // One claim per fact alone rewards it: the injured figure is whole.
    expect(s.oneClaimPerFact.hit).toBe(1);
  });
  it('counts two different quotations in one claim as a wrong merge', () => {
    const s = run([said('q', [ev('north-post', 'the bridge held'), ev('west-wire', 'the river rose fast')])]);
    expect(s.wrongMerges).toEqual({ hit: 1, of: 1 });
  });
  it('does not count a claim whose evidences all fit one gold fact, even when one of them fits two', () => {
    // The gold gives north-post two entries for 14 people: its evidence fits both, and the injured entry covers the claim.
    const twoWays: Gold = { ...invented, quantities: [...invented.quantities, { value: 14, unit: 'people', counts: 'evacuated', sources: ['north-post'] }] };
    const s = scoreFacts(twoWays, { ...facts, claims: [figure('a', 14, 'people', [ev('north-post', '14 people'), ev('south-ledger', '14 people')])], conflicts: [] });
    expect(s.wrongMerges).toEqual({ hit: 0, of: 1 });
  });
  it('does not count two quotations tied by a passage that holds both (one statement the gold wrote as two)', () => {
    const bothIn: Gold = { ...invented, quotes: [invented.quotes[0]!, { ...invented.quotes[1]!, sources: ['west-wire', 'south-ledger'] }] };
    const claim = said('q', [ev('north-post', 'the bridge held'), ev('west-wire', 'the river rose fast'), ev('south-ledger', 'the river rose fast, but the bridge held')]);
    expect(scoreFacts(bothIn, { ...facts, claims: [claim], conflicts: [] }).wrongMerges).toEqual({ hit: 0, of: 1 });
    // Without the passage that holds both, the same two quotations are a wrong merge.
    expect(scoreFacts(bothIn, { ...facts, claims: [{ ...claim, evidence: claim.evidence.slice(0, 2) }], conflicts: [] }).wrongMerges).toEqual({ hit: 1, of: 1 });
  });
  it('does not count a claim with one matched evidence, nor evidences the gold does not know', () => {
    const s = run([figure('a', 9, 'trucks', [ev('north-post', '9 trucks'), ev('south-ledger', '9 trucks')])]);
    expect(s.wrongMerges).toEqual({ hit: 0, of: 0 });
  });
  it('adds up over clusters', () => {
    const wrong = run([said('q', [ev('north-post', 'the bridge held'), ev('west-wire', 'the river rose fast')])]);
    expect(addScores([wrong, wrong]).wrongMerges).toEqual({ hit: 2, of: 2 });
  });
});
