import { describe, expect, it } from 'vitest';
import { inferMetadata, withInferredMetadata } from '../scripts/clean/metadata.ts';

describe('inferMetadata', () => {
  it('reads a byline with its outlet and a date line near the top', () => {
    expect(inferMetadata(['Ferry service to resume', 'By Ana Lima and Tom Reyes, Harbour Times', 'Published: Monday, June 3, 2031 11:03 PM', 'The ferry will sail again on Friday.'])).toEqual({
      author: 'Ana Lima and Tom Reyes', publisher: 'Harbour Times', published: '2031-06-03',
    });
  });
  it('reads the publisher from a rights line or the outlet\'s own staff credit at the end', () => {
    expect(inferMetadata(['The ferry will sail again on Friday.', '© Copyright 2031 Harbour Times Company.']).publisher).toBe('Harbour Times Company');
    expect(inferMetadata(['The ferry will sail again on Friday.', 'Copyright 2031 by HTN - All rights reserved.']).publisher).toBe('HTN');
    expect(inferMetadata(['The ferry will sail again on Friday.', "HTN's Ana Lima contributed to this report."]).publisher).toBe('HTN');
  });
  it('takes no byline from a sentence that starts with "By", and no outlet from other people\'s credits', () => {
    expect(inferMetadata(['By the time the ferry docked, the storm had passed.', 'By Friday, crews had cleared the pier.', 'Staff writer Ana Lima contributed to this report.'])).toEqual({});
  });
  it('never overrides what the user gave', () => {
    const source = withInferredMetadata({ id: 'a', file: 'a.txt', publisher: 'Coast Herald' }, { publisher: 'HTN', author: 'Ana Lima' });
    expect(source).toEqual({ id: 'a', file: 'a.txt', publisher: 'Coast Herald', author: 'Ana Lima' });
  });
});
