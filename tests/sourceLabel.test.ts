import { describe, expect, it } from 'vitest';
import { inferMetadata } from '../scripts/clean/metadata.ts';
import { publisherFromDateline } from '../scripts/clean/dateline.ts';
import { cleanArticle } from '../scripts/clean/clean.ts';
import { ingestFolder } from '../scripts/ingest/ingest.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberedLabel, sourceLabels } from '../components/sourceLabel.ts';
import { outletFromLoneLine } from '../scripts/clean/outletLine.ts';

// Invented outlets and lines, in the shapes news pages use.
describe('the outlet, read from the text', () => {
  it('from a wire dateline whose place is not in capitals or carries a date, not from a senator\'s party', () => {
    expect(publisherFromDateline('PORTO, Nor. (Wire) — The ferry caught fire.')).toBe('Wire');
    expect(publisherFromDateline('Porto (HTN) The ferry caught fire.')).toBe('HTN');
    expect(publisherFromDateline('PORTO, Dec 1 (Wire) - The ferry caught fire.')).toBe('Wire');
    expect(publisherFromDateline('Sen. Ana Lima (D-Nor.) on Sunday called the fire a disgrace.')).toBeUndefined();
    expect(publisherFromDateline('Passengers on the pier, May 2 (Wire)')).toBeUndefined();
    // A transcript's speaker line opens like a dateline; the brackets hold a party and a state, no outlet.
    expect(publisherFromDateline('SEN. ANA LIMA (D-NL): The ferry should never have sailed.')).toBeUndefined();
    expect(publisherFromDateline('REP. TOM REYES (R-N.T.): We asked for the logs.')).toBeUndefined();
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

// Invented lines in the shapes pages use: a masthead or sign-off line, credits under pictures.
describe('the outlet, from a line that is only its name', () => {
  const story = ['The ferry will sail again on Friday.', 'Crews cleared the pier overnight.', 'The harbour master thanked them.'];
  it('names the source from a lone outlet line at the top or the end of the text', () => {
    expect(outletFromLoneLine([...story, 'The Associated Press'])).toBe('The Associated Press');
    expect(outletFromLoneLine(['Harbour Evening News', ...story])).toBe('Harbour Evening News');
    expect(outletFromLoneLine([...story, 'Reuters'])).toBe('Reuters');
  });
  it('names it from the same lone credit under three pictures, never from one credit in the middle', () => {
    expect(outletFromLoneLine([story[0]!, 'Coast Herald', story[1]!, 'Coast Herald', story[2]!, 'Coast Herald', 'The end.'])).toBe('Coast Herald');
    expect(outletFromLoneLine([story[0]!, 'AP', story[1]!, story[2]!])).toBeUndefined();
    expect(outletFromLoneLine([story[0]!, 'Coast Herald', story[1]!, 'Coast Herald', story[2]!])).toBeUndefined();
  });
  it('takes no section heading, sentence or headline for an outlet', () => {
    for (const line of ['Breaking News', 'Latest News', 'More World News', 'The ferry sails at nine.', 'Associated Press writers contributed to this report.', 'THE HARBOUR', 'WATCH']) {
      expect(outletFromLoneLine([...story, line]), line).toBeUndefined();
    }
  });
  it('reads it through cleaning, but never from the headline line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lone-outlet-'));
    writeFileSync(join(dir, 'a.txt'), 'Ferry service to resume\n\nThe ferry will sail again on Friday, the operator said.\n\nCoast Evening News\n');
    writeFileSync(join(dir, 'b.txt'), 'Harbour Sets New Record\n\nMore ships than ever docked on Monday, the port said.\n');
    const [a, b] = ingestFolder(dir).articles;
    expect(cleanArticle(a!).source.publisher).toBe('Coast Evening News');
    expect(cleanArticle(b!).source.publisher).toBeUndefined();
  });
});
