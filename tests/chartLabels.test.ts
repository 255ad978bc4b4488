import { describe, expect, it } from 'vitest';
import { chartLabel, claimLabel } from '../scripts/charts/labels.ts';
import { barLayout } from '../components/charts/barLayout.ts';
import type { ChartDatum } from '../scripts/charts/headline.ts';
import type { Claim } from '../scripts/contracts/facts.ts';

describe('chartLabel', () => {
  it('keeps a label that fits and ends on a word that can end a phrase', () => {
    expect(chartLabel('ferries in the harbour', 40)).toEqual({ text: 'ferries in the harbour', full: 'ferries in the harbour', cut: false });
  });
  it('cuts a long label at a word, never inside one, and marks the cut', () => {
    const label = chartLabel('passengers taken off the burning evening ferry by lifeboat crews', 40);
    expect(label.text).toBe('passengers taken off the burning…');
    expect(label.text.length).toBeLessThanOrEqual(40);
    expect(label.full).toBe('passengers taken off the burning evening ferry by lifeboat crews');
    expect(label.cut).toBe(true);
  });
  it('never ends on a word that needs what follows, whether cut or whole', () => {
    expect(chartLabel('votes in the harbour council due', 40).text).toBe('votes in the harbour council…');
    expect(chartLabel('crew members who were on duty when the fire started', 30).text).toBe('crew members…');
    expect(chartLabel('The harbour master said that the ferry had sailed late', 40).text).toBe('The harbour master said…');
    expect(chartLabel('boats, tugs and', 40).text).toBe('boats, tugs…');
    expect(chartLabel('passengers rescued from the ferry, according to', 40).text).toBe('passengers rescued from the ferry…');
  });
  it('closes a quotation the cut left open', () => {
    expect(chartLabel('“Our thoughts are with the crew and their families tonight,” the mayor said.', 40).text).toBe('“Our thoughts are with the crew…”');
  });
  it('cuts a single word longer than the room, visibly', () => {
    expect(chartLabel('Supercalifragilisticexpialidocious', 10).text).toBe('Supercali…');
  });
});

describe('barLayout', () => {
  it('keeps room after the longest bar for what is written after it', () => {
    const datum = (value: number): ChartDatum => ({ claim: `c${value}`, figure: String(value), label: 'ferries', value, approximate: false, sources: ['a'] });
    const layout = barLayout([datum(100), datum(50)], String, 60);
    expect(Math.max(...layout.rows.map((r) => r.barWidth))).toBeLessThanOrEqual(layout.width - 60);
  });
});

describe('claimLabel', () => {
  const claim = (over: Partial<Claim>): Claim => ({ id: 'c', kind: 'statement', text: 'The ferry sailed late.', evidence: [{ source: 'a', start: 0, end: 10, quote: 'x' }], ...over } as Claim);
  it('names a figure by what it counts, so figures of one sentence are told apart', () => {
    const q = { value: 400, unit: 'athletes', qualifier: 'more than' } as Claim['quantity'];
    expect(claimLabel(claim({ kind: 'quantity', text: 'The delegation of more than 400 athletes will sail.', quantity: q }), 40).text).toBe('more than 400 athletes');
  });
  it('names a figure that counts nothing by name by the words that stand with it in its sentence', () => {
    const years = { value: 4, unit: 'years' } as Claim['quantity'];
    expect(claimLabel(claim({ kind: 'quantity', text: 'Ana Lima, who ran the port four years ago, said the ferry will sail.', quantity: years }), 40).text).toBe('four years ago');
    const money = { value: 9000000, unit: 'USD' } as Claim['quantity'];
    expect(claimLabel(claim({ kind: 'quantity', text: 'The council set aside $9 million for the new ferry pier.', quantity: money }), 60).full).toBe('$9 million for the new ferry pier');
    // An initialism's stops end no clause: "in the U.N. fund", never "in the U".
    expect(claimLabel(claim({ kind: 'quantity', text: 'The council set aside $9 million in the U.N. fund for ferries, she said.', quantity: money }), 80).full).toBe('$9 million in the U.N. fund for ferries');
    // Nothing after the figure in its clause: the words before it; never the words of another figure.
    const lasted = { value: 3, unit: 'weeks' } as Claim['quantity'];
    expect(claimLabel(claim({ kind: 'quantity', text: 'The 40 strikers stayed out three weeks.', quantity: lasted }), 40).text).toBe('strikers stayed out three weeks');
    // The clause is cut to the chart's room, at a word that can end it; the table keeps it whole.
    const tonnes = { value: 800, unit: 't', qualifier: 'about' } as Claim['quantity'];
    const label = claimLabel(claim({ kind: 'quantity', text: 'About 800 tonnes of grain will move from the silos by rail, the board said.', quantity: tonnes }), 40);
    expect(label.text).toBe('About 800 tonnes of grain will move…');
    expect(label.full).toBe('About 800 tonnes of grain will move from the silos by rail');
    // Broken off by the next figure: no word left hanging.
    const share = { value: 25, unit: '%' } as Claim['quantity'];
    expect(claimLabel(claim({ kind: 'quantity', text: 'The port added 25 percent fees on $34 million of cargo.', quantity: share }), 60).full).toBe('25 percent fees…');
    // The sentence's own characters: a possessive stays on its word, a line break is a space.
    const weeks = { value: 6, unit: 'weeks' } as Claim['quantity'];
    expect(claimLabel(claim({ kind: 'quantity', text: 'After six weeks’ work and review, the inspectors signed off.', quantity: weeks }), 40).text).toBe('six weeks’ work and review');
    expect(claimLabel(claim({ kind: 'quantity', text: 'The crews worked for\nsix weeks.', quantity: weeks }), 40).text).toBe('The crews worked for six weeks');
  });
  it('keeps the figure and its unit where the sentence does not show it exactly once, or where the figure counts a noun', () => {
    const twice = { value: 4, unit: 'years' } as Claim['quantity'];
    expect(claimLabel(claim({ kind: 'quantity', text: 'Four years ago she sailed, and four years later she returned.', quantity: twice }), 40).text).toBe('4 years');
    const counted = { value: 12, unit: 'ferries' } as Claim['quantity'];
    expect(claimLabel(claim({ kind: 'quantity', text: '12 ferries were late on Monday.', quantity: counted }), 40).text).toBe('12 ferries');
  });
  it('names a quote by its speaker, in quotation marks only when the source quoted it, the closing mark kept when cut', () => {
    const words = 'we will not sail until the inspectors have finished their work';
    const direct = claim({ kind: 'quote', text: words, speaker: { name: 'Ana Lima' } as Claim['speaker'], evidence: [{ source: 'a', start: 0, end: words.length, quote: words, form: 'direct' }] as Claim['evidence'] });
    const label = claimLabel(direct, 40);
    expect(label.text).toBe('Ana Lima: “we will not sail…”');
    expect(label.text.endsWith('…”')).toBe(true);
    expect(label.full).toBe(`Ana Lima: “${words}”`);
    // A name so long that the quotation would keep a word: the words alone; the full label names the speaker.
    const short = 'one of the most important finds';
    const longName = claim({ ...direct, text: short, speaker: { name: 'Maria Teresa Oliveira' } as Claim['speaker'] });
    expect(claimLabel(longName, 40).text).toBe('“one of the most important finds”');
    expect(claimLabel(longName, 40).full).toBe(`Maria Teresa Oliveira: “${short}”`);
    const said = 'Ana Lima said the ferry will not sail.';
    const reported = claim({ kind: 'quote', text: 'the ferry will not sail', speaker: { name: 'Ana Lima' } as Claim['speaker'], evidence: [{ source: 'a', start: 0, end: said.length, quote: said, form: 'reported' }] as Claim['evidence'] });
    expect(claimLabel(reported, 40).text).toBe('Ana Lima said the ferry will not sail');
    // Speech that is no clause after its verb: the source's sentence after the speaker, never "witnesses said During ...".
    const sentence = 'During the storm the ferry stayed in port, witnesses said.';
    const witnessed = claim({ kind: 'quote', text: sentence, speaker: { name: 'witnesses' } as Claim['speaker'], evidence: [{ source: 'a', start: 0, end: sentence.length, quote: sentence, form: 'reported' }] as Claim['evidence'] });
    expect(claimLabel(witnessed, 200).text).toBe(`Witnesses: ${sentence}`);
    const police = claim({ ...reported, speaker: { name: 'police' } as Claim['speaker'] });
    expect(claimLabel(police, 60).text).toBe('Police said the ferry will not sail');
    const nobody = claim({ kind: 'quote', text: 'the talks as a start', evidence: [{ source: 'a', start: 0, end: 5, quote: 'x', form: 'reported' }] as Claim['evidence'] });
    expect(claimLabel(nobody, 40).text).toBe('Unattributed: the talks as a start');
    const differ = claim({ ...nobody, evidence: [{ source: 'a', start: 0, end: 5, quote: 'x', form: 'reported', speaker: { name: 'Ana Lima' } }, { source: 'b', start: 0, end: 5, quote: 'x', form: 'reported', speaker: { name: 'the ministry' } }] as Claim['evidence'] });
    expect(claimLabel(differ, 60).text).toBe('Speaker named differently: the talks as a start');
  });
});
