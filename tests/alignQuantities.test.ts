import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractAll } from '../scripts/pipeline.ts';
import { ingestFolder } from '../scripts/ingest/ingest.ts';
import { cleanArticle } from '../scripts/clean/clean.ts';
import { segmentArticle } from '../scripts/segment/segment.ts';
import { alignQuantities } from '../scripts/align/alignQuantities.ts';
import type { Claim, Conflict } from '../scripts/contracts/facts.ts';

const folders: string[] = [];
/** The quantity claims of invented articles, one per outlet. */
function claimsOf(...texts: string[]): Claim[] {
  return alignedOf(...texts).claims;
}
/** The qualifier conflicts of invented articles, one per outlet. */
function hedgeConflictsOf(...texts: string[]): Conflict[] {
  return alignedOf(...texts).conflicts.filter((c) => c.kind === 'qualifier');
}
function alignedOf(...texts: string[]): { claims: Claim[]; conflicts: Conflict[]; roleOf: (id: string) => string | undefined } {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-align-'));
  folders.push(dir);
  texts.forEach((text, i) => writeFileSync(join(dir, `outlet-${i + 1}.txt`), `Report ${i + 1}\n\n${text}\n`));
  const articles = ingestFolder(dir).articles.map((a) => segmentArticle(cleanArticle(a)));
  const index = new Map(articles.map((a) => [a.source.id, a]));
  return alignQuantities(extractAll(articles).flatMap((m) => m.quantities), index, new Map(articles.map((a, i) => [a.source.id, i])));
}
afterAll(() => { for (const dir of folders) rmSync(dir, { recursive: true, force: true }); });

describe('alignQuantities', () => {
  it('keeps one share apart when it is of two things, and together when the sentences tell of one', () => {
    const shares = claimsOf(
      'Although 85 percent of the stranded sailors recovered quickly, only two recovered fully.',
      'Of 40 water samples taken at the pier, 34 (85%) showed traces of diesel.',
    ).filter((c) => c.quantity?.unit === '%' && c.quantity.value === 85);
    expect(shares).toHaveLength(2);
    const raise = claimsOf(
      'Shareholders rebelled against a 20 per cent pay rise for the harbour chief.',
      'The board approved a 20% increase in the chief’s total pay.',
    ).filter((c) => c.quantity?.unit === '%' && c.quantity.value === 20);
    expect(raise).toHaveLength(1);
    expect(raise[0]!.evidence).toHaveLength(2);
  });

  it('counts suspects, reservists, climbers and other nouns for people as people', () => {
    const troops = claimsOf('The army called up 1,200 reservists on Friday.', 'Some 1,200 soldiers will report to barracks.').filter((c) => c.quantity?.value === 1200);
    expect(troops).toHaveLength(1);
    const suspects = claimsOf('Three men robbed the harbour bank on Friday.', 'The three suspects remain at large, police said of the harbour bank robbery.').filter((c) => c.quantity?.value === 3);
    expect(suspects).toHaveLength(1);
  });

  it('joins a part of a group ("two of the suspects") only with a count by its own noun', () => {
    const twos = claimsOf('Two girls from the village were questioned at the harbour station.', 'Police at the harbour station questioned two of the suspects on Friday.').filter((c) => c.quantity?.value === 2);
    expect(twos).toHaveLength(2);
  });

  it('joins a small figure retold under a noun news swaps for another ("convictions" / "charges")', () => {
    const twelves = claimsOf('The skipper was found guilty on 12 charges, including smuggling and fraud at the harbour.', 'The skipper is serving time for the 12 convictions, including smuggling and fraud.').filter((c) => c.quantity?.value === 12);
    expect(twelves).toHaveLength(1);
    expect(twelves[0]!.evidence).toHaveLength(2);
  });

  it('keeps a small figure of things or time apart across sources whose sentences share no word', () => {
    const fives = claimsOf('The council will cut the harbour lease to five years.', 'A convicted smuggler faces prison for five years, the judge warned.').filter((c) => c.quantity?.value === 5);
    expect(fives).toHaveLength(2);
    const threes = claimsOf('The storm kept the ferry in port for three days.', 'The ferry stayed at the port three days, its captain said.').filter((c) => c.quantity?.value === 3);
    expect(threes).toHaveLength(1);
    expect(threes[0]!.evidence).toHaveLength(2);
    // A sentence with too few words to tell against another joins it.
    const twos = claimsOf('There were two depots.', 'The outpost was really two depots on one hill.').filter((c) => c.quantity?.value === 2);
    expect(twos).toHaveLength(1);
  });

  it('keeps a count of people given a role in a dated clause apart from a count given another role', () => {
    const twos = claimsOf(
      'Two people died at the pier on Monday. Two workers were also hurt in the 2015 blast at the same pier.',
      'Two people were killed at the pier, the coast guard said.',
    ).filter((c) => c.quantity?.value === 2);
    const dead = twos.find((c) => c.evidence.some((e) => /died/.test(e.quote)))!;
    expect(dead.evidence.map((e) => e.source).sort()).toEqual(['outlet-1', 'outlet-2']);
    expect(dead.evidence.some((e) => /2015/.test(e.quote))).toBe(false);
    // The same role in a dated clause and in an undated one may be one group: news dates the event it tells.
    const fours = claimsOf('The 2012 storm killed four workers at the port.', 'Four workers died in the storm.').filter((c) => c.quantity?.value === 4);
    expect(fours).toHaveLength(1);
    // Deaths of two different years are two groups.
    const years = claimsOf('Four workers died in the 2012 storm.', 'Four workers were killed in the 2019 storm.').filter((c) => c.quantity?.value === 4);
    expect(years).toHaveLength(2);
  });

  it('keeps one figure apart when it counts two groups of people, and together when sources name one group two ways', () => {
    const threes = claimsOf(
      'The mayor formed a three-member panel to review the harbour budget.',
      'The ferry captain and his wife have three young children.',
    ).filter((c) => c.quantity?.value === 3);
    expect(threes).toHaveLength(2);
    expect(threes.every((c) => c.evidence.length === 1)).toBe(true);
    const sameGroup = (...texts: string[]) => claimsOf(...texts).filter((c) => c.quantity?.value === 230);
    // Two people nouns, one story: the sentences share what they tell of.
    expect(sameGroup('About 230 fans travelled to Porto for the cup final.', 'Some 230 supporters travelled to Porto for the final.')).toHaveLength(1);
    // People in general, and a noun news swaps for another.
    expect(sameGroup('The navy sent 230 sailors north.', 'In all, 230 people left the base on Monday.')).toHaveLength(1);
    expect(sameGroup('The plant laid off 230 workers.', 'Its 230 employees were told by letter.')).toHaveLength(1);
  });

  it('joins one large figure told under two nouns when the sentences tell the same thing, and no other', () => {
    const retold = claimsOf(
      'The harbour board awarded its new chair 418,250 restricted stock units on Monday, a filing shows.',
      'The new chair of the harbour board was handed 418,250 shares on Monday, according to the filing.',
    ).filter((c) => c.quantity?.value === 418250);
    expect(retold).toHaveLength(1);
    expect(retold[0]!.evidence.map((e) => e.source)).toEqual(['outlet-1', 'outlet-2']);
    // Two words in common are not enough: one figure counts two things.
    const apart = claimsOf(
      'The festival will bring 260 dancers and 40 drummers to the coast.',
      'A 260-piece brass band from the coast will play at the festival.',
    ).filter((c) => c.quantity?.value === 260);
    expect(apart).toHaveLength(2);
    // Small figures count many things in one event, whatever the sentences share.
    const small = claimsOf(
      'The harbour board hired three engineers on Monday after the filing.',
      'The harbour board bought three cranes on Monday after the filing.',
    ).filter((c) => c.quantity?.value === 3);
    expect(small).toHaveLength(2);
  });

  it('joins one small figure told under two nouns only when two sentences retell one story nearly word for word', () => {
    const small = (...texts: string[]) => claimsOf(...texts).filter((c) => c.quantity?.value === 4);
    // Seven words of one story besides the figure: one fact told with two nouns.
    const retold = small(
      'Four lighthouses were flooded on Tuesday along the rocky northern coast of Varen when a storm surge struck the harbour wall.',
      'Tuesday\'s four closures came when a storm surge struck the harbour wall along the rocky northern coast of Varen.',
    );
    expect(retold).toHaveLength(1);
    expect(retold[0]!.evidence.map((e) => e.source)).toEqual(['outlet-1', 'outlet-2']);
    // Five or six shared words still tell of different things counted by one small figure.
    expect(small(
      'Harbour water holds four salt minerals and traces of iron, like seawater along the northern coast.',
      'Seawater on the northern coast comes in four grades of salt, with traces of iron.',
    )).toHaveLength(2);
    // One sentence that counts two things by one figure keeps them two, whatever other sentences share.
    expect(small(
      'The ferry pilot of Varen was charged with four counts of theft over four burgled warehouses on the northern coast.',
      'The former ferry pilot of Varen has been charged over four warehouse thefts on the northern coast, court papers show.',
    ).length).toBeGreaterThanOrEqual(2);
    // A measure is no count noun: four days and four crates stay apart.
    expect(small(
      'The ferry pilot of Varen spent four days at sea on the northern coast before the coastguard found the drifting boat.',
      'Four crates were found on the drifting boat of the ferry pilot of Varen before the coastguard reached the northern coast.',
    )).toHaveLength(2);
  });

  it('keeps on each source\'s evidence the noun it counts with, where it is not the claim\'s', () => {
    const claims = claimsOf(
      'Paramedics checked three pupils who drank cleaning fluid at the nursery.',
      'Three girls drank cleaning fluid at the nursery, paramedics said.',
      'Paramedics said three pupils were fine after they drank the fluid.',
    ).filter((c) => c.quantity?.value === 3);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.quantity?.unit).toBe('pupils');
    expect(claims[0]!.evidence.map((e) => [e.source, e.unit])).toEqual([['outlet-1', undefined], ['outlet-2', 'girls'], ['outlet-3', undefined]]);
  });

  it('does not take a breakdown by sex for another group, through a shared figure word or people in general', () => {
    const twos = (...texts: string[]) => claimsOf(...texts).filter((c) => c.quantity?.value === 2);
    // "two" and one more word in common is no sign of one story: the boys hurt are not the workers arrested.
    expect(twos('Three girls and two boys were hurt at the nursery, police said.', 'Two workers were arrested, police say.')).toHaveLength(2);
    // One sentence's breakdown counts two groups, however alike the rest of it is.
    expect(twos('The couple have four children, two boys and two girls.')).toHaveLength(2);
    // "two people" may be any two people, but not a count of girls.
    expect(twos('Two girls won the spelling contest at the library.', 'Two people were seen leaving the harbour at dawn.')).toHaveLength(2);
  });

  it('counts a people named with a capital as people, one with people in general and never with another people', () => {
    const figure = (value: number, ...texts: string[]) => claimsOf(...texts).filter((c) => c.quantity?.value === value);
    // A capitalised plural whose clause counts it killed, and then every mention of that name.
    const named = figure(4200, 'About 4,200 Ostrans were killed when the port fell, historians say.', 'Some 4,200 people died when the port fell.', 'The port lost 4,200 Ostrans that winter.');
    expect(named).toHaveLength(1);
    expect(named[0]!.evidence.map((e) => e.source)).toEqual(['outlet-1', 'outlet-2', 'outlet-3']);
    // Two peoples are two groups, however alike their sentences.
    expect(figure(5, 'Five Ostrans were killed in the raid on Tuesday near the border post.', 'Five Veldanians were killed in the raid on Tuesday near the border post.')).toHaveLength(2);
    // A capitalised plural that no source counts killed, hurt or arrested is not taken for people.
    expect(figure(40, 'The dealer on the harbour road sold 40 Broncos on Saturday.', 'Some 40 people queued at the dealer on the harbour road on Saturday.')).toHaveLength(2);
  });

  it('keeps apart one figure of people counted killed in one source and hurt in another', () => {
    const fifteens = claimsOf(
      'Fifteen people were killed when the footbridge collapsed on Monday.',
      'Fifteen people were injured when the footbridge collapsed on Monday.',
    ).filter((c) => c.quantity?.value === 15);
    expect(fifteens).toHaveLength(2);
    // Each claim says what it counts them as, for the conflicts (valueConflicts.ts).
    const aligned = alignedOf('Fifteen people were killed when the footbridge collapsed on Monday.', 'Fifteen people were injured when the footbridge collapsed on Monday.');
    expect(aligned.claims.filter((c) => c.quantity?.value === 15).map((c) => aligned.roleOf(c.id)).sort()).toEqual(['deaths', 'injuries']);
    // The same role, or none said, still joins.
    expect(claimsOf(
      'Fifteen people were killed when the footbridge collapsed on Monday.',
      'The collapse of the footbridge left 15 people dead.',
      'Fifteen people were on the footbridge when it collapsed.',
    ).filter((c) => c.quantity?.value === 15)).toHaveLength(1);
  });

  it('counts the charges of an indictment as counts or charges alike, and a compound\'s people by its last part', () => {
    const charges = claimsOf(
      'The ferry captain was charged with four counts of fraud on Monday.',
      'The captain faces four fraud charges, prosecutors said.',
    ).filter((c) => c.quantity?.value === 4);
    expect(charges).toHaveLength(1);
    expect(charges[0]!.evidence.map((e) => e.source)).toEqual(['outlet-1', 'outlet-2']);
    const coworkers = claimsOf(
      'A gunman killed three co-workers at the boatyard on Monday.',
      'Three people were killed at the boatyard, police said.',
    ).filter((c) => c.quantity?.value === 3);
    expect(coworkers).toHaveLength(1);
  });

  it('makes one claim of one amount of money in several sources, whatever noun follows it', () => {
    const claims = claimsOf(
      'The ferry operator reported a $5.2 million loss for the year.',
      'The ferry operator lost $5.2 million last year, its accounts show.',
    ).filter((c) => c.quantity?.unit === 'USD');
    expect(claims).toHaveLength(1);
    expect(new Set(claims[0]!.evidence.map((e) => e.source))).toEqual(new Set(['outlet-1', 'outlet-2']));
  });

  it('shows two outlets that hedge one figure in clashing ways as a qualifier conflict', () => {
    const conflicts = hedgeConflictsOf(
      'More than 80 volunteers cleared the riverbank on Saturday.',
      'About 80 volunteers cleared the riverbank on Saturday.',
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.wordings.map((w) => w.source)).toEqual(['outlet-1', 'outlet-2']);
  });

  it('reads every bound the extractor keeps: "as much as" and "at most" cap a figure, "well over" and "a little more than" floor it', () => {
    const clash = (a: string, b: string) => hedgeConflictsOf(`The city will spend ${a} $40 million on the new bridge.`, `The city will spend ${b} $40 million on the new bridge.`);
    expect(clash('as much as', 'more than')).toHaveLength(1);
    expect(clash('at most', 'about')).toHaveLength(1);
    expect(clash('well over', 'up to')).toHaveLength(1);
    expect(clash('a little more than', 'nearly')).toHaveLength(1);
    expect(clash('as much as', 'up to')).toEqual([]);
  });

  it('reads a time taken "in" or "within" a figure as at most it: a floor under that figure in another outlet clashes', () => {
    const clash = hedgeConflictsOf(
      'Firefighters were at the warehouse in six minutes, the chief said.',
      'Firefighters reached the warehouse just over six minutes after the alarm.',
    );
    expect(clash).toHaveLength(1);
    expect(clash[0]!.wordings.map((w) => w.wording).sort()).toEqual(['just over six minutes', 'six minutes']);
    // An approximation agrees with it, and "over two days" is a time during which, not a floor.
    expect(hedgeConflictsOf('Firefighters were at the warehouse in six minutes.', 'Firefighters reached the warehouse about six minutes after the alarm.')).toEqual([]);
    expect(hedgeConflictsOf('The ferry was repaired in two days, the port said.', 'The ferry was repaired over two days by the port crew.')).toEqual([]);
  });

  it('reads "over" before a duration as the time during which, no hedge: "over two days" and "about two days" do not clash', () => {
    expect(hedgeConflictsOf('The ferry was repaired over two days by the port crew.', 'The ferry was repaired in about two days by the port crew.')).toEqual([]);
    expect(hedgeConflictsOf('The ferry was repaired for over $40,000 by the port crew.', 'The ferry was repaired for about $40,000 by the port crew.')).toHaveLength(1);
  });

  it('sees no disagreement in one outlet hedging a figure two ways, whatever the others write', () => {
    expect(hedgeConflictsOf(
      'About 80 volunteers cleared the riverbank on Saturday. Organisers said at least 80 volunteers signed up.',
      'Organisers counted 80 volunteers at the riverbank.',
    )).toEqual([]);
    // A bracket's two bounds: one outlet's table, not two outlets disagreeing.
    expect(hedgeConflictsOf(
      'Households earning less than $75,000 would pay less. Households earning more than $75,000 would pay more.',
      'The plan changes taxes for households near $75,000.',
    )).toEqual([]);
  });
});
