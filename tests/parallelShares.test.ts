import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { findNumbers } from '../scripts/extract/quantities/numbers.ts';
import { sentencesOf } from './support/sentences.ts';

const figures = (text: string) => extractQuantities(sentencesOf(text)).map((m) => [text.slice(m.start, m.end), m.value, m.unit]);

describe('extractQuantities: the sides of a parallel list of results', () => {
  it('reads a bare figure after another name in a list of shares as a share ("Okafor won 38 percent and Lima 31")', () => {
    expect(figures('Okafor won 38 percent and Lima 31.')).toEqual([['38 percent', 38, '%'], ['31', 31, '%']]);
    expect(figures('Okafor won 38 percent, Lima 31 percent and Reyes 12.')).toEqual([['38 percent', 38, '%'], ['31 percent', 31, '%'], ['12', 12, '%']]);
    expect(figures("The poll gave Okafor 45 percent to Lima's 41.")).toEqual([['45 percent', 45, '%'], ['41', 41, '%']]);
  });
  it('reads the first figure of a "38-to-31 percent" result as a share', () => {
    expect(figures('Okafor beat Lima 38-to-31 percent in the straw poll.')).toEqual([['38', 38, '%'], ['31 percent', 31, '%']]);
    expect(figures('Okafor led 49 to 46 percent among nurses.')).toEqual([['49', 49, '%'], ['46 percent', 46, '%']]);
  });
  it('lends the count noun to the other side of a list of counts ("235 seats, and the Greens 199")', () => {
    expect(figures('The Reds hold 235 seats in the assembly and the Greens 199.')).toEqual([['235', 235, 'seats'], ['199', 199, 'seats']]);
    expect(figures('The Reds hold 235 seats, Greens 199.')).toEqual([['235', 235, 'seats'], ['199', 199, 'seats']]);
  });
  it('still reads a make and its model number as a name, in a list or not', () => {
    expect(findNumbers('He owns 3 cars, a Porsche 911 and a Ferrari 458.').map((n) => n.kind)).toEqual(['count', 'identifier', 'identifier']);
    expect(findNumbers('Police seized 2 cars, and Porsche 911 parts.').map((n) => n.kind)).toEqual(['count', 'identifier']);
  });
});
