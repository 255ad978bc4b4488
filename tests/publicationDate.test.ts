import { describe, expect, it } from 'vitest';
import { publicationDate } from '../scripts/clean/publicationDate.ts';
import { cleanArticle } from '../scripts/clean/clean.ts';
import type { Article } from '../scripts/contracts/stages.ts';

const head = (...lines: string[]): string | undefined => publicationDate(lines, []);

describe('publicationDate', () => {
  it('reads the time stamps of news pages in their written forms', () => {
    expect(head('Ferry service to resume', 'Posted at 10:15 AM on March 2, 2031', 'The ferry will sail again on Friday.')).toBe('2031-03-02');
    expect(head('Published: Tue 3 Mar 2031', 'The ferry will sail again on Friday.')).toBe('2031-03-03');
    expect(head('Updated 5:36 pm ET, Mon Sep 28, 2031', 'The ferry will sail again on Friday.')).toBe('2031-09-28');
    expect(head('Ferry fire forces evacuation Posted: Monday, June 23, 2031 11:03 PM EDT Updated: Monday, August 18, 2031 11:03 PM EDT')).toBe('2031-06-23');
  });

  it('reads a line that is only a date, and a byline that carries one', () => {
    expect(head('Tuesday, October 16, 2031', 'The ferry will sail again on Friday.')).toBe('2031-10-16');
    expect(head('March 10, 2031 10:54 am ET by HTN Staff', 'The ferry will sail again on Friday.')).toBe('2031-03-10');
    expect(head('By Ana Lima, HTN Staff • June 14, 2031 2:30 pm', 'The ferry will sail again on Friday.')).toBe('2031-06-14');
  });

  it('reads the dateline that opens the story', () => {
    expect(head('Sept. 3, 2031 -- The ferry will sail again on Friday.')).toBe('2031-09-03');
    expect(head('PORTO, Nov. 30, 2031 /Harbour Wire/ -- The ferry operator today announced a new route.')).toBe('2031-11-30');
    expect(head('MONDAY, Jan. 25, 2031 (Health Wire) -- Ferry crews report more injuries.')).toBe('2031-01-25');
    expect(head('September 5, 2031: Ferry crews report more injuries.')).toBe('2031-09-05');
  });

  it('prefers the day it was published to the day it was updated', () => {
    expect(head('By Ana Lima, HTN Staff • June 14, 2031 2:30 pm', 'Updated: June 22, 2031 1:24 pm')).toBe('2031-06-14');
    expect(head('Updated: June 22, 2031 1:24 pm', 'Published: June 14, 2031')).toBe('2031-06-14');
    expect(head('Updated: June 22, 2031 1:24 pm', 'The ferry will sail again on Friday.')).toBe('2031-06-22');
  });

  it('reads a print note or a posting stamp at the end, never an update note there', () => {
    expect(publicationDate(['The ferry will sail again on Friday.'], ['A version of this article appeared November 16, 2031, on page A1 of the Harbour Times.'])).toBe('2031-11-16');
    expect(publicationDate(['The ferry will sail again on Friday.'], ['Posted at 11:43 AM on Nov. 24, 2031'])).toBe('2031-11-24');
    expect(publicationDate(['The ferry will sail again on Friday.'], ['Updated on Oct. 8, 2031: An update has been attached to this article.'])).toBeUndefined();
  });

  it('never takes a date from a caption, a story sentence or a day without its year', () => {
    expect(head('In this Tuesday, Nov. 10, 2029 file photo, the ferry leaves Porto.', 'The ferry will sail again on Friday.')).toBeUndefined();
    expect(head('July 31, 2031 A woman waves a flag at the pier in Porto.', 'The ferry will sail again on Friday.')).toBeUndefined();
    expect(head('On June 3, 2031, the ferry sank near the pier.', 'Crews worked through the night.')).toBeUndefined();
    expect(head('Posted Tuesday at 5:27 pm', 'Published today')).toBeUndefined();
  });
});

describe('cleanArticle with a date line', () => {
  it('sets the line aside as a time stamp and gives the article its day', () => {
    const view = 'Ferry service to resume\n\nPosted Tuesday, June 3, 2031 5:27 pm\n\nThe ferry will sail again on Friday, the operator said.\n';
    const article: Article = { source: { id: 'a', file: 'a.txt' }, format: 'txt', fileText: view, view, bodyStart: 0, toFile: (s, e) => [s, e] };
    const clean = cleanArticle(article);
    expect(clean.source.published).toBe('2031-06-03');
    const stamp = clean.blocks.find((b) => view.slice(b.start, b.end).startsWith('Posted'));
    expect(stamp).toMatchObject({ kind: 'boilerplate', reason: 'navigation' });
  });
});
