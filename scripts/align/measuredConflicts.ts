/**
 * Measured-thing conflicts: sources that give different figures for one measured thing ("killing
 * at least 120 people" in one, "the death toll rose to 247" in another; "a depth of 10 km" vs "6
 * miles deep" agree, "10 km" vs "20 miles" do not). What a figure measures comes from the words
 * that govern it (measuredThing.ts), not from how alike the two sentences are, so two sentences
 * worded apart still meet; figures in other units are compared after conversion.
 *
 * A false disagreement misleads a reader, so a pair is shown only when neither source states the
 * other's figure for that thing anywhere (a source giving both is reporting a part, an update or
 * another event, not disagreeing), the two sentences share words about the event, and only the
 * closest such pair of two sources is shown.
 */
import type { Claim, Conflict, Quantity } from '../contracts/facts.ts';
import type { QuantityMention } from '../contracts/stages.ts';
import { evidenceFor, type ArticleIndex } from './evidence.ts';
import { measuredThing, type MeasuredThing } from './measuredThing.ts';
import { sameMeasure, toBase } from './unitConversion.ts';
import { valueConflict } from './valueConflicts.ts';
import { roundedFiguresAgree } from './figureRounding.ts';
import { formatQuantity } from '../text/figures.ts';
import { contentWords, jaccard, shared } from './words.ts';

/** Content words (other than figures and the measure's own words) two sentences must share to be about one event. */
const MIN_SHARED_WORDS = 2;
const MIN_SIMILARITY = 0.12;
/**
 * A distance from a place is said of whatever the sentence places ("a farm town about 65 miles west
 * of the city", "the courthouse, about 70 miles west of it"): only near-identical sentences place one thing.
 */
const MIN_SIMILARITY_OF_DISTANCE = 0.3;
/** Words that say what is measured, or figures: shared by any two such sentences, so they show nothing. */
const NOT_TELLING = /^(?:\d.*|one|two|three|four|five|six|seven|eight|nine|ten|people|person|kill|killed|dead|died|death|toll|injur|wound|hurt|peopl|least|more|than|about|rose|risen|official|police|report|accord|number|total|a\.m|p\.m)$/;

interface Measured {
  mention: QuantityMention;
  claim: Claim;
  thing: MeasuredThing;
  words: Set<string>;
}

/**
 * Value conflicts between sources' figures for one measured thing. `claimOf` gives the claim each
 * mention became; `isPeople` whether a mention counts people.
 */
export function measuredConflicts(mentions: readonly QuantityMention[], claimOf: (m: QuantityMention) => Claim, isPeople: (m: QuantityMention) => boolean, articles: ArticleIndex): Conflict[] {
  const byThing = new Map<string, Measured[]>();
  for (const mention of mentions) {
    const thing = measuredThing(mention, isPeople(mention));
    if (!thing) continue;
    const list = byThing.get(thing.key) ?? [];
    list.push({ mention, claim: claimOf(mention), thing, words: new Set(contentWords(mention.sentence.text).filter((w) => !NOT_TELLING.test(w))) });
    byThing.set(thing.key, list);
  }
  const conflicts: Conflict[] = [];
  for (const group of byThing.values()) {
    const bySource = new Map<string, Measured[]>();
    for (const m of group) bySource.set(m.mention.source, [...(bySource.get(m.mention.source) ?? []), m]);
    const sources = [...bySource.keys()];
    for (let i = 0; i < sources.length; i++) {
      for (let j = i + 1; j < sources.length; j++) {
        const a = bySource.get(sources[i]!)!;
        const b = bySource.get(sources[j]!)!;
        const pair = closestDisagreement(a, b);
        if (!pair) continue;
        const [ma, mb] = pair;
        const ea = evidenceFor(articles, ma.mention.source, ma.mention.sentence.start, ma.mention.sentence.end);
        const eb = evidenceFor(articles, mb.mention.source, mb.mention.sentence.start, mb.mention.sentence.end);
        conflicts.push(valueConflict(ma.claim, ea, mb.claim, eb, withUnit));
      }
    }
  }
  return conflicts;
}

/**
 * The most alike pair of two sources' figures that disagree, when neither source also gives the
 * other's figure. Each source's largest count of people for the thing is its total for the event
 * (a part, "two died at the scene", or one incident of many is smaller): two sources' totals are
 * compared however long the sentences that carry them, as long as they share words about the event.
 */
function closestDisagreement(a: Measured[], b: Measured[]): [Measured, Measured] | undefined {
  let best: [Measured, Measured] | undefined;
  let bestScore = -1;
  const totalA = peopleTotal(a);
  const totalB = peopleTotal(b);
  for (const ma of a) {
    // The other source gives this figure too: it agrees on it, and its other figure is for something else.
    if (b.some((mb) => sameFigure(mb, ma))) continue;
    for (const mb of b) {
      if (a.some((x) => sameFigure(x, mb))) continue;
      if (ma.claim.id === mb.claim.id || shared(ma.words, mb.words) < MIN_SHARED_WORDS) continue;
      if (!isMeasure(ma) && partOfTheOther(ma.thing.value, mb.thing.value)) continue;
      if (roundedFiguresAgree({ value: ma.mention.value, qualifier: ma.mention.qualifier }, { value: mb.mention.value, qualifier: mb.mention.qualifier })) continue;
      const score = jaccard(ma.words, mb.words);
      const totals = ma === totalA && mb === totalB;
      if ((score < (ma.thing.key.startsWith('length|from ') ? MIN_SIMILARITY_OF_DISTANCE : MIN_SIMILARITY) && !totals) || score <= bestScore) continue;
      best = [ma, mb];
      bestScore = score;
    }
  }
  return best;
}

/**
 * Whether two mentions give one figure: in one unit, as written ("5 miles" and "6 miles", "240" and
 * "247" killed differ, though within the rounding a conversion is allowed); in two units, once
 * converted ("10 km" and "6 miles" agree).
 */
function sameFigure(x: Measured, y: Measured): boolean {
  if (x.mention.unit === y.mention.unit) return x.mention.value === y.mention.value;
  return sameMeasure(x.thing.value, y.thing.value);
}

/**
 * How many times one source's count of people may be the other's and still be one figure told two
 * ways: tolls that evolve or that outlets tally differently stay within it (120 and 247, 19 and 30,
 * 900,000 and 1.6 million); "8,295 wounded since the fighting began" against "at least 15 wounded" in
 * one strike is a total against a part (the one such pair over 249 corpus clusters).
 */
const MAX_RATIO_OF_ONE_COUNT = 10;

/** Two counts so far apart that the smaller is a part of the larger, not another outlet's figure for it. */
function partOfTheOther(x: number, y: number): boolean {
  const [low, high] = x < y ? [x, y] : [y, x];
  return high > MAX_RATIO_OF_ONE_COUNT * low;
}

/** "10 km" beside "6 mi": sides in different units must say which (formatQuantity writes only money, "%" and times into the figure). */
function withUnit(q: Quantity): string {
  return toBase(q.value, q.unit) || q.unit === 'months' || q.unit === 'years' ? `${formatQuantity(q)} ${q.unit}` : formatQuantity(q);
}

/** A source's largest count of people for one thing (its first, when it gives that count twice), or undefined for other measures. */
function peopleTotal(list: Measured[]): Measured | undefined {
  if (isMeasure(list[0]!)) return undefined;
  return list.reduce((top, m) => (m.thing.value > top.thing.value ? m : top));
}

/** Lengths, durations, magnitudes and money are measures of many things in one story (a trench's depth, a reward and a fund); only counts of people have one total. */
function isMeasure(m: Measured): boolean {
  return m.thing.key === 'magnitude' || m.thing.key.startsWith('length|') || m.thing.key.startsWith('duration|') || /^[A-Z]{3}\|/.test(m.thing.key);
}
