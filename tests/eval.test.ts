import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { runPipeline } from '../scripts/pipeline.ts';
import { GoldSchema, type Gold } from '../tools/eval/gold.ts';
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

describe('scoreFacts', () => {
  const score = scoreFacts(gold, facts);
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
  it('adds scores pair by pair', () => {
    const twice = addScores([score, score]);
    expect(twice.quantityRecall).toEqual({ hit: 16, of: 16 });
    expect(rate(twice.quoteRecall)).toBe(1);
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
