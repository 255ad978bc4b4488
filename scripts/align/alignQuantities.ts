/**
 * The same figure for the same kind of thing, in any number of sources, is one claim.
 * Mentions are blocked on their value (a map lookup, never a comparison of every pair),
 * then split by what they count. When sources hedge one figure in clashing ways ("more than
 * 50,000" vs "about 50,000"), the claim stays one and carries a qualifier conflict.
 */
import type { Claim, Conflict, Evidence } from '../contracts/facts.ts';
import type { QuantityMention } from '../contracts/stages.ts';
import { evidenceFor, orderEvidence, uniqueId, type ArticleIndex } from './evidence.ts';
import { measuredConflicts } from './measuredConflicts.ts';
import { ANY_PEOPLE, PEOPLE, PEOPLE_SYNONYMS, SYNONYMS } from './countedThings.ts';
import { contentWords, shared } from './words.ts';
import { capitalisedGroup, namesOfPeople } from './namedGroups.ts';
import { measuredThing } from './measuredThing.ts';
import { smallFigureStories } from './smallFigureStories.ts';
import { paraphrasedNouns } from './figureWords.ts';
import { countsAPart, groupingRole, moreSpecificRole, rolesAgree } from './figureRole.ts';

/** Qualifier families: a bound and an approximation of the same figure disagree; "about" and "roughly" agree. */
const QUALIFIER_FAMILY: Record<string, 'lower' | 'upper' | 'approximate'> = {
  'more than': 'lower', over: 'lower', 'at least': 'lower', 'upwards of': 'lower', 'just over': 'lower', 'in excess of': 'lower', 'no fewer than': 'lower', 'no less than': 'lower', 'nothing less than': 'lower', 'not less than': 'lower', 'not fewer than': 'lower',
  'a little more than': 'lower', 'a little over': 'lower', 'well over': 'lower',
  'up to': 'upper', 'fewer than': 'upper', 'less than': 'upper', nearly: 'upper', almost: 'upper', under: 'upper', 'as many as': 'upper', 'just under': 'upper', 'no more than': 'upper', 'nothing more than': 'upper', 'not more than': 'upper',
  // The extractor's other bounds: "as much as $5 million" caps a sum as "as many as" caps a count.
  'as much as': 'upper', 'at most': 'upper', 'a little less than': 'upper', 'a little under': 'upper', 'well under': 'upper',
  about: 'approximate', roughly: 'approximate', approximately: 'approximate', around: 'approximate', some: 'approximate', 'an estimated': 'approximate', estimated: 'approximate', 'close to': 'approximate',
};

export interface QuantityAlignment {
  claims: Claim[];
  conflicts: Conflict[];
  /** What a claim of people counts them as (killed, hurt, arrested...), where its sentences say so and agree. */
  roleOf: (claimId: string) => string | undefined;
}

export function alignQuantities(mentions: QuantityMention[], articles: ArticleIndex, sourceOrder: ReadonlyMap<string, number>): QuantityAlignment {
  const blocks = new Map<string, QuantityMention[]>();
  // A people named with a capital counts as people where the event counts it killed, hurt... (namedGroups.ts).
  const peopleNames = namesOfPeople(mentions);
  const namedPeople = (m: QuantityMention): string | undefined => {
    const name = capitalisedGroup(m);
    return name && peopleNames.has(name) ? name : undefined;
  };
  for (const m of mentions) {
    const key = `${m.low ?? ''}|${m.value}|${m.high ?? ''}|${namedPeople(m) ? 'people' : thingCounted(m)}`;
    const list = blocks.get(key) ?? [];
    list.push(m);
    blocks.set(key, list);
  }
  const claims: Claim[] = [];
  const conflicts: Conflict[] = [];
  const usedIds = new Set<string>();
  const claimOf = new Map<QuantityMention, Claim>();
  const roles = new Map<string, string>();
  for (const group of oneFigureRetold([...blocks.values()].flatMap((block) => onePeopleGroupEach(block, namedPeople)).flatMap(oneMeasuredThingEach).flatMap(smallFigureStories))) {
    const claim = quantityClaim(group, articles, sourceOrder, usedIds);
    claims.push(claim);
    const role = roleOfPeople(group, namedPeople);
    if (role) roles.set(claim.id, role);
    for (const m of group) claimOf.set(m, claim);
    // One fact, one claim: when its sources hedge it in ways that clash, the claim carries a conflict.
    const families = qualifierFamilies(group);
    if (families.length > 1) conflicts.push(qualifierConflict(claim, families, articles));
  }
  // Different figures for one measured thing (deaths, depth, bail...), however the sentences are worded.
  // Groups named with a capital are compared as before: by the same name only (countedAlike.ts).
  conflicts.push(...measuredConflicts(mentions, (m) => claimOf.get(m)!, (m) => thingCounted(m) === 'people', articles));
  return { claims, conflicts, roleOf: (id) => roles.get(id) };
}

/** The one role (killed, hurt, arrested...) a group's counts of people are given, or undefined where none is or two are. */
function roleOfPeople(group: QuantityMention[], namedPeople: (m: QuantityMention) => string | undefined): string | undefined {
  const found = new Set<string>();
  for (const m of group) {
    if (thingCounted(m) !== 'people' && !namedPeople(m)) continue;
    const role = measuredThing(m, true)?.key.split('|')[1];
    if (role) found.add(role);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * A block of one figure counting people, split into the groups of people it may count. Sources
 * name one group with different nouns ("230 cheerleaders" / "230 supporters", "four patients" /
 * "four victims"), so any people noun may meet any other; but one figure also counts different
 * groups in one event ("a three-member committee", "their three young children"). Two mentions
 * count one group when they name it alike (the same noun or one news swaps for it), when one
 * names people in general, or when their sentences tell of the same thing (two content words in
 * common besides the figure and its noun), unless one sentence names both; the block is split into
 * what those links join. A group named with a capital ("Veldanians") is one group with its own name
 * and with people in general only: two peoples are never one, whatever their sentences share.
 */
function onePeopleGroupEach(group: QuantityMention[], namedPeople: (m: QuantityMention) => string | undefined): QuantityMention[][] {
  if (group.length < 2 || (thingCounted(group[0]!) !== 'people' && !namedPeople(group[0]!))) return [group];
  const words = group.map((m) => new Set(contentWords(m.sentence.text).filter((w) => !/\d/.test(w) && !PEOPLE_WORD.test(w) && !NUMBER_WORDS.has(w))));
  const named = group.map(namedPeople);
  const kindOf = group.map((m, i) => named[i] ?? PEOPLE_SYNONYMS[m.head!] ?? m.head!);
  const root = group.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  // What each part counts them as (killed, hurt, arrested...), where its clause says: a part of
  // "15 people were wounded" never takes in "15 ... were killed", however the two are named; nor
  // the hurt of an attack in another year (figureRole.ts).
  const roleOf = new Map<number, string>();
  group.forEach((m, i) => {
    const role = groupingRole(m);
    if (role) roleOf.set(i, role);
  });
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i]!, group[j]!];
      const [ra, rb] = [roleOf.get(find(i)), roleOf.get(find(j))];
      if (!rolesAgree(ra, rb)) continue;
      // One sentence that counts two groups alike ("two boys and two girls") tells of two groups.
      if (a.source === b.source && a.sentence.start === b.sentence.start && a.head !== b.head) continue;
      const inGeneral = (ANY_PEOPLE.has(a.head!) && !BY_SEX_OR_AGE.has(b.head!)) || (ANY_PEOPLE.has(b.head!) && !BY_SEX_OR_AGE.has(a.head!));
      // A part of a group ("two of the suspects") is one with a count of its own noun only (figureRole.ts).
      const apart = countsAPart(a) || countsAPart(b);
      const alike = kindOf[i] === kindOf[j] || (!apart && (inGeneral || (!named[i] && !named[j] && shared(words[i]!, words[j]!) >= SAME_STORY_WORDS)));
      if (!alike) continue;
      const role = moreSpecificRole(ra, rb);
      root[find(i)] = find(j);
      if (role) roleOf.set(find(j), role);
    }
  }
  const parts = new Map<number, QuantityMention[]>();
  group.forEach((m, i) => parts.set(find(i), [...(parts.get(find(i)) ?? []), m]));
  return [...parts.values()];
}

/**
 * A block of one share or level with no noun of its own ("85%", "45 degrees"), split into the things
 * it measures. A noun says what a count counts; a share says nothing of what it is of, and one event
 * gives "85%" of children who recovered and of samples that showed a sign. Two mentions measure one
 * thing when their sentences share a content word besides figures and the measure's own words (the
 * pay, the vote); the block is split into what those links join. Not ages or durations: "a
 * 41-year-old local man" and "41-year-old Tom Reyes", or "in five minutes" and "arrived five minutes
 * later", are one fact told in other words more often than two (2 such splits on the dev gold, both wrong).
 */
function oneMeasuredThingEach(group: QuantityMention[]): QuantityMention[][] {
  if (group.length < 2 || group[0]!.head !== undefined || !SHARE_OR_LEVEL.has(group[0]!.unit)) return [group];
  const measureWords = new Set(contentWords(group.map((m) => m.unit).join(' ')));
  const words = group.map((m) => new Set(contentWords(m.sentence.text).filter((w) => !/\d/.test(w) && !NUMBER_WORDS.has(w) && !MEASURE_WORDS.has(w) && !measureWords.has(w))));
  const root = group.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      if (shared(words[i]!, words[j]!) >= SAME_MEASURED_WORDS) root[find(i)] = find(j);
    }
  }
  const parts = new Map<number, QuantityMention[]>();
  group.forEach((m, i) => parts.set(find(i), [...(parts.get(find(i)) ?? []), m]));
  return [...parts.values()];
}

/** Shares and levels, whose figure alone says nothing of what they measure. */
const SHARE_OR_LEVEL: ReadonlySet<string> = new Set(['%', 'pp', '°', '°F', '°C']);
/** Content words two sentences share when one measure in them is of one thing. */
const SAME_MEASURED_WORDS = 1;
/** The words of measures themselves, stemmed as contentWords stems them: shared by any two sentences giving one. */
const MEASURE_WORDS = new Set(contentWords('percent per cent percentage point points degree degrees fahrenheit celsius'));

/** A figure at least this large is rare enough in one event for two nouns over it to be one fact told two ways. */
const MIN_RETOLD_FIGURE = 100;
/** Content words besides figures two sentences share when they tell one figure of one thing under two nouns. */
const RETOLD_STORY_WORDS = 3;
/**
 * The same for a figure under 100 ("four lighthouses flooded" / "four closures"): such a figure
 * counts many things in one event, so two sentences must retell one story nearly word for word.
 * Over 191 untuned multi-news clusters, sentences sharing five or six words still counted different
 * things by one small figure (two parts of a molecule against two kinds of it); at seven, the two
 * joins were one fact each.
 */
const SMALL_RETOLD_STORY_WORDS = 7;

/**
 * A figure that counts things by a noun, not a measure ("days", "%", "years old" have no head) and
 * not "times", which multiplies as often as it counts ("seven times closer").
 */
function countsThings(m: QuantityMention): boolean {
  return m.head !== undefined && m.head !== 'time';
}

function sentenceKey(m: QuantityMention): string {
  return `${m.source}@${m.sentence.start}`;
}

/**
 * Groups of one figure under different nouns ("273,328 stock units" / "273,328 shares", "a 140-person
 * orchestra" / "a 140-piece orchestra", "86,000 reserve soldiers" / "86,000 reserves") joined when a
 * sentence of one and a sentence of another, in two sources, share three content words besides
 * figures. Small figures need more: "three" or "20" count many things in one event, so only a count
 * by a noun is joined, at SMALL_RETOLD_STORY_WORDS, and never with a figure one of its sentences
 * also gives under the other noun ("four counts of theft over four burgled warehouses"). Over 249
 * untuned corpus clusters, every such pair read told one fact; at two shared words, some did not
 * ("140 artists" / "a 140-piece orchestra").
 */
function oneFigureRetold(groups: QuantityMention[][]): QuantityMention[][] {
  const byFigure = new Map<string, number[]>();
  groups.forEach((group, i) => {
    const m = group[0]!;
    if (/^[A-Z]{3}$/.test(m.unit)) return;
    if (m.value < MIN_RETOLD_FIGURE && !countsThings(m)) return;
    const key = `${m.low ?? ''}|${m.value}|${m.high ?? ''}`;
    byFigure.set(key, [...(byFigure.get(key) ?? []), i]);
  });
  const root = groups.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  // The sentences each joined set holds, by source and start: a sentence in two sets counts two things.
  const sentencesOf = groups.map((group) => new Set(group.map(sentenceKey)));
  // Each sentence's words once per call (a large event repeats a figure across many groups).
  const words = new Map<QuantityMention, Set<string>>();
  const wordsOf = (m: QuantityMention): Set<string> => words.get(m) ?? words.set(m, new Set(contentWords(m.sentence.text).filter((w) => !/\d/.test(w)))).get(m)!;
  // For a small figure, one written as a word is the figure itself, not a word of the story.
  const storyWords = (a: Set<string>, b: Set<string>, small: boolean): number => shared(a, b) - (small ? [...a].filter((w) => NUMBER_WORDS.has(w) && b.has(w)).length : 0);
  for (const list of byFigure.values()) {
    const small = groups[list[0]!]![0]!.value < MIN_RETOLD_FIGURE;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = [list[x]!, list[y]!];
        const [ri, rj] = [find(i), find(j)];
        if (ri === rj) continue;
        // "charged with two counts of robbery over two bank robberies": one sentence, two things counted.
        if (small && [...sentencesOf[ri]!].some((s) => sentencesOf[rj]!.has(s))) continue;
        // Two nouns news swaps for one another ("convictions" / "charges") need no more than a large figure does (figureWords.ts).
        const needed = small && !paraphrasedNouns(groups[i]![0]!.head, groups[j]![0]!.head) ? SMALL_RETOLD_STORY_WORDS : RETOLD_STORY_WORDS;
        const told = groups[i]!.some((a) => groups[j]!.some((b) => a.source !== b.source && storyWords(wordsOf(a), wordsOf(b), small) >= needed));
        if (!told) continue;
        root[ri] = rj;
        for (const s of sentencesOf[ri]!) sentencesOf[rj]!.add(s);
      }
    }
  }
  const joined = new Map<number, QuantityMention[]>();
  groups.forEach((group, i) => joined.set(find(i), [...(joined.get(find(i)) ?? []), ...group]));
  return [...joined.values()];
}

/** People counted by sex or age ("two girls", "three boys"): often a breakdown of a larger count, so people in general are not taken for them. */
const BY_SEX_OR_AGE = new Set(['girl', 'boy', 'baby', 'teen', 'teenager']);
/** Content words two sentences share when they tell of one group of people. */
const SAME_STORY_WORDS = 2;
/**
 * Figures written as words, stemmed as contentWords stems them: the block's own figure ("two") stands
 * in every sentence of it, and "two" beside another figure is no sign of one story either ("Three girls
 * and two boys were hurt, police said" is not "two workers were arrested, police say").
 */
const NUMBER_WORDS = new Set(contentWords('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens'));
/** Words that count people, stemmed as contentWords stems them: shared by any two such sentences. */
const PEOPLE_WORD = new RegExp(`^(?:${[...PEOPLE].join('|')})s?$`);

/** What a mention counts, coarsely: a currency, people, a unit, or the head noun's lemma. */
function thingCounted(m: QuantityMention): string {
  // One amount of one currency is one fact whatever noun follows it ("a $5.2 billion loss", "lost
  // $5.2 billion"): across 244 corpus clusters, 15 of 19 such splits were one fact told two ways.
  if (/^[A-Z]{3}$/.test(m.unit)) return m.unit;
  const last = m.head?.split('-').pop();
  // "co-workers", "ex-soldiers": a compound's last part says who is counted.
  if (m.head && (PEOPLE.has(m.head) || (last && PEOPLE.has(last)))) return 'people';
  return (last && SYNONYMS[last]) ?? m.head ?? m.unit;
}

/**
 * The mentions that carry a hedge, grouped by its family (bounds and approximations); unhedged ones
 * clash with none. Only a source that hedges the figure one way commits to a hedge: one that writes
 * both "about 40" and "at least 40", or a bracket's "less than $20,000" and "more than $20,000",
 * disagrees with no one (over 259 corpus clusters, 7 of 10 qualifier conflicts were one source's own
 * two hedges). So a clash needs two sources, each of one family.
 */
function qualifierFamilies(group: QuantityMention[]): QuantityMention[][] {
  const familiesOf = new Map<string, Set<string>>();
  for (const m of group) {
    const family = hedgeFamily(m);
    if (family) familiesOf.set(m.source, (familiesOf.get(m.source) ?? new Set()).add(family));
  }
  const byFamily = new Map<string, QuantityMention[]>();
  for (const m of group) {
    const family = hedgeFamily(m);
    if (!family || familiesOf.get(m.source)!.size > 1) continue;
    const list = byFamily.get(family) ?? [];
    list.push(m);
    byFamily.set(family, list);
  }
  // "on the scene in five minutes" in one source, "arrived just over five minutes later" in another:
  // a time something took "in" or "within" is at most that long, so it clashes with a floor under
  // the same figure; against an approximation or a cap it agrees.
  if (byFamily.has('lower')) {
    const hedging = new Set(group.filter((m) => m.qualifier && m.qualifier !== 'exactly').map((m) => m.source));
    const within = group.filter((m) => !hedging.has(m.source) && isTimeTakenWithin(m));
    if (within.length) byFamily.set('upper', [...(byFamily.get('upper') ?? []), ...within]);
  }
  return [...byFamily.values()].sort((a, b) => b.length - a.length || a[0]!.start - b[0]!.start);
}

/**
 * The family of a mention's hedge, or undefined. "Over" before a duration ("killed over two days",
 * "followed over five years") is the time during which, not more than it: no hedge.
 */
function hedgeFamily(m: QuantityMention): 'lower' | 'upper' | 'approximate' | undefined {
  if (!m.qualifier || (m.qualifier === 'over' && DURATION_UNITS.has(m.unit))) return undefined;
  return QUALIFIER_FAMILY[m.qualifier];
}

/** Units of a time taken. */
const DURATION_UNITS: ReadonlySet<string> = new Set(['s', 'min', 'h', 'days', 'weeks', 'months', 'years']);

/** A bare duration written after "in" or "within" ("arrived in five minutes", "within two days"): a time taken, at most that long. */
function isTimeTakenWithin(m: QuantityMention): boolean {
  if (!DURATION_UNITS.has(m.unit) || m.low !== undefined) return false;
  return /\b(?:in|within)\s+$/i.test(m.sentence.text.slice(0, m.start - m.sentence.start));
}

function quantityClaim(members: QuantityMention[], articles: ArticleIndex, sourceOrder: ReadonlyMap<string, number>, usedIds: Set<string>): Claim {
  // The unit most sources use ("workers" over one source's "employees"); among the mentions that
  // use it, the one that says most about what is counted speaks for the claim.
  const unit = mostCommon(members.map((m) => m.unit)) ?? members[0]!.unit;
  // Each source keeps its own noun, as a quote's evidence keeps its own speaker: "three girls" in one
  // source is not shown (or scored) as another's "three students".
  const evidence: Evidence[] = orderEvidence(
    members.map((m) => {
      const e = evidenceFor(articles, m.source, m.sentence.start, m.sentence.end);
      if (m.unit !== unit) e.unit = m.unit;
      return e;
    }),
    sourceOrder,
  );
  const best = [...members].sort((a, b) => Number(b.unit === unit) - Number(a.unit === unit) || (b.counts?.length ?? 0) - (a.counts?.length ?? 0) || (sourceOrder.get(a.source)! - sourceOrder.get(b.source)!) || a.start - b.start)[0]!;
  // The hedge most sources use, where "no hedge" counts as a choice too ("between 40,000 and 45,000" twice beats "approximately" once).
  const qualifier = mostCommon(members.map((m) => m.qualifier ?? '')) || undefined;
  const quantity: NonNullable<Claim['quantity']> = { value: best.value, unit };
  if (best.low !== undefined) quantity.low = best.low;
  if (best.high !== undefined) quantity.high = best.high;
  if (qualifier) quantity.qualifier = qualifier;
  if (best.counts) quantity.counts = best.counts;
  const range = best.low !== undefined && best.high !== undefined ? `${best.low}-${best.high}` : String(best.value);
  const id = uniqueId(`q-${range}-${unit}`, usedIds);
  return { id, kind: 'quantity', text: best.sentence.text, quantity, evidence };
}

function qualifierConflict(claim: Claim, families: QuantityMention[][], articles: ArticleIndex): Conflict {
  const wordings = families.map((members) => {
    const m = members[0]!;
    return { claim: claim.id, source: m.source, wording: articles.get(m.source)!.view.slice(m.start, m.end) };
  });
  const said = wordings.map((w) => `“${w.wording}” (${w.source})`).join(' vs ');
  return { claims: [claim.id], kind: 'qualifier', description: `The sources hedge the same figure differently: ${said}.`, wordings };
}

function mostCommon(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}
