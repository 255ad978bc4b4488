import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../scripts/clean/metadata.ts';
import { publisherFromDateline } from '../scripts/clean/dateline.ts';
import { cleanArticle } from '../scripts/clean/clean.ts';
import { ingestFolder } from '../scripts/ingest/ingest.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberedLabel, sourceLabels } from '../components/sourceLabel.ts';

// Invented outlets and lines, in the shapes news pages use.
describe('the outlet, read from the text', () => {
  it('from a wire dateline whose place is not in capitals or carries a date, not from a senator\'s party', () => {
    expect(publisherFromDateline('PORTO, Nor. (Wire) — The ferry caught fire.')).toBe('Wire');
    expect(publisherFromDateline('Porto (HTN) The ferry caught fire.')).toBe('HTN');
    expect(publisherFromDateline('PORTO, Dec 1 (Wire) - The ferry caught fire.')).toBe('Wire');
    expect(publisherFromDateline('Sen. Ana Lima (D-Nor.) on Sunday called the fire a disgrace.')).toBeUndefined();
    expect(publisherFromDateline('Passengers on the pier, May 2 (Wire)')).toBeUndefined();
  });

  it('from the first paragraphs, after a headline line read as content', () => {
    const dir = mkdtempSync(join(tmpdir(), 'source-label-'));
    writeFileSync(join(dir, 'a.txt'), 'Ferry captain charged over fire\n\nThe captain faces two charges\n\n(HTN) The captain of the ferry was charged on Monday with two counts of negligence.\n');
    const [article] = ingestFolder(dir).articles;
    expect(cleanArticle(article!).source.publisher).toBe('HTN');
  });

  it('from bylines, subscription lines and the outlet\'s own site', () => {
    expect(inferMetadata(['By Ana Lima, The Harbour Week', 'The ferry will sail again.'])).toEqual({ author: 'Ana Lima', publisher: 'The Harbour Week' });
    expect(inferMetadata(['By Ana Lima of the Porto Sentinel', 'The ferry will sail again.'])).toEqual({ author: 'Ana Lima', publisher: 'Porto Sentinel' });
    expect(inferMetadata(['By Ana Lima/HarbourMoney', 'The ferry will sail again.'])).toEqual({ author: 'Ana Lima', publisher: 'HarbourMoney' });
    expect(inferMetadata(['By Ana Lima , HTN Staff', 'The ferry will sail again.'])).toEqual({ author: 'Ana Lima', publisher: 'HTN' });
    expect(inferMetadata(['The ferry will sail again.', 'Subscribe to Harbour Week for the daily briefing']).publisher).toBe('Harbour Week');
    expect(inferMetadata(['The ferry will sail again.', 'Click for more from HTN.example']).publisher).toBe('HTN.example');
    // A domain in the story (another outlet's report) is not the source's own.
    expect(inferMetadata(['The fire was first reported by HTN.example on Monday.', 'The ferry will sail again.']).publisher).toBeUndefined();
  });
});

describe('sourceLabels', () => {
  it('names a source by its outlet, else by its number; never by its file or a cut headline', () => {
    const labels = sourceLabels([
      { id: 'a', file: 'a.txt', publisher: 'HTN' },
      { id: 'b', file: 'b.txt', title: 'A very long headline about the ferry that caught fire off the coast of Porto on Monday night' },
      { id: 'c', file: 'c.txt', publisher: 'Wire' },
      { id: 'd', file: 'd.txt', publisher: 'Wire' },
    ]);
    expect([...labels.values()]).toEqual(['HTN', 'Source 2', 'Wire (3)', 'Wire (4)']);
  });

  it('shows the citation number once', () => {
    expect(numberedLabel('Source 2', 2)).toBe('Source 2');
    expect(numberedLabel('HTN', 1)).toBe('[1] HTN');
    expect(numberedLabel('Wire (3)', 3)).toBe('[3] Wire');
  });
});
