/**
 * corrections.yaml: the editors' corrections, applied on every extraction to an invented event
 * (tests/fixtures/events/ferry-fire), recorded in facts.json, never changing a passage.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../scripts/pipeline.ts';
import { verifyFacts } from '../scripts/build/verify.ts';
import { CorrectionsFileSchema } from '../scripts/contracts/corrections.ts';
import { correctionsJsonSchema } from '../tools/writeJsonSchema.ts';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './support/cli.ts';

const FERRY = join(ROOT, 'tests/fixtures/events/ferry-fire');

/** A copy of the ferry-fire event with `corrections` as its corrections.yaml. */
function eventWith(corrections: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-corrections-'));
  cpSync(FERRY, dir, { recursive: true });
  writeFileSync(join(dir, 'corrections.yaml'), corrections);
  return dir;
}

const claimIds = (dir: string) => runPipeline(dir).facts.claims.map((c) => c.id);

describe('corrections.yaml', () => {
  const before = runPipeline(FERRY);

  it('no file: facts.json has no corrections at all (the output is as it was)', () => {
    expect('corrections' in before.facts).toBe(false);
  });

  it('hide: the claim leaves the facts, the Markdown and the source pages; facts.json records it; every passage still verifies', () => {
    const dir = eventWith('- hide: { source: harbour-times.html, quote: "the ship had passed an inspection" }\n  note: Not about this fire.\n');
    const result = runPipeline(dir);
    const hidden = before.facts.claims.find((c) => c.id === 'quote-nordline-vessel-pas-inspection-march')!;
    expect(hidden).toBeDefined();
    expect(result.facts.claims.map((c) => c.id)).not.toContain(hidden.id);
    expect(result.facts.claims).toHaveLength(before.facts.claims.length - 1);
    expect(result.facts.corrections).toEqual([{ operation: 'hide', claims: [hidden.id], from: hidden.text, note: 'Not about this fire.', line: 1 }]);
    expect(result.files.find((f) => f.path === 'explainer.md')!.content).not.toContain(hidden.id);
    expect(result.documents.flatMap((d) => d.passages).map((p) => p.claim)).not.toContain(hidden.id);
    expect(result.warnings).toEqual([]);
    expect(verifyFacts(result.facts, dir)).toEqual([]);
  });

  it('speaker: words in two claims are a warning naming both; the claim id as a hint picks one', () => {
    const ambiguous = runPipeline(eventWith('- speaker: { source: coastal-herald.txt, quote: "crew acted quickly" }\n  name: Ines Berg\n'));
    expect(ambiguous.warnings).toEqual([expect.objectContaining({ file: 'corrections.yaml', line: 1, problem: expect.stringMatching(/^speaker: "crew acted quickly" is in 2 claims of coastal-herald\.txt \(.*quote-maria-lind-crew-acted-quickly-every.*\); it was not applied$/) })]);
    expect(ambiguous.facts.corrections).toEqual([]);
    const hinted = runPipeline(eventWith('- speaker: { source: coastal-herald.txt, quote: "crew acted quickly", claim: quote-maria-lind-crew-acted-quickly-every }\n  name: Ines Berg\n  role: passenger\n'));
    const claim = hinted.facts.claims.find((c) => c.id === 'quote-maria-lind-crew-acted-quickly-every')!;
    expect(claim.speaker).toEqual({ name: 'Ines Berg', role: 'passenger' });
    // No passage keeps the speaker the editor overruled.
    expect(claim.evidence.map((e) => e.speaker)).toEqual(claim.evidence.map(() => undefined));
    expect(hinted.facts.corrections![0]).toMatchObject({ operation: 'speaker', from: 'Maria Lind (Coast guard spokeswoman)', to: 'Ines Berg (passenger)' });
  });

  it('unattributed: the speaker goes; a figure is not a quote and is refused', () => {
    const result = runPipeline(eventWith([
      '- unattributed: { source: nordic-wire.md, quote: "examine the engine room once" }',
      '- unattributed: { source: coastal-herald.txt, quote: "between 40 and 50 crew", claim: q-40-50-crew-members }',
    ].join('\n')));
    const cleared = result.facts.claims.find((c) => c.id === 'quote-maria-lind-investigator-examin-engin-room')!;
    expect(cleared.speaker).toBeUndefined();
    expect(cleared.evidence.every((e) => !e.speaker)).toBe(true);
    expect(result.warnings.map((w) => [w.line, w.problem])).toEqual([[2, 'unattributed: the words name a figure, not a quote (q-40-50-crew-members); it was not applied']]);
  });

  it('merge: one claim with every passage of both; conflict and not-a-conflict add and remove disagreements', () => {
    const dir = eventWith([
      '- merge:',
      '    - { source: coastal-herald.txt, quote: "between 40 and 50 crew", claim: q-40-50-crew-members }',
      '    - { source: nordic-wire.md, quote: "between 40 and 50 crew", claim: s-ferry-carry-between-40 }',
      '- not-a-conflict: { source: coastal-herald.txt, quote: "shortly after 9:06", claim: q-1266-clock-time }',
      '- conflict:',
      '    - { source: coastal-herald.txt, quote: "At least 12 people", claim: q-12-people }',
      '    - { source: nordic-wire.md, quote: "between 40 and 50 crew", claim: q-40-50-crew-members }',
      '  about: people hurt',
    ].join('\n'));
    const result = runPipeline(dir);
    expect(result.warnings).toEqual([]);
    const ids = result.facts.claims.map((c) => c.id);
    expect(ids).toContain('q-40-50-crew-members');
    expect(ids).not.toContain('s-ferry-carry-between-40');
    const merged = result.facts.claims.find((c) => c.id === 'q-40-50-crew-members')!;
    const parts = before.facts.claims.filter((c) => c.id === 'q-40-50-crew-members' || c.id === 's-ferry-carry-between-40').flatMap((c) => c.evidence);
    expect(new Set(merged.evidence.map((e) => `${e.source}:${e.start}`))).toEqual(new Set(parts.map((e) => `${e.source}:${e.start}`)));
    expect(before.facts.conflicts.some((c) => c.claims.includes('q-1266-clock-time'))).toBe(true);
    expect(result.facts.conflicts.some((c) => c.claims.includes('q-1266-clock-time'))).toBe(false);
    expect(result.facts.conflicts).toEqual([expect.objectContaining({ claims: ['q-12-people', 'q-40-50-crew-members'], description: 'people hurt', kind: 'value' })]);
    expect(result.facts.corrections!.map((c) => [c.operation, c.line])).toEqual([['merge', 1], ['not-a-conflict', 4], ['conflict', 5]]);
    expect(verifyFacts(result.facts, dir)).toEqual([]);
  });

  it('title: the explainer is titled as the editors say', () => {
    const result = runPipeline(eventWith('- title: The evening ferry fire\n'));
    expect(result.files.find((f) => f.path === 'explainer.md')!.content).toMatch(/^---\ntitle: "The evening ferry fire"/);
  });

  it('entries that cannot be applied are warnings with their line and a fix; the others still apply', () => {
    const result = runPipeline(eventWith([
      '- hide: { source: harbour-times.html, quote: "the ship had passed an inspection" }',
      '- rename: { source: coastal-herald.txt, quote: "fire" }',
      '- hide: { source: missing.txt, quote: "fire broke out" }',
      '- hide: { source: coastal-herald.txt, quote: "words that are in no passage" }',
      '- hide: { source: coastal-herald.txt }',
      '- { hide: { source: a.txt, quote: b }, title: Two at once }',
    ].join('\n')));
    expect(result.facts.corrections!.map((c) => c.operation)).toEqual(['hide']);
    expect(result.warnings.map((w) => [w.file, w.line, w.problem])).toEqual([
      ['corrections.yaml', 2, 'names no operation (hide, speaker, unattributed, merge, conflict, not-a-conflict, title); it was not applied'],
      ['corrections.yaml', 5, expect.stringMatching(/^hide: hide\.quote: .*; it was not applied$/)],
      ['corrections.yaml', 6, 'names hide and title: one operation per entry; it was not applied'],
      ['corrections.yaml', 3, 'hide: missing.txt is not an article of this folder; it was not applied'],
      ['corrections.yaml', 4, 'hide: no passage of coastal-herald.txt contains "words that are in no passage"; it was not applied'],
    ]);
    for (const w of result.warnings) expect(w.fix).toBeTruthy();
    const broken = runPipeline(eventWith('- hide: { source: [\n'));
    expect(broken.warnings[0]).toMatchObject({ file: 'corrections.yaml', problem: expect.stringMatching(/is not valid YAML/) });
  });

  it('survives what editors do: a new article, files read in another order, the same words', () => {
    const corrections = '- hide: { source: harbour-times.html, quote: "the ship had passed an inspection" }\n';
    const dir = eventWith(corrections);
    writeFileSync(join(dir, 'aa-island-post.txt'), 'Ferry inquiry opens\n\nInvestigators said 77 witnesses would be heard, the coast guard said. The vessel had passed an inspection in March, the operator said.\n');
    const result = runPipeline(dir);
    expect(result.warnings).toEqual([]);
    expect(result.facts.corrections![0]!.operation).toBe('hide');
    expect(claimIds(dir)).not.toContain('quote-nordline-vessel-pas-inspection-march');
  });

  it('has a JSON Schema written from the zod schema, and the example in the docs is valid', () => {
    expect(readFileSync(join(ROOT, 'schema/corrections.schema.json'), 'utf8')).toBe(correctionsJsonSchema());
    const example = readFileSync(join(ROOT, 'scripts/contracts/corrections.ts'), 'utf8').split('\n').filter((l) => l.startsWith(' *   ')).map((l) => l.slice(5)).join('\n');
    expect(CorrectionsFileSchema.safeParse(parseYaml(example)).success).toBe(true);
  });
});

describe('corrections on the site', () => {
  it('marks a corrected claim with the note, leaves a hidden claim off every page, and lists every change on /corrections/', async () => {
    const { corroborate } = await import('./support/cli.ts');
    const { htmlProblems } = await import('./support/budgets.ts');
    const { existsSync, readdirSync } = await import('node:fs');
    const dir = eventWith([
      '- hide: { source: harbour-times.html, quote: "the ship had passed an inspection" }',
      '  note: Not about this fire.',
      '- unattributed: { source: nordic-wire.md, quote: "examine the engine room once" }',
      '  note: The article does not say who said this.',
      '- speaker: { source: coastal-herald.txt, quote: "crew acted quickly", claim: quote-maria-lind-crew-acted-quickly-every }',
      '  name: Maria Lind',
      '  role: coast guard spokeswoman',
    ].join('\n'));
    const site = join(mkdtempSync(join(tmpdir(), 'corroborate-corrections-site-')), 'site');
    const run = corroborate('build', dir, '--out', site, '--quiet');
    expect(run.status, run.stderr).toBe(0);
    const page = (path: string) => readFileSync(join(site, path, 'index.html'), 'utf8');
    const pages = (readdirSync(site, { recursive: true }) as string[]).filter((p) => p.endsWith('.html'));
    for (const p of pages) expect(readFileSync(join(site, p), 'utf8'), p).not.toContain('quote-nordline-vessel-pas-inspection-march');
    expect(page('corrections')).toContain('A claim was removed');
    expect(page('corrections')).toContain('Editors’ note: Not about this fire.');
    expect(page('claims')).toMatch(/Corrected by the editors: The speaker is not clear from the sources and is no longer named \(was: Maria Lind\)\. The article does not say who said this\./);
    expect(page('')).toMatch(/<span class="cite-card-correction">Corrected by the editors: The speaker was corrected to Maria Lind \(coast guard spokeswoman\)/);
    expect(page('about')).toMatch(/This event has 3 corrections/);
    expect(readFileSync(join(site, 'sitemap.xml'), 'utf8')).toContain('/corrections/');
    expect(await htmlProblems(join(site, 'corrections', 'index.html'))).toEqual([]);
    // An event without corrections has no such page, and says so on its about page.
    const plain = join(mkdtempSync(join(tmpdir(), 'corroborate-corrections-site-')), 'site');
    expect(corroborate('build', FERRY, '--out', plain, '--quiet').status).toBe(0);
    expect(existsSync(join(plain, 'corrections'))).toBe(false);
    expect(readFileSync(join(plain, 'about', 'index.html'), 'utf8')).toContain('This event has none.');
  }, 60_000);
});
