import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { pickDescription, pickTitle, standsAlone, withoutDateline } from '../scripts/compose/eventTitle.ts';
import { headlineOf, TITLE_WORDS } from '../scripts/compose/headlineCut.ts';
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
      'Ten years ago this morning, harbour pilot Ana Lima faced a choice.',
      'Yesterday, the ferry company cancelled every crossing.',
      'Last Tuesday the council closed the pier to traffic.',
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

  it('names what the sources are about when no sentence stands alone, never "On Oct. 3, the flood ..."', () => {
    const ranked = [
      claim('s1', 'On Oct. 3, the flood was still a day away from Norland Harbour Authority offices.', ['a']),
      claim('s2', 'Ten years ago this morning, Norland Harbour Authority pilots faced a choice.', ['b']),
    ];
    expect(pickTitle(facts(ranked), ranked)).toBe('Norland Harbour Authority: what the sources report');
    const md = composeExplainer(facts(ranked));
    expect(front(md)).toMatchObject({ title: 'Norland Harbour Authority: what the sources report', description: 'What 3 sources report, claim by claim, each with its own words.' });
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

  it('leaves out a wire dateline: a summary is not the article\'s furniture', () => {
    const lede = [claim('s1', 'The ferry caught fire.', ['a']), claim('s2', 'PORTO (Wire) - All 300 passengers were rescued by boats from the harbour.', ['a'])];
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
    // A transcript's speaker and party open the speech: kept, never dropped as a dateline.
    expect(withoutDateline('SEN. ANA LIMA (D-NL): The ferry should never have sailed.')).toBe('SEN. ANA LIMA (D-NL): The ferry should never have sailed.');
    expect(standsAlone('Wow, the ferry race is over and the old boat won by a mile.')).toBe(false);
  });
});

describe('a title reads on its own (issue 20)', () => {
  it('refuses a sentence whose subject the article named before: a shell noun after a bare "the", a bare number, an age, a pronoun, a demonstrative', () => {
    for (const s of [
      'The find was presented on Thursday at the harbour museum.',
      'The move angered the ferry union on Monday.',
      'The decision came after a long night of talks.',
      'The brunette suspect — described as tall and thin — is believed to have robbed six shops.',
      'The two were covering the ferry fire for the radio.',
      'The 34-year-old "Harbour Nights" star is known for his boats.',
      "It's been seven years since the old ferry last sailed.",
      'Suddenly, it began racing toward the pier, Lind recalled.',
      'For the test, the engineers spent hours inside the hull.',
      'Mayor Ana Lima said that she was mystified by that conclusion.',
      'Lind (2nd L) and Berg (R) stand on the pier in Porto.',
      'Mayor Lima (above) asked the council to close the pier for the winter.',
      'Politicians have lost their power to frighten me.',
      'Lind had returned to his native Norland days earlier.',
      'View Images An artist\'s drawing of the first Norland ferry, which sailed in 1907.',
      'Warning: Contains spoilers for the third season of Harbour Nights.',
    ]) expect(standsAlone(s), s).toBe(false);
  });

  it('accepts a definite subject that says what it is, "that" as a conjunction or a relative, and "this week"', () => {
    for (const s of [
      'The Norland ferry caught fire off Porto on Monday.',
      'The ferry caught fire off Porto this week.',
      'The decision of the Norland court angered the ferry union.',
      'Detectives are looking into the deaths of two sailors that police call suspicious.',
      'The coast guard said that all 300 passengers were safe.',
    ]) expect(standsAlone(s), s).toBe(true);
  });
});

describe('a long title is cut at a clause boundary (issue 20)', () => {
  const long = 'A last-minute rush for tickets could make the Norland ferry lottery the biggest prize in its history, and the odds are rising for a winner a week before the holiday, a lottery official said.';

  it('keeps a short sentence whole, attribution and all', () => {
    expect(headlineOf('A ferry caught fire off Porto on Monday, the coast guard said.')).toEqual({ text: 'A ferry caught fire off Porto on Monday, the coast guard said', cut: false });
  });

  it('cuts a long one at its first clause that reads as a headline, never mid-phrase', () => {
    expect(headlineOf(long)).toEqual({ text: 'A last-minute rush for tickets could make the Norland ferry lottery the biggest prize in its history', cut: true });
    expect(headlineOf('Norland officials have delayed the trial of two sailors arrested near the Porto harbour in July, a court spokesman said on Monday, less than a week before they were due in court for the first time.').text)
      .toBe('Norland officials have delayed the trial of two sailors arrested near the Porto harbour in July');
    // "A woman who was bitten by a dog" has no verb of its own: no cut there, and none at "hours after" (one phrase).
    expect(headlineOf('A woman who was bitten by a dog while running on the pier near her home in Porto drowned the animal in the harbour after it bit her hand.').text)
      .toBe('A woman who was bitten by a dog while running on the pier near her home in Porto drowned the animal in the harbour');
    expect(headlineOf('A sailor, one of three crew members of a ferry missing off the Norland coast since Friday, survived on the rocks for two days before being found by a fishing boat on Monday.').text)
      .toBe('A sailor, one of three crew members of a ferry missing off the Norland coast since Friday, survived on the rocks for two days');
    // Not at ", which": its clause may end mid-sentence, leaving "told X" without what was told; nor between "not only" and "but".
    expect(headlineOf('The harbour office reported on Friday that 98 skippers have told the Norland Ferry Company, which runs the evening crossings, that they want to leave the port before the storm.').cut).toBe(false);
    expect(headlineOf('The captain said the crew is truly touched by the support, not only from the harbour town of Porto, but from all over the Norland coast.').cut).toBe(false);
    // A colon before a capital, a participle with "by", a bare "and" before a second verb (not "unearthed and shared").
    expect(headlineOf('A storm at the Norland regatta would present the harbour office with a logistically daunting and politically delicate challenge: How to get 200 sailors safely ashore.').text)
      .toBe('A storm at the Norland regatta would present the harbour office with a logistically daunting and politically delicate challenge');
    expect(headlineOf('Details of the alleged fraud by the Norland ferry company and its former director have emerged in a lawsuit, filed by a group of passengers from Porto.').text)
      .toBe('Details of the alleged fraud by the Norland ferry company and its former director have emerged in a lawsuit');
    expect(headlineOf('About 100 ferry workers sat down on the cold concrete of the Porto pier at 5 p.m. Sunday and waited to be moved for ignoring a deadline the mayor had set.').text)
      .toBe('About 100 ferry workers sat down on the cold concrete of the Porto pier at 5 p.m. Sunday');
    expect(headlineOf('Rare photographs of the first Norland ferry crossing in March 1907 have been unearthed and shared by an unlikely source: Ana Lima, the 19-year-old granddaughter of its last captain, who grew up in the harbour town.').text)
      .toBe('Rare photographs of the first Norland ferry crossing in March 1907 have been unearthed and shared by an unlikely source');
    expect(headlineOf('Rebel sailors appeared on Norland state television to announce they had seized control of the ferry fleet and the harbour, hours after storming the port office.').cut).toBe(false);
    // A bare "as" that opens a clause with its own subject and verb; not "such as", nor "as" before a role.
    expect(headlineOf('Harbour police in Porto and Lisbon fired tear gas at striking ferry workers on Saturday as the two port authorities struck back against a wave of stoppages that has already closed three crossings.').text)
      .toBe('Harbour police in Porto and Lisbon fired tear gas at striking ferry workers on Saturday');
    expect(headlineOf('The ferry company named a new chief executive on Tuesday after a long search that lasted more than a year, choosing Ana Lima as the first woman to lead the Norland fleet in its history.').text)
      .not.toMatch(/choosing Ana Lima$/);
  });

  it('titles the event by the cut and opens the lede with the whole sentence; the summary does not repeat the title', () => {
    const lede = claim('s-long', long, ['a', 'b']);
    const other = claim('s-other', 'Ticket sales doubled in the last two days at the Porto kiosks.', ['a']);
    const md = composeExplainer(facts([lede, other]));
    const { title, description } = front(md);
    expect(title).toBe('A last-minute rush for tickets could make the Norland ferry lottery the biggest prize in its history');
    expect(title.split(' ').length).toBeLessThanOrEqual(TITLE_WORDS);
    expect(md.split('---\n')[2]!.trim().startsWith(long.replace(/-/g, '\\-'))).toBe(true);
    expect(description).toBe('Ticket sales doubled in the last two days at the Porto kiosks.');
  });

  it('prefers an opening that fits whole to one that must be cut, at the same support', () => {
    const at = (id: string, text: string, source: string): Claim => ({ id, kind: 'statement', text, evidence: [{ source, quote: text, start: 0, end: text.length }] });
    const cutOne = at('s-a', long, 'a');
    const whole = at('s-b', 'A ferry lottery in Norland is heading for the biggest prize in its history.', 'b');
    expect(pickTitle(facts([cutOne, whole]), [cutOne, whole])).toBe('A ferry lottery in Norland is heading for the biggest prize in its history');
  });
});
