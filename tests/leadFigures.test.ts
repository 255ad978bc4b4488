import { describe, expect, it } from 'vitest';
import { isTrivialFigure, leadFigures, leadsStory, saysWhatItCounts } from '../scripts/compose/leadFigures.ts';
import { contentWords } from '../scripts/align/words.ts';
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
  it('leads with the best-corroborated figures that matter: the dead before a duration; no time of day, no "3 dogs" of one source', () => {
    expect(leadFigures(claims).map((c) => c.id)).toEqual(['q-dead', 'q-share', 'q-hours']);
  });

  it('keeps a date told as a length out of the figures: "ten years ago" counts nothing', () => {
    const ago = figure('q-ago', { value: 10, unit: 'years' }, 'Ten years ago this morning, the pier collapsed into the harbour.', ['a', 'b', 'c']);
    expect(leadFigures([ago, ...claims]).map((c) => c.id)).toEqual(['q-dead', 'q-share', 'q-hours']);
  });

  it('takes no harm from the sentence for a span of time: "almost a century" is one century, too slight to lead', () => {
    const century = figure('q-century', { value: 1, unit: 'century', qualifier: 'almost' }, 'It was the first killing in the town in almost a century.', ['a']);
    expect(isTrivialFigure(century)).toBe(true);
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
    expect(summary.headline.map((h) => `${h.figure} ${h.counts}`)).toEqual(['12 people killed', '2 hours']);
    expect(saysWhatItCounts(claims[4]!)).toBe(false);
  });

  it('leads the home page with an age or a length only when two sources give it: not "33 years old (1 of 3 sources)"', () => {
    const age = figure('q-age', { value: 33, unit: 'years old' }, 'The victim, 33, was killed near the pier.', ['c']);
    const f = { ...facts, claims: [...claims, age] };
    const summary = summarise('e', 'e', { facts: f, documents: [], files: [{ path: 'explainer.md', content: composeExplainer(f) }], warnings: [] });
    expect(summary.headline.map((h) => `${h.figure} ${h.counts}`)).toEqual(['12 people killed', '2 hours']);
  });
});

describe('what an event leads with', () => {
  const one = (id: string, quantity: Quantity, text: string, sources = ['a', 'b', 'c']): Claim => figure(id, quantity, text, sources);

  it('does not lead with a repetition, a position or a figure of another time or place, however well supported', () => {
    const repeat = one('q-times', { value: 23, unit: 'times' }, 'On the tape he repeated the name 23 times.');
    const rows = one('q-rows', { value: 6, unit: 'rows', counts: 'rows in front' }, 'A man six rows in front of her began to shout.');
    const before = one('q-before', { value: 5, unit: 'staff members', counts: 'staff members' }, 'In June, a gunman stormed a newsroom in Dunmere, killing five staff members.');
    const elsewhere = one('q-elsewhere', { value: 4, unit: 'people', counts: 'people at the Marlow Town Hall' }, 'A gunman wounded four people at the Marlow Town Hall later that day.');
    const dead = one('q-dead', { value: 3, unit: 'people', counts: 'people' }, 'A woman killed three people at a warehouse in Halvik on Thursday.', ['a']);
    const headline = 'Woman kills three at Halvik warehouse';
    for (const c of [repeat, rows, before, elsewhere]) expect(leadsStory(c, new Set(contentWords(headline))), c.text).toBe(false);
    expect(leadsStory(dead, new Set(contentWords(headline)))).toBe(true);
    expect(leadFigures([repeat, rows, before, elsewhere, dead], headline)[0]!.id).toBe('q-dead');
    const f: Facts = { ...facts, claims: [repeat, rows, before, elsewhere, dead] };
    const summary = summarise('e', 'e', { facts: f, documents: [], files: [{ path: 'explainer.md', content: composeExplainer(f, { title: headline }) }], warnings: [] });
    expect(summary.headline.map((h) => `${h.figure} ${h.counts}`)).toEqual(['3 people']);
  });

  it('shows one sentence once with each of its figures and what each counts, units in words', () => {
    const text = 'Those who swam daily had a 17 percent lower risk of injury, a 24 percent lower risk of illness, and a 15-hour shorter stay.';
    const f: Facts = { ...facts, claims: [
      one('q-17', { value: 17, unit: '%' }, text), one('q-24', { value: 24, unit: '%' }, text), one('q-15-h', { value: 15, unit: 'h' }, text),
      one('q-12', { value: 12, unit: '%' }, 'Prices have risen 12% since March.'),
    ] };
    const numbers = composeExplainer(f, { title: 'Swimmers stay well' }).split('## The numbers')[1]!.split('##')[0]!;
    expect(numbers.split(text.slice(0, 20)).length - 1).toBe(1);
    expect(numbers).toContain('**17%** lower risk of injury :cite{#q-17');
    expect(numbers).toContain('**24%** lower risk of illness :cite{#q-24');
    expect(numbers).toContain('**15** hours :cite{#q-15-h');
    // "since March" is a time, not what the share is of: the figure stays bare rather than mislabelled.
    expect(numbers).toContain('- **12%**: Prices');
  });
});

describe('a figure too slight to lead', () => {
  const one = (id: string, quantity: Quantity, text: string, sources = ['a']): Claim => figure(id, quantity, text, sources);

  it('is one of anything, or a few things one source counts; not the dead, money, a zero or the headline\'s subject', () => {
    const trivial = [
      one('q-pier', { value: 1, unit: 'pier', counts: 'pier' }, 'The ferry tied up at one pier.', ['a', 'b']),
      one('q-dogs', { value: 3, unit: 'dogs', counts: 'dogs' }, 'Three dogs were found on the pier.'),
      one('q-hour', { value: 1, unit: 'hour' }, 'The crossing took about an hour.', ['a', 'b', 'c']),
    ];
    const kept = [
      one('q-killed', { value: 1, unit: 'person', counts: 'person killed' }, 'One person was killed in the fire.'),
      one('q-none', { value: 0, unit: 'votes', counts: 'votes against' }, 'The council voted 9 to 0 to close the pier.'),
      one('q-cost', { value: 2, unit: 'EUR' }, 'The repairs cost 2 euros a seat.'),
      one('q-ferries', { value: 2, unit: 'ferries', counts: 'ferries' }, 'Two ferries collided off Porto.'),
      one('q-dogs-many', { value: 3, unit: 'dogs', counts: 'dogs' }, 'Three dogs were found on the pier.', ['a', 'b']),
    ];
    const words = new Set(contentWords('Two ferries collide off Porto'));
    for (const c of trivial) expect(isTrivialFigure(c, words), c.text).toBe(true);
    for (const c of kept) expect(isTrivialFigure(c, words), c.text).toBe(false);
  });

  it('leaves "The numbers" and the home page without figures rather than with a trivial one', () => {
    const f: Facts = { ...facts, claims: [one('q-dogs', { value: 3, unit: 'dogs', counts: 'dogs' }, 'Three dogs were found on the pier.'), one('q-pier', { value: 1, unit: 'pier', counts: 'pier' }, 'The ferry tied up at one pier.', ['a', 'b'])] };
    const explainer = composeExplainer(f, { title: 'A ferry caught fire off Porto' });
    expect(explainer).not.toContain('## The numbers');
    const summary = summarise('e', 'e', { facts: f, documents: [], files: [{ path: 'explainer.md', content: explainer }], warnings: [] });
    expect(summary.headline).toEqual([]);
  });
});
