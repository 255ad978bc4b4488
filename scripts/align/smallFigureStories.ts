/**
 * A small figure of things or of time ("four routes", "six years", "two depots") is given for many
 * different things in one event, and its noun alone does not say which: "the lease was cut to six
 * years" and "he faces prison for six years", "the ferry runs four routes" and "four routes were
 * closed to lorries". Two sources' mentions of one are one fact when their sentences tell of the same
 * thing, which their words show: one content word in common at least besides the figure and its unit
 * ("the crane dropped three floors" / "the crane fell three floors": one synonym class; "the pumps
 * last two days" / "the pump-driven flow stops after two days"). A block of such a figure is split
 * into what those links join.
 *
 * Not counts of people (alignQuantities' onePeopleGroupEach parts them by role and noun), shares and
 * levels (its oneMeasuredThingEach), ages ("a 34-year-old man" / "who turned 34": one person's age is
 * told in words that share nothing), money, or multiples ("seven times closer").
 * Over b200x and 51 untuned train clusters: 6 wrong merges of this kind split, one right merge split
 * (two outlets' count of places told of one law, in other words), the right merges with a word in common kept.
 */
import type { QuantityMention } from '../contracts/stages.ts';
import { PEOPLE } from './countedThings.ts';
import { canonicalWords } from './synonyms.ts';
import { toBase } from './unitConversion.ts';
import { contentWords } from './words.ts';

/**
 * Figures under this are the small ones that count many things in one event. Not 100: over the untuned
 * clusters a figure from 10 up with no word in common was as often one fact told in other words
 * (a tower's height in storeys, once in an aside and once as a compound) as two.
 */
const SMALL_FIGURE = 10;
/** Units of time besides the conversion table's (which leaves out months and years, of no fixed length). */
const CALENDAR_UNITS = new Set(['months', 'years', 'decades', 'centuries']);
/** Figures written as words, stemmed: the block's own figure stands in each of its sentences. */
const NUMBER_WORDS = new Set(contentWords('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen'));

/** Whether a mention is a small count of things (by a noun, not people nor "times") or a small span of time. */
function smallThingOrTime(m: QuantityMention): boolean {
  if (m.value >= SMALL_FIGURE) return false;
  if (m.head !== undefined) {
    const last = m.head.split('-').pop()!;
    return m.head !== 'time' && !PEOPLE.has(m.head) && !PEOPLE.has(last) && !/^\p{Lu}/u.test(m.counts ?? '');
  }
  return toBase(m.value, m.unit)?.dimension === 'duration' || CALENDAR_UNITS.has(m.unit);
}

/** A sentence's words that may show what its figure is of: content words (hyphened ones in parts), by synonym class, without figures and the unit's words. */
function storyWords(m: QuantityMention): Set<string> {
  const unit = new Set(contentWords(`${m.unit} ${m.counts ?? ''} ${m.head ?? ''}`.replace(/-/g, ' ')));
  const words = contentWords(m.sentence.text.replace(/-/g, ' ')).filter((w) => !/\d/.test(w) && !NUMBER_WORDS.has(w) && !unit.has(w));
  return canonicalWords(words);
}

/** Story words a sentence needs to tell against another: "There were two camps." says nothing of what else they are. */
const MIN_STORY_WORDS = 2;

/**
 * A block of one small figure of things or time (same value, same noun), split into the mentions
 * whose sentences share a word across sources (see above). Two mentions in one source are not linked
 * by being in it (a source gives "five years" of a sentence and of a rule alike), but a mention of a
 * source whose other mention is in a joined part goes with it, so that the source is not parted from
 * itself; and a sentence with too few words to tell (MIN_STORY_WORDS) joins the largest part.
 */
export function smallFigureStories(group: QuantityMention[]): QuantityMention[][] {
  if (group.length < 2 || !group.every(smallThingOrTime) || new Set(group.map((m) => m.source)).size < 2) return [group];
  const words = group.map(storyWords);
  const tells = words.map((w) => w.size >= MIN_STORY_WORDS);
  const root = group.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      if (!tells[i] || !tells[j] || group[i]!.source === group[j]!.source) continue;
      if ([...words[i]!].some((w) => words[j]!.has(w))) root[find(i)] = find(j);
    }
  }
  const components = new Map<number, QuantityMention[]>();
  group.forEach((m, i) => { if (tells[i]) components.set(find(i), [...(components.get(find(i)) ?? []), m]); });
  const sourcesOf = (part: QuantityMention[]): Set<string> => new Set(part.map((m) => m.source));
  // The parts two sources or more tell alike, largest first: a source's other mentions go to the first that holds it.
  const joined = [...components.values()].filter((part) => sourcesOf(part).size > 1).sort((a, b) => sourcesOf(b).size - sourcesOf(a).size || b.length - a.length);
  const alone = new Map<string, QuantityMention[]>();
  const place = (m: QuantityMention, anywhere: boolean): void => {
    const home = joined.find((part) => part.some((other) => other.source === m.source));
    if (home) home.push(m);
    else if (anywhere && joined.length) joined[0]!.push(m);
    else alone.set(m.source, [...(alone.get(m.source) ?? []), m]);
  };
  for (const part of components.values()) if (sourcesOf(part).size === 1) for (const m of part) place(m, false);
  // A sentence too short to tell: with the largest part, or with what another source alone says.
  group.forEach((m, i) => {
    if (tells[i]) return;
    if (joined.length || !alone.size) return place(m, true);
    const other = [...alone.keys()].find((source) => source !== m.source);
    if (other === undefined) return place(m, false);
    const part = [...alone.get(other)!, m];
    alone.delete(other);
    joined.push(part);
  });
  return [...joined, ...alone.values()];
}
