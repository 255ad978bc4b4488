import { describe, expect, it } from 'vitest';
import { decisionConflicts } from '../scripts/align/decisionConflicts.ts';
import type { Claim } from '../scripts/contracts/facts.ts';

/** One statement claim per invented sentence, its source named. */
function claims(...items: Array<[source: string, text: string]>): Claim[] {
  return items.map(([source, text], i) => ({ id: `s-${i}`, kind: 'statement', text, evidence: [{ source, quote: text, start: 0, end: text.length }] }));
}

describe('a request granted in one source and denied in another', () => {
  it('is a term conflict when both passages tell of one request', () => {
    const [conflict, ...rest] = decisionConflicts(claims(
      ['a', 'Harbour controllers granted permission for the barge to dock at the Eastport quay late on Friday.'],
      ['b', 'The barge captain was denied permission to dock at the Eastport quay on Friday because of the storm.'],
    ));
    expect(rest).toEqual([]);
    expect(conflict!.kind).toBe('term');
    expect(conflict!.description).toBe('The sources tell the same decision differently: “granted permission” (a) vs “denied permission” (b).');
    expect(conflict!.wordings.map((w) => w.source)).toEqual(['a', 'b']);
  });

  it('reads the verbs whatever their case', () => {
    expect(decisionConflicts(claims(
      ['a', 'Harbour controllers GRANTED permission for the barge to dock at the Eastport quay on Friday.'],
      ['b', 'Denied permission to dock at the Eastport quay on Friday, the barge captain waited.'],
    ))).toHaveLength(1);
  });

  it('reads "denied the request" past its determiner', () => {
    expect(decisionConflicts(claims(
      ['a', 'The port board granted the request to dock at the Eastport quay on Friday.'],
      ['b', 'The port board refused the request of the captain to dock at the Eastport quay.'],
    ))).toHaveLength(1);
  });

  it('is no conflict for a negated verb, a sequence in one source, or two unalike requests', () => {
    expect(decisionConflicts(claims(
      ['a', 'Harbour controllers had not granted permission for the barge to dock at the Eastport quay on Friday.'],
      ['b', 'The barge captain was denied permission to dock at the Eastport quay on Friday.'],
    ))).toEqual([]);
    expect(decisionConflicts(claims(
      ['a', 'The barge was first denied permission to dock at the Eastport quay, then granted permission on Friday.'],
      ['b', 'The barge captain was denied permission to dock at the Eastport quay on Friday.'],
    ))).toEqual([]);
    expect(decisionConflicts(claims(
      ['a', 'A judge granted bail to the ferry owner in Westport.'],
      ['b', 'Two dock workers were denied bail after the strike turned violent.'],
    ))).toEqual([]);
  });
});
