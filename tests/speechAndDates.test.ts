/**
 * Both rules through the whole pipeline on an invented event: reported speech as the page writes
 * it, and an article dated by its own time stamp line, whose day phrases the timeline resolves.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../scripts/pipeline.ts';
import { timelineOf } from '../scripts/charts/timeline.ts';

const ARTICLES = {
  'harbour-times.txt': [
    'Harbour board under fire over pier',
    '',
    'Posted Wednesday, June 4, 2031 5:27 pm',
    '',
    'Mayor Ana Lima criticized the harbour board for failing to repair the pier before the storm.',
    '',
    'The pier was closed on Monday after a crane fell onto it, the harbour office said.',
    '',
    'Lima argued that the board had ignored warnings from its own engineers for years.',
    '',
    'Repairs will begin on Friday, harbour master Tom Reyes said on Tuesday.',
    '',
  ].join('\n'),
  'coast-post.txt': [
    'Pier to stay shut for a month',
    '',
    'The harbour board said it would publish the engineers\' reports next week.',
    '',
    'Lima urged residents to stay away from the damaged pier until the repairs are done.',
    '',
  ].join('\n'),
};

function withEvent<T>(run: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-speech-'));
  try {
    for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, name), text);
    return run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('reported speech and article dates on an invented event', () => {
  const result = withEvent((dir) => runPipeline(dir));
  const explainer = result.files.find((f) => f.path === 'explainer.md')!.content;

  it('writes "said that" only before a clause, and the source\'s sentence for a verb with an object', () => {
    expect(explainer).toMatch(/argued that the board had ignored warnings/);
    expect(explainer).not.toMatch(/said that the harbour board for failing/);
    expect(explainer).not.toMatch(/said that residents to stay away/);
    expect(explainer).toMatch(/Mayor Ana Lima criticized the harbour board for failing to repair the pier before the storm\./);
    expect(explainer).toMatch(/Lima urged residents to stay away from the damaged pier until the repairs are done\./);
  });

  it('dates the article from its time stamp line and resolves its day phrases against it', () => {
    const times = result.facts.sources.find((s) => s.id === 'harbour-times')!;
    expect(times.published).toBe('2031-06-04');
    expect(result.facts.sources.find((s) => s.id === 'coast-post')!.published).toBeUndefined();
    const days = result.facts.claims.flatMap((c) => c.evidence.flatMap((e) => e.dates ?? []));
    expect(days).toEqual(expect.arrayContaining([
      expect.objectContaining({ phrase: 'on Monday', basis: 'publication', date: '2031-06-02' }),
      expect.objectContaining({ phrase: 'on Tuesday', basis: 'publication', date: '2031-06-03' }),
    ]));
    const timeline = timelineOf(result.facts);
    expect(timeline?.days.map((d) => d.date)).toEqual(expect.arrayContaining(['2031-06-02', '2031-06-03', '2031-06-04']));
  });
});
