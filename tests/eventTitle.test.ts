import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { pickDescription, pickTitle, standsAlone, withoutDateline } from '../scripts/compose/eventTitle.ts';
import { composeExplainer } from '../scripts/compose/compose.ts';
import { runPipeline } from '../scripts/pipeline.ts';
import type { Claim, Facts } from '../scripts/contracts/facts.ts';

// Invented sentences: none is from any article.
let offset = 0;
const claim = (id: string, text: string, sources: string[]): Claim => {
  const start = (offset += 200);
  return { id, kind: 'statement', text, evidence: sources.map((source) => ({ source, quote: text, start, end: start + text.length })) };
};
const facts = (claims: Claim[]): Facts => ({ format: 1, generator: 'test', conflicts: [], claims, sources: [{ id: 'a', file: 'a.txt' }, { id: 'b', file: 'b.txt' }, { id: 'c', file: 'c.txt' }] });
const front = (md: string): { title: string; description: string } => parseYaml(/^---\n([\s\S]*?)\n---/.exec(md)![1]!) as { title: string; description: string };

describe('standsAlone', () => {
  it('refuses sentences that only make sense inside their article', () => {
    for (const s of [
      'They said his black 2009 sedan was missing from the lot.',
      'On Oct. 3, the flood was still a day away from the valley.',
      'Before breakfast on May 2, the ferry seemed perfectly ready.',
      'But the council voted against the plan on Monday.',
      '"We are ready," the mayor said.',
      'Was the bridge ever safe?',
    ]) expect(standsAlone(s), s).toBe(false);
  });

  it('accepts a sentence that opens with its subject', () => {
    expect(standsAlone('The Norland ferry caught fire off Porto on Monday, the coast guard said.')).toBe(true);
    expect(standsAlone('PORTO (Wire) - The Norland ferry caught fire off Porto on Monday.')).toBe(true);
  });
});

describe('pickTitle', () => {
  it('takes the best-corroborated sentence that stands alone, whole, without its full stop', () => {
    const ranked = [
      claim('s1', 'They said the ferry had left the harbour late.', ['a', 'b', 'c']),
      claim('s2', 'The Norland ferry caught fire off Porto on Monday.', ['a', 'b']),
    ];
    expect(pickTitle(facts(ranked), ranked)).toBe('The Norland ferry caught fire off Porto on Monday');
  });

  it('does not take a senator\'s party and state in brackets for a wire dateline', () => {
    const ranked = [claim('s1', 'Sen. Ana Lima (D-Nor.) on Sunday called the ferry fire a disgrace.', ['a'])];
    expect(pickTitle(facts(ranked), ranked)).toBe('Sen. Ana Lima (D-Nor.) on Sunday called the ferry fire a disgrace');
  });
});

describe('pickDescription', () => {
  it('never repeats the headline', () => {
    const lede = [claim('s1', 'The ferry caught fire.', ['a']), claim('s2', 'All 300 passengers were rescued by boats from the harbour.', ['a'])];
    expect(pickDescription('The ferry caught fire', lede)).toBe('All 300 passengers were rescued by boats from the harbour.');
  });
});

describe('an event folder names its own title and description', () => {
  it('in sources.yaml\'s event entry, which wins over the chosen headline', () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-title-'));
    writeFileSync(join(dir, 'one.txt'), 'The Norland ferry caught fire off Porto on Monday. All 300 passengers were rescued by boats from the harbour.\n');
    writeFileSync(join(dir, 'sources.yaml'), 'event:\n  title: The harbour ferry fire\n  description: What one outlet reported.\n');
    const result = runPipeline(dir);
    expect(result.warnings).toEqual([]);
    expect(front(result.files[0]!.content)).toEqual({ title: 'The harbour ferry fire', description: 'What one outlet reported.', sources: 1, claims: expect.any(Number) });
  });

  it('warns of an unknown field of the event entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'event-title-'));
    writeFileSync(join(dir, 'one.txt'), 'The Norland ferry caught fire off Porto on Monday.\n');
    writeFileSync(join(dir, 'sources.yaml'), 'event:\n  headline: The harbour ferry fire\n');
    expect(runPipeline(dir).warnings.map((w) => w.problem)).toEqual(['event: unknown field headline; ignored']);
  });
});

describe('the explainer\'s frontmatter', () => {
  it('has a description that is not its title', () => {
    const claims = [claim('s1', 'The Norland ferry caught fire off Porto on Monday.', ['a', 'b']), claim('s2', 'All 300 passengers were rescued by boats from the harbour.', ['a'])];
    const { title, description } = front(composeExplainer(facts(claims)));
    expect(title).toBe('The Norland ferry caught fire off Porto on Monday');
    expect(description).toBe('All 300 passengers were rescued by boats from the harbour.');
  });
});

describe('pickTitle from the articles\' ledes', () => {
  // Invented articles: each source's passages at their own offsets, an opening sentence first.
  const at = (id: string, text: string, passages: Array<[string, number]>): Claim => ({
    id, kind: 'statement', text, evidence: passages.map(([source, start]) => ({ source, quote: text, start, end: start + text.length })),
  });

  it('titles the event by an article\'s opening sentence, not a better-supported sentence from inside an article', () => {
    const inside = at('s-inside', 'Parents can take the leave in one block or in several parts.', [['a', 400], ['b', 500], ['c', 300]]);
    const lede = at('s-lede', 'The Norland ferry company will give its crews a year of paid leave after a birth.', [['a', 0], ['b', 0]]);
    const later = at('s-later', 'The union welcomed the plan on Tuesday.', [['c', 0]]);
    const f = facts([inside, lede, later]);
    expect(pickTitle(f, [inside, lede, later])).toBe('The Norland ferry company will give its crews a year of paid leave after a birth');
  });

  it('never takes the end of a quotation or a sentence that adds to the one before ("also")', () => {
    expect(standsAlone('Lind took the boat to the yard, but they could not find the fault there."')).toBe(false);
    expect(standsAlone('The two towns have also agreed to share a ferry next year.')).toBe(false);
    const quoteEnd = at('s-end', 'Lind took the boat to the yard, but they could not find the fault there."', [['a', 0], ['b', 0], ['c', 0]]);
    const lede = at('s-lede', 'A ferry caught fire off Porto on Monday, the coast guard said.', [['a', 90]]);
    expect(pickTitle(facts([quoteEnd, lede]), [quoteEnd, lede])).toBe('A ferry caught fire off Porto on Monday, the coast guard said');
  });

  it('gives a summary that stands alone, not "She also asked ..."', () => {
    const lean = claim('s-lean', 'She also asked the council to close the pier.', ['a']);
    const alone = claim('s-alone', 'The pier stays closed until the council meets in June.', ['a']);
    expect(pickDescription('A ferry caught fire off Porto', [lean, alone])).toBe('The pier stays closed until the council meets in June.');
  });
});

describe('headline wording', () => {
  it('drops a date-first wire dateline and refuses an interjection', () => {
    expect(withoutDateline('Mar 3 (Wire) - A ferry caught fire off Porto on Monday.')).toBe('A ferry caught fire off Porto on Monday.');
    expect(withoutDateline('May 2 was a quiet day (for once) - nothing happened.')).toBe('May 2 was a quiet day (for once) - nothing happened.');
    expect(standsAlone('Wow, the ferry race is over and the old boat won by a mile.')).toBe(false);
  });
});
