import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../scripts/extract/quantities/extractQuantities.ts';
import { sentencesFrom } from './support/sentences.ts';

const read = (...texts: string[]) => extractQuantities(sentencesFrom(...texts)).map((m) => [m.value, m.unit]);

describe('extractQuantities: "the 1 percent" names a class of people, not a share', () => {
  it('reads no share in "a member of the 1 percent" or "heard plenty from the 99 percent."', () => {
    expect(read('Here was a lone member of the 1 percent openly pleading his case.')).toEqual([]);
    expect(read('Lately the town has heard plenty from the 99 percent.', 'The top 1%, who own the mills, said little.')).toEqual([]);
  });
  it('keeps a share of something, or one that a noun follows', () => {
    expect(read('The mill kept the 5 percent raise it promised.')).toEqual([[5, '%']]);
    expect(read('The top 1 percent of earners paid more.')).toEqual([[1, '%']]);
    expect(read('Turnout rose 12 percent.')).toEqual([[12, '%']]);
  });
});
