/**
 * Both rules through the whole pipeline on an invented event: reported speech as the page writes
 * it, and an article dated by its own time stamp line, whose day phrases the timeline resolves.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runPipeline } from '../scripts/pipeline.ts';
import { timelineOf } from '../scripts/charts/timeline.ts';

/** Invented articles (tests/fixtures/dated/harbour-board): one dated by a time stamp line, one with no date. */
const EVENT = join(import.meta.dirname, 'fixtures/dated/harbour-board');

describe('reported speech and article dates on an invented event', () => {
  const result = runPipeline(EVENT);
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
