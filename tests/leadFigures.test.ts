import { describe, expect, it } from 'vitest';
import { leadFigures, saysWhatItCounts } from '../scripts/compose/leadFigures.ts';
import { composeExplainer } from '../scripts/compose/compose.ts';
import { summarise } from '../scripts/compose/eventSummary.ts';
import type { Claim, Facts, Quantity } from '../scripts/contracts/facts.ts';

// Invented figures of an invented event.
let offset = 0;
const figure = (id: string, quantity: Quantity, text: string, sources: string[]): Claim => {
  const start = (offset += 300);
  return { id, kind: 'quantity', text, quantity, evidence: sources.map((source) => ({ source, quote: text, start, end: start + text.length })) };
};
const claims = [
  figure('q-dogs', { value: 3, unit: 'dogs', counts: 'dogs' }, 'Three dogs were found on the pier.', ['a']),
  figure('q-time', { value: 546, unit: 'clock time' }, 'The alarm rang at 9:06 a.m. on the ferry.', ['a', 'b', 'c']),
  figure('q-hours', { value: 2, unit: 'hours' }, 'The fire burned for two hours on the ferry.', ['a', 'b']),
  figure('q-dead', { value: 12, unit: 'people', counts: 'people killed' }, 'At least 12 people were killed in the ferry fire.', ['a', 'b']),
  figure('q-share', { value: 40, unit: '%' }, 'Some 40% of the ferry was burned.', ['a', 'b']),
];
const facts: Facts = { format: 1, generator: 'test', conflicts: [], claims, sources: ['a', 'b', 'c', 'd'].map((id) => ({ id, file: `${id}.txt` })) };

describe('leadFigures', () => {
  it('leads with the best-corroborated figures that matter: the dead before a duration; no time of day', () => {
    expect(leadFigures(claims).map((c) => c.id)).toEqual(['q-dead', 'q-share', 'q-hours', 'q-dogs']);
  });

  it('keeps times of day out of "The numbers"', () => {
    const md = composeExplainer(facts);
    const numbers = md.split('## The numbers')[1]!.split('##')[0]!;
    expect(numbers).not.toContain('9\\:06');
    expect(numbers.indexOf('people killed')).toBeLessThan(numbers.indexOf('hours'));
  });

  it('gives the home page figures that say what they count, best-corroborated first', () => {
    const explainer = composeExplainer(facts);
    const summary = summarise('e', 'e', { facts, documents: [], files: [{ path: 'explainer.md', content: explainer }], warnings: [] });
    expect(summary.headline.map((h) => `${h.figure} ${h.counts}`)).toEqual(['12 people killed', '2 hours', '3 dogs']);
    expect(saysWhatItCounts(claims[4]!)).toBe(false);
  });
});
