import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractAll } from '../scripts/pipeline.ts';
import { ingestFolder } from '../scripts/ingest/ingest.ts';
import { cleanArticle } from '../scripts/clean/clean.ts';
import { segmentArticle } from '../scripts/segment/segment.ts';
import { alignQuantities } from '../scripts/align/alignQuantities.ts';
import type { Claim } from '../scripts/contracts/facts.ts';

const folders: string[] = [];
/** The quantity claims of invented articles, one per outlet. */
function claimsOf(...texts: string[]): Claim[] {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-align-'));
  folders.push(dir);
  texts.forEach((text, i) => writeFileSync(join(dir, `outlet-${i + 1}.txt`), `Report ${i + 1}\n\n${text}\n`));
  const articles = ingestFolder(dir).articles.map((a) => segmentArticle(cleanArticle(a)));
  const index = new Map(articles.map((a) => [a.source.id, a]));
  return alignQuantities(extractAll(articles).flatMap((m) => m.quantities), index, new Map(articles.map((a, i) => [a.source.id, i]))).claims;
}
afterAll(() => { for (const dir of folders) rmSync(dir, { recursive: true, force: true }); });

describe('alignQuantities', () => {
  it('makes one claim of one amount of money in several sources, whatever noun follows it', () => {
    const claims = claimsOf(
      'The ferry operator reported a $5.2 million loss for the year.',
      'The ferry operator lost $5.2 million last year, its accounts show.',
    ).filter((c) => c.quantity?.unit === 'USD');
    expect(claims).toHaveLength(1);
    expect(new Set(claims[0]!.evidence.map((e) => e.source))).toEqual(new Set(['outlet-1', 'outlet-2']));
  });
});
