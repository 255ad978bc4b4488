import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../scripts/pipeline.ts';
import { containedIn } from '../scripts/align/quotedSentences.ts';

// Invented articles: two outlets quote the same three sentences of one person.
const HERALD = `The ferry service between Norland and Porto will stop for six weeks from Monday, the harbour authority said on Friday.

The next day Ana Okafor, the authority's director, wrote on her public page, "We had no choice but to close it this spring. The old pier is older than any of us and has carried every ferry since the war. We will reopen it stronger and safer for the island's families."

The wooden pier was built in 1911 and last rebuilt in 1987 after a winter storm.
`;
const TIMES = `Ferries between Norland and Porto will halt for six weeks starting Monday, the harbour authority announced Friday.

A day later, Ana Okafor, who leads the authority, posted on her public page, writing, "We had no choice but to close it this spring. The old pier is older than any of us and has carried every ferry since the war. We will reopen it stronger and safer for the island's families."

The wooden pier was built in 1911 and was last rebuilt in 1987 after a storm.
`;

function pipelineOf(articles: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'quoted-statements-'));
  try {
    for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
    return runPipeline(dir).facts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('sentences inside a quotation are the speaker\'s words, never a statement', () => {
  const facts = pipelineOf({ 'herald.txt': HERALD, 'times.txt': TIMES });
  const statements = facts.claims.filter((c) => c.kind === 'statement');

  it('gives no statement claim to a sentence that two outlets both quote', () => {
    // Without the rule "The pier is older than any of us." is a statement with no speaker and no marks.
    expect(statements.map((c) => c.text)).not.toContainEqual(expect.stringContaining('older than any of us'));
    expect(statements.map((c) => c.text)).not.toContainEqual(expect.stringContaining('stronger and safer'));
    // Nor the sentence that opens the quotation with its attribution: it is the quote claim's evidence.
    expect(statements.map((c) => c.text)).not.toContainEqual(expect.stringContaining('no choice'));
    const quote = facts.claims.find((c) => c.kind === 'quote' && c.text.includes('older than any of us'));
    expect(quote?.speaker?.name).toBe('Ana Okafor');
    expect(new Set(quote!.evidence.map((e) => e.source))).toEqual(new Set(['herald', 'times']));
  });

  it('still makes statements of the outlets\' own shared sentences', () => {
    expect(statements.some((c) => /wooden pier/.test(c.text) && new Set(c.evidence.map((e) => e.source)).size === 2)).toBe(true);
  });
});

describe('containedIn', () => {
  const spans = [
    { source: 'a', start: 10, end: 100 },
    { source: 'a', start: 20, end: 30 },
    { source: 'b', start: 0, end: 50 },
  ];
  const inside = containedIn(spans);

  it('finds a passage inside an earlier, longer span past a nested one', () => {
    expect(inside({ source: 'a', start: 40, end: 90 })).toBe(true);
    expect(inside({ source: 'a', start: 10, end: 100 })).toBe(true);
  });

  it('refuses a passage that runs past every span, starts before them, or is in another source', () => {
    expect(inside({ source: 'a', start: 40, end: 101 })).toBe(false);
    expect(inside({ source: 'a', start: 9, end: 30 })).toBe(false);
    expect(inside({ source: 'c', start: 10, end: 20 })).toBe(false);
  });

  it('allows the slack it is given at each end (a quotation mark outside the quoted words)', () => {
    expect(containedIn(spans, 1)({ source: 'a', start: 9, end: 101 })).toBe(true);
    expect(containedIn(spans, 1)({ source: 'a', start: 8, end: 101 })).toBe(false);
  });
});
