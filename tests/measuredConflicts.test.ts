import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractAll } from '../scripts/pipeline.ts';
import { ingestFolder } from '../scripts/ingest/ingest.ts';
import { cleanArticle } from '../scripts/clean/clean.ts';
import { segmentArticle } from '../scripts/segment/segment.ts';
import { alignQuantities } from '../scripts/align/alignQuantities.ts';
import type { Conflict } from '../scripts/contracts/facts.ts';

// Invented articles about an invented landslide and earthquake: two outlets each, one sentence that matters.
const folders: string[] = [];
function conflictsOf(...texts: string[]): Conflict[] {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-measured-'));
  folders.push(dir);
  texts.forEach((text, i) => writeFileSync(join(dir, `outlet-${i + 1}.txt`), `Landslide report ${i + 1}\n\n${text}\n`));
  // alignQuantities alone: its value conflicts are the measured-thing ones (valueConflicts, on alike sentences, runs after it).
  const articles = ingestFolder(dir).articles.map((a) => segmentArticle(cleanArticle(a)));
  const quantities = extractAll(articles).flatMap((m) => m.quantities);
  const index = new Map(articles.map((a) => [a.source.id, a]));
  return alignQuantities(quantities, index, new Map(articles.map((a, i) => [a.source.id, i]))).conflicts.filter((c) => c.kind === 'value');
}
afterAll(() => { for (const dir of folders) rmSync(dir, { recursive: true, force: true }); });

describe('conflicts over one measured thing', () => {
  it('shows two outlets giving different death tolls for one landslide, worded apart, with both passages', () => {
    const [conflict, ...rest] = conflictsOf(
      'The regional governor said 14 people were killed when the hillside above Orlen gave way on Sunday.',
      'The collapse of the hillside above Orlen on Sunday left at least 22 dead, according to rescuers.',
    );
    expect(rest).toEqual([]);
    expect(conflict!.description).toContain('14 (outlet-1) vs at least 22 (outlet-2)');
    expect(conflict!.wordings.map((w) => w.source)).toEqual(['outlet-1', 'outlet-2']);
    expect(conflict!.wordings[1]!.wording).toBe('The collapse of the hillside above Orlen on Sunday left at least 22 dead, according to rescuers.');
  });

  it('compares figures in one unit as written: 95 and 100 killed differ, though within a conversion\'s rounding', () => {
    const [conflict, ...rest] = conflictsOf(
      'The regional governor said 95 people were killed when the hillside above Orlen gave way on Sunday.',
      'The collapse of the hillside above Orlen on Sunday killed 100 people, according to rescuers.',
    );
    expect(rest).toEqual([]);
    expect(conflict!.description).toContain('95 (outlet-1) vs 100 (outlet-2)');
    const [depth] = conflictsOf(
      'The quake struck at a depth of 95 kilometres below the hills north of Orlen, the survey said.',
      'The quake struck 100 kilometres deep below the hills north of Orlen, the survey said.',
    );
    expect(depth!.description).toContain('95 km (outlet-1) vs 100 km (outlet-2)');
  });

  it('reads a toll with no noun by its unit ("the death toll ... had reached 19")', () => {
    const [conflict] = conflictsOf(
      'The regional governor said 14 people were killed when the hillside above Orlen gave way on Sunday.',
      'Rescuers digging on the hillside above Orlen said on Sunday that the death toll had reached 19.',
    );
    expect(conflict!.description).toContain('14 (outlet-1) vs 19 (outlet-2)');
  });

  it('keeps deaths and injuries of one sentence apart ("killed three and wounded four")', () => {
    const [conflict, ...rest] = conflictsOf(
      'The gunman killed three people and wounded four others at the depot in Orlen on Sunday, police said.',
      'Police said the gunman at the Orlen depot on Sunday killed three people and wounded six others.',
    );
    expect(rest).toEqual([]);
    expect(conflict!.description).toContain('4 (outlet-1) vs 6 (outlet-2)');
  });

  it('is no conflict when the other outlet gives the first figure too (an update or a part), or counts another group or event', () => {
    expect(conflictsOf(
      'The landslide that buried part of the valley town of Orlen on Sunday killed 14 people, the regional governor said.',
      'Rescuers digging through the mud in Orlen on Sunday said the landslide had killed 14 people. By night the toll in the town of Orlen had risen, and officials said 19 people were killed.',
    )).toEqual([]);
    expect(conflictsOf(
      'The landslide that buried part of the valley town of Orlen on Sunday killed 14 people, the regional governor said.',
      'Rescuers digging through the mud in Orlen on Sunday said the landslide had killed eight children in the town.',
    )).toEqual([]);
    expect(conflictsOf(
      'The landslide that buried part of the valley town of Orlen on Sunday killed 14 people, the regional governor said.',
      'Rescuers digging through the mud in Orlen on Sunday recalled that the 1998 landslide had killed 40 people in the town.',
    )).toEqual([]);
    expect(conflictsOf(
      'The landslide that buried part of the valley town of Orlen on Sunday killed 14 people, the regional governor said.',
      'Rescuers digging through the mud in Orlen on Sunday said that three of the dead were children from the town.',
    )).toEqual([]);
  });

  it('compares depths in different units after conversion: 10 km and 6 miles agree, 10 km and 20 miles do not', () => {
    const same = conflictsOf(
      'The earthquake under the coast near Orlen struck at a depth of 10 kilometres on Sunday, the seismic survey said.',
      'The earthquake under the coast near Orlen on Sunday was 6 miles deep, the seismic survey said.',
    );
    expect(same).toEqual([]);
    const [apart, ...rest] = conflictsOf(
      'The earthquake under the coast near Orlen struck at a depth of 10 kilometres on Sunday, the seismic survey said.',
      'The earthquake under the coast near Orlen on Sunday was 20 miles deep, the seismic survey said.',
    );
    expect(rest).toEqual([]);
    expect(apart!.description).toContain('10 km (outlet-1) vs 20 mi (outlet-2)');
  });

  it('does not pair a depth with a distance from a place in the same unit once the other outlet converts both', () => {
    expect(conflictsOf(
      'The earthquake struck at a depth of 10 kilometres, about 40 miles from the town of Orlen.',
      'The earthquake struck at a depth of 6 miles, some 64 kilometres from Orlen.',
    )).toEqual([]);
  });
});

describe('what a count of people measures', () => {
  it('keeps a group named by a proper adjective ("three Eastland fatalities") apart from people at large', () => {
    expect(conflictsOf(
      'Health officials in Orlen said at least 19 people had been killed over two days of shelling.',
      'Thursday\'s three Eastland fatalities came when a shell struck a block of flats near Orlen, the first deaths on that side in two days of shelling.',
    )).toEqual([]);
    const [conflict] = conflictsOf(
      'Officials said three Eastland fatalities were counted after two days of shelling near Orlen.',
      'Officials said five Eastland fatalities were counted after two days of shelling near Orlen.',
    );
    expect(conflict!.description).toContain('3 (outlet-1) vs 5 (outlet-2)');
  });

  it('reads the role past an aside ("at least 19 people, including five children, had been killed")', () => {
    const [conflict] = conflictsOf(
      'Officials in the hill town of Orlen said 14 people were killed in Sunday\'s landslide.',
      'Officials in the hill town of Orlen said at least 19 people, including five children, had been killed in the landslide.',
    );
    expect(conflict!.description).toContain('14 (outlet-1) vs at least 19 (outlet-2)');
  });
});

describe('tolls worded without a count noun', () => {
  it('reads "claimed N lives" as deaths, and "saved N lives" as nothing', () => {
    const [conflict, ...rest] = conflictsOf(
      'Officials in the hill town of Orlen said 14 people were killed in Sunday\'s landslide.',
      'The landslide that hit the hill town of Orlen on Sunday claimed 22 lives, officials said.',
    );
    expect(rest).toEqual([]);
    expect(conflict!.description).toContain('14 (outlet-1) vs 22 (outlet-2)');
    expect(conflictsOf(
      'Officials in the hill town of Orlen said 14 people were killed in Sunday\'s landslide.',
      'Officials in the hill town of Orlen said rescuers saved 22 lives after Sunday\'s landslide.',
    )).toEqual([]);
  });

  it('reads "the toll stands at N" as deaths', () => {
    const [conflict] = conflictsOf(
      'Officials in the hill town of Orlen said 14 people were killed in Sunday\'s landslide.',
      'Officials in the hill town of Orlen said the toll from Sunday\'s landslide stands at 22.',
    );
    expect(conflict!.description).toContain('14 (outlet-1) vs 22 (outlet-2)');
  });

  it('does not take "of the" far from the figure as a part ("the death toll from two days of the storm at 31")', () => {
    const [conflict] = conflictsOf(
      'Officials in the hill town of Orlen said 24 people were killed in the storm.',
      'Officials in the hill town of Orlen put the death toll from two days of the storm at 31.',
    );
    expect(conflict!.description).toContain('24 (outlet-1) vs 31 (outlet-2)');
  });

  it('reads "N remain missing" and "N others were hurt" as counts of people', () => {
    const [missing] = conflictsOf(
      'Rescuers in the hill town of Orlen said 40 people were missing after the landslide.',
      'Rescuers in the hill town of Orlen said at least 55 remain missing after the landslide.',
    );
    expect(missing!.description).toContain('40 (outlet-1) vs at least 55 (outlet-2)');
  });

  it('reads "N people in custody" as arrests, so two outlets\' different counts meet', () => {
    const [custody, ...rest] = conflictsOf(
      'Police in Orlen said four people are in custody over the depot fire, including two guards.',
      'Orlen has three people in custody in connection with the depot fire, including the two guards.',
    );
    expect(rest).toEqual([]);
    expect(custody!.description).toContain('4 (outlet-1) vs 3 (outlet-2)');
  });

  it('compares two outlets\' totals however long their sentences, but not a part or one incident against a total', () => {
    const lede = 'The landslide that swept through Orlen before dawn on Sunday, burying a school, a market and dozens of farmhouses under mud and rock, killed at least 31 people, the regional governor said.';
    const [totals] = conflictsOf(
      lede,
      'Volunteers from neighbouring valleys dug with shovels and bare hands through the night as the army flew in tents, and by Monday officials in Orlen counted 44 dead.',
    );
    expect(totals!.description).toContain('at least 31 (outlet-1) vs 44 (outlet-2)');
    // The other outlet's total is the same; its smaller figure (one place of many) is no disagreement.
    expect(conflictsOf(
      lede,
      'Volunteers from neighbouring valleys dug with shovels and bare hands through the night in Orlen, where the landslide killed 31 people. At the market alone, rescuers said, eight people died.',
    )).toEqual([]);
  });

  it('does not set one strike\'s wounded against the whole war\'s, more than ten times as many', () => {
    expect(conflictsOf(
      'Since the fighting began, health officials in Orlen said, the number of wounded has risen to 8,300.',
      'Health officials in Orlen said at least 15 people were wounded when a shell hit the market on Sunday.',
    )).toEqual([]);
    // Ten times as many or fewer is still one figure the outlets give differently.
    const [conflict] = conflictsOf(
      'Since the fighting began, health officials in Orlen said, the number of wounded has risen to 140.',
      'Health officials in Orlen said at least 15 people were wounded since the fighting began.',
    );
    expect(conflict!.description).toContain('140 (outlet-1) vs at least 15 (outlet-2)');
  });

  it('reads "murdered" and "slain" as deaths', () => {
    const [conflict] = conflictsOf(
      'Prosecutors in Orlen said six people were murdered at the farmhouse on Sunday.',
      'Prosecutors in Orlen said the gunman killed nine people at the farmhouse on Sunday.',
    );
    expect(conflict!.description).toContain('6 (outlet-1) vs 9 (outlet-2)');
  });

  it('reads "maimed" as injuries, also as the second of two verbs ("injured and maimed more than 90 others")', () => {
    const [conflict] = conflictsOf(
      'The blast at the Orlen depot on Sunday killed two people and injured and maimed more than 90 others, police said.',
      'Police said the blast at the Orlen depot on Sunday killed two people and injured more than 120.',
    );
    expect(conflict!.description).toContain('more than 90 (outlet-1) vs more than 120 (outlet-2)');
  });
});

describe('durations that say what they measure', () => {
  it('compares the length of one named thing ("the 11-hour crossing") and the time into it ("six hours into the crossing")', () => {
    const conflicts = conflictsOf(
      'A deckhand said about six hours into the 11-hour crossing, a passenger began shouting at the crew of the Orlen ferry.',
      'Passengers on the Orlen ferry said the man began shouting nearly eight hours into the 12-hour crossing.',
    );
    expect(conflicts.map((c) => c.description)).toEqual([
      'The sources give different figures for what reads as the same thing: about 6 h (outlet-1) vs nearly 8 h (outlet-2).',
      'The sources give different figures for what reads as the same thing: 11 h (outlet-1) vs 12 h (outlet-2).',
    ]);
  });

  it('reads nothing of a duration that names no thing ("for two hours", "two hours later"), nor of two things named apart', () => {
    expect(conflictsOf(
      'The crew of the Orlen ferry questioned the passenger for two hours after the crossing.',
      'The crew of the Orlen ferry questioned the passenger for three hours after the crossing ended.',
    )).toEqual([]);
    expect(conflictsOf(
      'Passengers on the Orlen ferry said the crew held a 30-minute drill before the crossing.',
      'Passengers on the Orlen ferry said the crew held a 45-minute briefing before the crossing.',
    )).toEqual([]);
    // A preposition after the glued figure names no thing: "30-seconds of video" measures a clip, not "of".
    expect(conflictsOf(
      'A passenger on the Orlen ferry filmed 30-seconds of video before the crossing.',
      'A passenger on the Orlen ferry filmed 45-seconds of video before the crossing ended.',
    )).toEqual([]);
  });
});

describe('what a search found', () => {
  it('compares two outlets\' counts of things a search found, quoted or not, by the kind of thing ("parts" and "objects" are one)', () => {
    const [conflict, ...rest] = conflictsOf(
      'Divers searching the lake bed off Orlen said on Sunday they had found “two large objects” from the sunken barge.',
      'Sonar on a navy ship detected five big parts of wreckage on the lake bed off Orlen, officials said.',
    );
    expect(rest).toEqual([]);
    expect(conflict!.description).toContain('2 (outlet-1) vs 5 (outlet-2)');
  });

  it('reads no search in a count the verb does not govern ("nothing was found after four dives")', () => {
    expect(conflictsOf(
      'Divers searching the lake bed off Orlen said no wreckage was found after four dives on Sunday.',
      'Divers searching the lake bed off Orlen on Sunday said nothing was found after six dives.',
    )).toEqual([]);
  });
});
