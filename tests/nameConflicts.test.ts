import { describe, expect, it } from 'vitest';
import { nameConflicts } from '../scripts/align/nameConflicts.ts';
import { alignedQuotes } from './support/alignedQuotes.ts';

// Invented one-sentence articles: each outlet quotes one official of an invented port.
describe('a speaker named with two first names', () => {
  it('is a term conflict when two outlets give the same middle and family names after different first names', () => {
    const claims = alignedQuotes([
      { source: 'a', text: '"The harbour will reopen on Monday," said port chief Dana Rue Okoro.', speaker: 'Dana Rue Okoro', quoted: 'The harbour will reopen on Monday,' },
      { source: 'b', text: '"We have found the missing barge," Mira Rue Okoro told reporters.', speaker: 'Mira Rue Okoro', quoted: 'We have found the missing barge,' },
    ]);
    const [conflict, ...rest] = nameConflicts(claims);
    expect(rest).toEqual([]);
    expect(conflict!.kind).toBe('term');
    expect(conflict!.description).toBe('The sources name the same person differently: “Dana Rue Okoro” (a) vs “Mira Rue Okoro” (b).');
    expect(conflict!.wordings.map((w) => [w.source, w.wording])).toEqual([['a', 'Dana Rue Okoro'], ['b', 'Mira Rue Okoro']]);
  });

  it('is no conflict for relatives sharing a surname, an initial, a title, a body, or a source that names both', () => {
    const pair = (x: string, y: string) => nameConflicts(alignedQuotes([
      { source: 'a', text: `"The harbour will reopen on Monday," said ${x}.`, speaker: x, quoted: 'The harbour will reopen on Monday,' },
      { source: 'b', text: `"We have found the missing barge," said ${y}.`, speaker: y, quoted: 'We have found the missing barge,' },
    ]));
    expect(pair('Dana Okoro', 'Mira Okoro')).toEqual([]);
    expect(pair('Dana F. Okoro', 'Mira F. Okoro')).toEqual([]);
    expect(pair('Mayor Rue Okoro', 'Dana Rue Okoro')).toEqual([]);
    expect(pair('Eastport Harbour Authority', 'Westport Harbour Authority')).toEqual([]);
    expect(nameConflicts(alignedQuotes([
      { source: 'a', text: '"The harbour will reopen on Monday," said Dana Rue Okoro.', speaker: 'Dana Rue Okoro', quoted: 'The harbour will reopen on Monday,' },
      { source: 'a', text: '"The barge sank," said her brother Mira Rue Okoro.', speaker: 'Mira Rue Okoro', quoted: 'The barge sank,' },
      { source: 'b', text: '"We have found the missing barge," said Mira Rue Okoro.', speaker: 'Mira Rue Okoro', quoted: 'We have found the missing barge,' },
    ]))).toEqual([]);
  });
});
