import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline } from '../scripts/pipeline.ts';
import { FactsSchema, type Claim, type Facts } from '../scripts/contracts/facts.ts';
import { verifyFacts } from '../scripts/build/verify.ts';

const EVENTS = join(import.meta.dirname, 'fixtures/events');
const ferry = runPipeline(join(EVENTS, 'ferry-fire'));
const bridge = runPipeline(join(EVENTS, 'bridge-closure'));

function sourcesOf(c: Claim): string[] {
  return [...new Set(c.evidence.map((e) => e.source))].sort();
}
function quantity(facts: Facts, value: number, unit?: string): Claim[] {
  return facts.claims.filter((c) => c.kind === 'quantity' && c.quantity!.value === value && (!unit || c.quantity!.unit === unit));
}

describe('runPipeline on events it has never seen', () => {
  it('writes facts that match the schema', () => {
    expect(() => FactsSchema.parse(ferry.facts)).not.toThrow();
    expect(() => FactsSchema.parse(bridge.facts)).not.toThrow();
  });

  it('keeps every evidence quote equal to the source file text at its offsets (txt, md and html)', () => {
    for (const [dir, result] of [['ferry-fire', ferry], ['bridge-closure', bridge]] as const) {
      for (const claim of result.facts.claims) {
        for (const e of claim.evidence) {
          const file = result.facts.sources.find((s) => s.id === e.source)!.file;
          expect(readFileSync(join(EVENTS, dir, file), 'utf8').slice(e.start, e.end)).toBe(e.quote);
        }
      }
      expect(verifyFacts(result.facts, join(EVENTS, dir))).toEqual([]);
    }
  });

  it('makes one claim of one figure reported by three outlets, with all three as evidence', () => {
    const passengers = quantity(ferry.facts, 300, 'passengers');
    expect(passengers).toHaveLength(1);
    expect(sourcesOf(passengers[0]!)).toEqual(['coastal-herald', 'harbour-times', 'nordic-wire']);
    expect(passengers[0]!.quantity).toMatchObject({ counts: 'passengers on board', qualifier: 'about' });
  });

  it('reads ranges, money with its full value, and word numbers', () => {
    const crew = ferry.facts.claims.find((c) => c.quantity?.low === 40)!;
    expect(crew.quantity).toMatchObject({ low: 40, high: 50, value: 45, unit: 'crew members', counts: 'crew members' });
    expect(sourcesOf(crew)).toEqual(['coastal-herald', 'nordic-wire']);
    const cost = quantity(bridge.facts, 4_500_000, 'USD');
    expect(cost).toHaveLength(1);
    expect(sourcesOf(cost[0]!)).toEqual(['city-desk', 'metro-report']); // "$4.5 million" and "$4.5m"
    expect(quantity(bridge.facts, 2, 'girders')).toHaveLength(1); // "two of its steel girders"
  });

  it('aligns "about 18,000 vehicles" with "roughly 18,000 vehicles use the bridge"', () => {
    const vehicles = quantity(bridge.facts, 18_000);
    expect(vehicles).toHaveLength(1);
    expect(vehicles[0]!.quantity!.unit).toBe('vehicles');
    expect(sourcesOf(vehicles[0]!)).toEqual(['city-desk', 'metro-report']);
  });

  it('gives a quote its speaker resolved across sources ("Lind" is "Maria Lind") and its role', () => {
    const quote = ferry.facts.claims.find((c) => c.kind === 'quote' && c.text.startsWith('The crew acted quickly'))!;
    expect(quote.speaker).toEqual({ name: 'Maria Lind', role: 'Coast guard spokeswoman' });
    expect(sourcesOf(quote)).toEqual(['coastal-herald', 'harbour-times', 'nordic-wire']);
  });

  it('records on each quote evidence the speaker its own source gives, in the contract\'s shape', () => {
    const quote = ferry.facts.claims.find((c) => c.kind === 'quote' && c.text.startsWith('The crew acted quickly'))!;
    // Each outlet names her its own way; all agree, so the claim carries the fullest name.
    for (const e of quote.evidence) expect(e.speaker?.name).toMatch(/Lind$/);
    const bad = { ...ferry.facts, claims: [{ ...quote, evidence: [{ ...quote.evidence[0]!, speaker: { role: 'spokeswoman' } }] }] };
    expect(() => FactsSchema.parse(bad)).toThrow(/name/);
  });

  it('attributes reported speech and resolves a pronoun to the person just named', () => {
    const detours = bridge.facts.claims.find((c) => c.kind === 'quote' && c.text.includes('detours'))!;
    expect(detours.speaker?.name).toBe('Dana Ortiz');
    const inspected = bridge.facts.claims.find((c) => c.kind === 'quote' && c.text.includes('inspected in 2019'))!;
    expect(inspected.speaker?.name).toBe('Paul Ng');
  });

  it('never uses boilerplate as evidence', () => {
    const all = [...ferry.facts.claims, ...bridge.facts.claims].flatMap((c) => c.evidence.map((e) => e.quote));
    for (const quote of all) expect(quote).not.toMatch(/newsletter|inbox|Related:|contributed to this report|Photo:/);
  });

  it('does not count years, times or ordinals as quantities', () => {
    const values = bridge.facts.claims.filter((c) => c.kind === 'quantity').map((c) => c.quantity!.value);
    expect(values).not.toContain(2019);
    const ferryCounts = ferry.facts.claims.filter((c) => c.kind === 'quantity' && c.quantity!.unit !== 'clock time').map((c) => c.quantity!.value);
    expect(ferryCounts).not.toContain(9);
    expect(ferry.facts.claims.filter((c) => c.quantity?.unit === 'clock time').map((c) => c.quantity!.value).sort()).toEqual([21 * 60 + 6, 21 * 60 + 9]);
  });

  it('takes metadata from frontmatter and the HTML page, and the publisher from a dateline', () => {
    const byId = new Map(ferry.facts.sources.map((s) => [s.id, s]));
    expect(byId.get('nordic-wire')).toMatchObject({ title: 'Hundreds evacuated as ferry catches fire', publisher: 'Nordic Wire', author: 'Erik Dahl', published: '2031-05-14' });
    expect(byId.get('harbour-times')).toMatchObject({ title: 'Ferry fire: what we know', publisher: 'Harbour Times', author: 'Ines Berg' });
    expect(byId.get('coastal-herald')).toMatchObject({ title: 'Fire forces evacuation of ferry off Norland coast', publisher: 'Coastal Herald' });
  });

  it('keeps boilerplate in the document view, marked as removed', () => {
    const doc = ferry.documents.find((d) => d.id === 'coastal-herald')!;
    const removed = doc.blocks.filter((b) => b.kind === 'boilerplate').map((b) => doc.view.slice(b.start, b.end));
    expect(removed.join('\n')).toMatch(/Sign up for our daily newsletter/);
  });

  it('never lets script in an HTML article reach the text', () => {
    const doc = ferry.documents.find((d) => d.id === 'harbour-times')!;
    expect(doc.view).not.toMatch(/pwned|<script|document\.title/);
  });

  it('finds a value conflict when two sources give different times for one moment', () => {
    const conflict = ferry.facts.conflicts.find((c) => c.kind === 'value')!;
    expect(conflict.description).toContain('9:06 p.m.');
    expect(conflict.description).toContain('9:09 p.m.');
    expect(conflict.wordings.map((w) => w.source).sort()).toEqual(['coastal-herald', 'harbour-times']);
    expect(bridge.facts.conflicts.filter((c) => c.kind === 'value')).toEqual([]);
  });

  it('does not call figures about different people, or "6 p.m." and "6:00", a disagreement', async () => {
    const { valueConflicts } = await import('../scripts/align/valueConflicts.ts');
    const claim = (id: string, value: number, unit: string, source: string, quote: string) => ({ id, kind: 'quantity' as const, text: quote, quantity: { value, unit }, evidence: [{ source, quote, start: 0, end: quote.length }] });
    expect(valueConflicts([
      claim('a', 4, 'counts', 'x', 'Jordan Hale, 18, of Millbrook, was charged with four counts of arson on Friday.'),
      claim('b', 6, 'counts', 'y', 'Austin Reed, 23, of Millbrook, was charged with six counts of arson on Friday.'),
    ])).toEqual([]);
    expect(valueConflicts([
      claim('c', 18 * 60, 'clock time', 'x', 'A vigil for the victims will be held at 6 p.m. Thursday at the community center.'),
      claim('d', 6 * 60, 'clock time', 'y', 'A vigil for the victims will be held Thursday at 6:00 at the community center.'),
    ])).toEqual([]);
    expect(valueConflicts([
      claim('e', 18 * 60, 'clock time', 'x', 'A vigil for the victims will be held at 6 p.m. Thursday at the community center.'),
      claim('f', 19 * 60, 'clock time', 'y', 'A vigil for the victims will be held Thursday at 7 p.m. at the community center.'),
    ])).toHaveLength(1);
  });

  it('is deterministic: the same folder gives the same facts', () => {
    expect(JSON.stringify(runPipeline(join(EVENTS, 'ferry-fire')).facts)).toBe(JSON.stringify(ferry.facts));
  });

  it('writes an explainer whose every sentence carries citations to real sources', () => {
    const md = ferry.files.find((f) => f.path === 'explainer.md')!.content;
    const ids = new Set(ferry.facts.sources.map((s) => s.id));
    const cites = [...md.matchAll(/:cite\{#([a-z0-9-]+) src="([^"]+)"\}/g)];
    expect(cites.length).toBeGreaterThan(3);
    for (const [, claim, src] of cites) {
      expect(ferry.facts.claims.some((c) => c.id === claim)).toBe(true);
      for (const id of src!.split(' ')) expect(ids.has(id)).toBe(true);
    }
  });
});

describe('runPipeline on the bundled event', () => {
  const bundled = runPipeline(join(import.meta.dirname, '../content/sources'));
  it('finds the range stationed in Europe, the figure on alert and the deployment, each from several sources', () => {
    const range = bundled.facts.claims.find((c) => c.quantity?.low === 75_000 && c.quantity.high === 80_000)!;
    expect(sourcesOf(range).length).toBeGreaterThanOrEqual(3);
    expect(sourcesOf(quantity(bundled.facts, 8_500)[0]!).length).toBeGreaterThanOrEqual(3);
    expect(sourcesOf(quantity(bundled.facts, 3_000)[0]!).length).toBeGreaterThanOrEqual(2);
  });
  it('passes verification', () => {
    expect(verifyFacts(bundled.facts, join(import.meta.dirname, '../content/sources'))).toEqual([]);
  });
});

describe('termConflicts', () => {
  it('flags terms of one closed set after the same word, and not paraphrase', async () => {
    const { termConflicts } = await import('../scripts/align/termConflicts.ts');
    const claim = (quotes: Record<string, string>) => ({ id: 'c', kind: 'statement' as const, text: 't', evidence: Object.entries(quotes).map(([source, quote]) => ({ source, quote, start: 0, end: quote.length })) });
    const clash = termConflicts([claim({ a: 'Crews from the 5th Engineer Battalion arrived on Tuesday.', b: 'Crews from the 5th Engineer Brigade arrived on Wednesday.' })]);
    expect(clash.map((c) => c.wordings.map((w) => w.wording))).toEqual([['Engineer Battalion', 'Engineer Brigade'], ['on Tuesday', 'on Wednesday']]);
    expect(termConflicts([claim({ a: 'Spain sent four fighter jets.', b: 'Spain sent four fighter planes.' })])).toEqual([]);
  });
  it('takes "wounded", "hurt" and "injured" for one term, and "killed" still for another', async () => {
    const { termConflicts } = await import('../scripts/align/termConflicts.ts');
    const claim = (quotes: Record<string, string>) => ({ id: 'c', kind: 'quantity' as const, text: 't', evidence: Object.entries(quotes).map(([source, quote]) => ({ source, quote, start: 0, end: quote.length })) });
    expect(termConflicts([claim({ a: 'The driver killed two and wounded three others.', b: 'The driver killed two and injured three others.' })])).toEqual([]);
    expect(termConflicts([claim({ a: 'The blast in the mill left three hurt.', b: 'The blast in the mill left three killed.' })]).map((c) => c.wordings.map((w) => w.wording))).toEqual([['three hurt', 'three killed']]);
  });
});

describe('near-duplicate articles', () => {
  it('marks a light rewrite of another source as its copy, and the explainer counts it once', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-copies-'));
    const original = [
      'A storm flooded the lower town on Sunday night, forcing about 400 residents from their homes.',
      'The river rose more than two metres in six hours, the county said.',
      'Crews opened three emergency shelters at local schools.',
      'Power was cut to roughly 2,000 homes as a precaution, the utility said.',
      'Officials expect the water to recede by Wednesday.',
    ].join('\n\n');
    const copy = original.replace('A storm flooded', 'A powerful storm flooded').replace('Officials expect', 'Officials now expect');
    const other = 'About 400 residents left their homes after the storm, a shelter volunteer said.\n\nThe volunteer said schools had opened their gyms.';
    writeFileSync(join(dir, 'a-original.txt'), original);
    writeFileSync(join(dir, 'b-copy.txt'), copy);
    writeFileSync(join(dir, 'c-other.txt'), other);
    const result = runPipeline(dir);
    expect(result.facts.sources.map((s) => s.copyOf)).toEqual([undefined, 'a-original', undefined]);
    const md = result.files.find((f) => f.path === 'explainer.md')!.content;
    const line = md.split('\n').find((l) => l.startsWith('- **') && l.includes('residents'))!;
    // The marker gives the support; the note says one of the sources repeats another.
    expect(line).toContain('(1 repeats another of these sources)');
    expect(line).not.toMatch(/\d of \d sources/);
  });
});

describe('an article\'s lede', () => {
  it('is its first sentence that reads as one, not a label, a desk name or a credit above it', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-lede-'));
    writeFileSync(join(dir, 'a.txt'), 'UPDATE:\n\nHarbour desk\n\nThe council voted on Tuesday to close the old harbour bridge for three months of repairs.\n\nDrivers will use the ring road instead.\n');
    writeFileSync(join(dir, 'b.txt'), 'Ferry timetables change next week as the spring schedule begins.\n\nTickets bought before Friday remain valid.\n');
    const statements = runPipeline(dir).facts.claims.filter((c) => c.kind === 'statement').map((c) => c.text);
    expect(statements).toEqual(['The council voted on Tuesday to close the old harbour bridge for three months of repairs.', 'Ferry timetables change next week as the spring schedule begins.']);
  });
});

describe('a page with no article text left', () => {
  it('is listed as an empty source and counted out of "n of N sources"; a folder of nothing else is refused', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { InputError } = await import('../scripts/contracts/errors.ts');
    const dir = mkdtempSync(join(tmpdir(), 'corroborate-empty-'));
    writeFileSync(join(dir, 'archive.txt'), 'These crawls are part of an effort to archive pages as they are created, so that links keep working.\n');
    expect(() => runPipeline(dir)).toThrow(InputError);
    expect(() => runPipeline(dir)).toThrow(/archive\.txt: has no article text left/);
    writeFileSync(join(dir, 'report.txt'), 'About 300 workers walked off the job at the Harlow Falls mill on Monday, the union said.\n');
    const result = runPipeline(dir);
    expect(result.facts.sources.map((s) => [s.id, s.empty])).toEqual([['archive', true], ['report', undefined]]);
    const md = result.files.find((f) => f.path === 'explainer.md')!.content;
    // Counted out of the one source with text: the marker reads 1/1 (the explainer's frontmatter holds N).
    expect(md).toContain('sources: 1\n');
    expect(result.warnings.map((w) => w.file)).toEqual(['archive.txt']);
  });
});
