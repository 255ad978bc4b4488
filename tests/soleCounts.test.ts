import { describe, expect, it } from 'vitest';
import { valueConflicts } from '../scripts/align/valueConflicts.ts';
import { articleWords, namesIn } from '../scripts/align/soleCounts.ts';
import type { Claim } from '../scripts/contracts/facts.ts';

/** A quantity claim with one sentence per source (invented); `counts` is its counted phrase. */
function count(id: string, value: number, unit: string, counts: string | undefined, ...said: Array<[source: string, sentence: string]>): Claim {
  const quantity = counts ? { value, unit, counts } : { value, unit };
  return { id, kind: 'quantity', text: said[0]![1], quantity, evidence: said.map(([source, quote]) => ({ source, quote, start: 0, end: quote.length })) };
}

/** Each source's article (invented) as its words. */
function articles(texts: Record<string, string>): (source: string) => ReadonlySet<string> | undefined {
  const words = new Map(Object.entries(texts).map(([source, text]) => [source, articleWords(text)]));
  return (source) => words.get(source);
}

const TOWER_S1 = 'Climbers scaled the Varden Spire on Friday. A photograph showed them at the foot of the 64-storey office block beside Orlen Quay station.';
const TOWER_S2 = 'Protesters reached the top of the Varden Spire after nine hours. The Spire stands at 290m and has 78 storeys. Orlen Quay station stayed open.';

describe('sole counts (valueConflicts past the sentence gate)', () => {
  const block = count('a', 64, 'storeys', 'storeys', ['s1', 'A photograph showed them at the foot of the 64-storey office block beside Orlen Quay station.']);
  const stands = count('b', 78, 'storeys', 'storeys', ['s2', 'The Spire stands at 290m and has 78 storeys.']);

  it('sets each source\'s only count of a thing against the other\'s, however unalike their sentences', () => {
    const [conflict, ...rest] = valueConflicts([block, stands], undefined, articles({ s1: TOWER_S1, s2: TOWER_S2 }));
    expect(rest).toEqual([]);
    expect(conflict?.description).toContain('64 (s1) vs 78 (s2)');
    // Without the articles nothing says each source counts the thing once: the sentence gate keeps them apart.
    expect(valueConflicts([block, stands])).toEqual([]);
  });

  it('compares no count of a source that counts the thing twice: it tells of several', () => {
    const lower = count('c', 20, 'storeys', 'storeys', ['s2', 'The hotel takes up the lowest 20 storeys.']);
    expect(valueConflicts([block, stands, lower], undefined, articles({ s1: TOWER_S1, s2: `${TOWER_S2} The hotel takes up the lowest 20 storeys.` }))).toEqual([]);
  });

  it('compares no sentence that names what the other source never mentions', () => {
    const philly = 'Campers at the square began taking down their tents on Sunday. By evening, a third of what had been about 300 tents were gone.';
    const other = 'Police in Port Avel gave campers until midnight. The Port Avel camp had grown to roughly 400 tents, organizers said.';
    const a = count('a', 300, 'tents', 'tents', ['s1', 'By evening, a third of what had been about 300 tents were gone.']);
    const b = count('b', 400, 'tents', 'tents', ['s2', 'The Port Avel camp had grown to roughly 400 tents, organizers said.']);
    expect(valueConflicts([a, b], undefined, articles({ s1: philly, s2: other }))).toEqual([]);
    // The same sentences, where the first article tells of that camp too, are one camp's two counts.
    const [conflict] = valueConflicts([a, b], undefined, articles({ s1: `${philly} In Port Avel, campers stayed.`, s2: other }));
    expect(conflict?.description).toContain('(s1) vs');
  });

  it('keeps people, multiples and figures more than twice apart to their own rules', () => {
    const words = articles({ s1: TOWER_S1, s2: TOWER_S2 });
    const far = count('b', 150, 'storeys', 'storeys', ['s2', 'The Spire stands at 290m and has 150 storeys.']);
    expect(valueConflicts([block, far], undefined, words)).toEqual([]);
    expect(valueConflicts([
      count('a', 4, 'children', 'children', ['s1', 'A photograph showed four children at the foot of the office block.']),
      count('b', 6, 'children', 'children', ['s2', 'The Varden Spire drew six children up its stairs.']),
    ], undefined, words)).toEqual([]);
    expect(valueConflicts([
      count('a', 4, 'times', 'times', ['s1', 'A photograph showed the office block four times over.']),
      count('b', 6, 'times', 'times', ['s2', 'The Varden Spire is six times as tall.']),
    ], undefined, words)).toEqual([]);
  });

  it('reads as names the capitalised words that do not open the sentence or a quotation, days and months aside', () => {
    expect(namesIn('The Port Avel camp had grown by Sunday, as "No doubt" said the sign.')).toEqual(['port', 'avel']);
    expect(namesIn('Law officers in 19 states, including many in the Southeast, joined in March.')).toEqual([]);
  });
});

describe('value conflicts: names and bounds', () => {
  const figure = (id: string, value: number, unit: string, source: string, quote: string, more: Partial<Claim['quantity'] & object> = {}): Claim => ({
    id, kind: 'quantity', text: quote, quantity: { value, unit, ...more }, evidence: [{ source, quote, start: 0, end: quote.length }],
  });

  it('reads no name in a capitalised word that opens a sentence ("The Tallwood stands"), so it differs from no name of the other', () => {
    const [conflict] = valueConflicts([
      figure('a', 40, 'floors', 's1', 'The Tallwood tower near the harbour market has 40 floors and a roof garden.'),
      figure('b', 44, 'floors', 's2', 'The tower near the harbour market on Green Lane has 44 floors and a roof garden.'),
    ]);
    expect(conflict?.description).toContain('40 (s1) vs 44 (s2)');
  });

  it('sets no bound at one end of a range against the range ("up to five years" / "four to five years")', () => {
    const range = figure('a', 4.5, 'years', 's1', 'The prosecutor asked that the driver spend four to five years in prison for the crash.', { low: 4, high: 5 });
    expect(valueConflicts([range, figure('b', 5, 'years', 's2', 'The prosecutor asked that the driver spend up to five years in prison for the crash.', { qualifier: 'up to' })])).toEqual([]);
    expect(valueConflicts([range, figure('b', 4, 'years', 's2', 'The prosecutor asked that the driver spend at least four years in prison for the crash.', { qualifier: 'at least' })])).toEqual([]);
    // A bound off the range's end still disagrees with it.
    const [conflict] = valueConflicts([range, figure('b', 7, 'years', 's2', 'The prosecutor asked that the driver spend up to seven years in prison for the crash.', { qualifier: 'up to' })]);
    expect(conflict?.description).toContain('(s2)');
  });
});
