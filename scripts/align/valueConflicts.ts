/**
 * Value conflicts: two sources give different figures for what reads as the same thing
 * ("the fire started at 9:06" vs "the alarm was raised at 9:09"; "four objects" vs "two").
 * Claims are compared only within one kind of thing (blocked on the unit's kind: "parts" and
 * "objects" are one; lengths, durations, areas... in any unit, compared after conversion: "10 km"
 * and "6 miles" agree, "10 km" and "20 miles" do not), and only when their sentences say much the
 * same in different sources, or their counted phrases describe the thing alike, neither of which
 * states both figures (a source giving both is reporting two facts, not disagreeing with itself).
 */
import type { Claim, Conflict, Evidence, Quantity } from '../contracts/facts.ts';
import { contentWords, jaccard } from './words.ts';
import { formatQuantity } from '../text/figures.ts';
import { pairsSharingWords } from './blocking.ts';
import { unitKind } from './countedThings.ts';
import { countedAlike, countsPeople, sameGroupCounted } from './countedAlike.ts';
import { roundedAgree } from './clockRounding.ts';
import { roundedFiguresAgree } from './figureRounding.ts';
import { sameMeasure, toBase, type BaseMeasure } from './unitConversion.ts';
import { namesKnownTo, soleClaims, soleCountPairs } from './soleCounts.ts';

/** How alike two sentences must be, in content words other than figures, to be about one thing. */
const MIN_SIMILARITY = 0.3;
const MIN_SHARED_WORDS = 3;
/** Words the sentences of two counts of one named group of people must share (sameGroupCounted). */
const MIN_SHARED_WORDS_OF_A_GROUP = 2;
/**
 * A word in more claims of one unit than this is too common to pair claims on (only an event of
 * dozens of articles has so many); it keeps the number of compared pairs linear in the claims.
 */
const MAX_CLAIMS_PER_WORD = 50;

/**
 * `roleOf` gives what a claim of people counts them as (killed, hurt...), where alignQuantities
 * read it: "wounding at least four people" and "killed five people" are no two figures for one thing.
 * `wordsOf` gives each source's article as its words (soleCounts.articleWords); without it, sole
 * counts (soleCounts.ts) are not compared past the sentence gate, for nothing says what each source mentions.
 */
export function valueConflicts(claims: Claim[], roleOf: (claimId: string) => string | undefined = () => undefined, wordsOf?: (source: string) => ReadonlySet<string> | undefined): Conflict[] {
  const byUnit = new Map<string, Claim[]>();
  for (const c of claims) {
    if (c.kind !== 'quantity' || !c.quantity) continue;
    // "10 km" and "6 miles" are one length: measures meet by dimension, and are compared after conversion.
    const measure = toBase(1, c.quantity.unit);
    const kind = measure ? `measure|${measure.dimension}` : unitKind(c.quantity.unit);
    const list = byUnit.get(kind) ?? [];
    list.push(c);
    byUnit.set(kind, list);
  }
  const measures = measuresBySource(claims);
  const conflicts: Conflict[] = [];
  // One pair of sentences is one disagreement, however many claims they share.
  const seen = new Set<string>();
  for (const group of byUnit.values()) {
    // Only claims whose sentences share enough words can disagree: blocked on those words, in (i, j) order.
    const words = group.map((c) => new Set(evidenceWords(c).flatMap((w) => [...w])));
    // Counts of a thing each of two sources gives only once (soleCounts.ts) are compared however their sentences go on.
    const solePairs = wordsOf ? soleCountPairs(group, soleClaims(group)) : [];
    const sole = new Set(solePairs.map(([i, j]) => `${i} ${j}`));
    for (const [i, j] of withPairs(candidatePairs(group, words), solePairs)) {
      const conflict = disagreement(group[i]!, group[j]!, measures, roleOf, sole.has(`${i} ${j}`) ? wordsOf : undefined);
      if (!conflict) continue;
      const key = conflict.wordings.map((w) => `${w.source}:${w.wording}`).sort().join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      conflicts.push(conflict);
    }
  }
  return conflicts;
}

/**
 * Pairs of claims whose sentences share enough words, in (i, j) order: three words for any two,
 * two for counts of one group of people (only those few are blocked again on the lower bound).
 */
function candidatePairs(group: Claim[], words: Array<Set<string>>): Array<[number, number]> {
  const pairs = pairsSharingWords(words, MIN_SHARED_WORDS, MAX_CLAIMS_PER_WORD);
  const counted = group.flatMap((c, i) => (c.quantity!.counts && countsPeople(c.quantity!) ? [i] : []));
  if (counted.length < 2) return pairs;
  const known = new Set(pairs.map(([i, j]) => `${i} ${j}`));
  const more = pairsSharingWords(counted.map((i) => words[i]!), MIN_SHARED_WORDS_OF_A_GROUP, MAX_CLAIMS_PER_WORD)
    .map(([x, y]): [number, number] => [counted[x]!, counted[y]!])
    .filter(([i, j]) => !known.has(`${i} ${j}`) && sameGroupCounted(group[i]!.quantity!, group[j]!.quantity!));
  return more.length ? [...pairs, ...more].sort((a, b) => a[0] - b[0] || a[1] - b[1]) : pairs;
}

/** `pairs` with `more` added that it lacks, in (i, j) order. */
function withPairs(pairs: Array<[number, number]>, more: Array<[number, number]>): Array<[number, number]> {
  if (!more.length) return pairs;
  const known = new Set(pairs.map(([i, j]) => `${i} ${j}`));
  const added = more.filter(([i, j]) => !known.has(`${i} ${j}`));
  return added.length ? [...pairs, ...added].sort((a, b) => a[0] - b[0] || a[1] - b[1]) : pairs;
}

/**
 * `soleWordsOf`, given when the two are each their sources' only count of the thing, named alike
 * (soleCounts.ts): their sentences need share no words, only name nothing the other source never mentions.
 */
function disagreement(a: Claim, b: Claim, measures: ReadonlyMap<string, SourceMeasure[]>, roleOf: (claimId: string) => string | undefined, soleWordsOf?: (source: string) => ReadonlySet<string> | undefined): Conflict | undefined {
  const soleCounts = !!soleWordsOf;
  const [roleA, roleB] = [roleOf(a.id), roleOf(b.id)];
  if (roleA && roleB && roleA !== roleB) return undefined;
  // Units differ within a block only for measures ("km" / "mi"); "parts" and "objects" count one kind of thing in one unit.
  const otherUnits = a.quantity!.unit !== b.quantity!.unit && !!toBase(1, a.quantity!.unit);
  if (!otherUnits && a.quantity!.value === b.quantity!.value) return undefined;
  // "10 kilometres" and "6.2 miles" are one distance, rounded in conversion.
  if (otherUnits && convertedAgree(a.quantity!, b.quantity!)) return undefined;
  if (givesOthersMeasure(a, b, measures) || givesOthersMeasure(b, a, measures)) return undefined;
  // "6 p.m." and "6:00": a clock time written without a.m./p.m. may be either; twelve hours apart is no disagreement.
  if (a.quantity!.unit === 'clock time' && Math.abs(a.quantity!.value - b.quantity!.value) === 720) return undefined;
  // "close to 2,500" and "up to 2,550": the approximate figure is rounded, and covers the other.
  if (a.quantity!.unit !== 'clock time' && !otherUnits && roundedFiguresAgree(a.quantity!, b.quantity!)) return undefined;
  if (a.quantity!.unit === 'years old' && wholeYearsAgree(a.quantity!.value, b.quantity!.value)) return undefined;
  if (boundAtRangesEnd(a.quantity!, b.quantity!) || boundAtRangesEnd(b.quantity!, a.quantity!)) return undefined;
  const sourcesA = new Set(a.evidence.map((e) => e.source));
  const sourcesB = new Set(b.evidence.map((e) => e.source));
  if ([...sourcesA].some((s) => sourcesB.has(s))) return undefined;
  // "40 small private liberal arts colleges" and "35 small private colleges", or two counts of
  // "Veldanians": phrases that describe the thing alike name one thing, however differently the
  // sentences go on (countedAlike.ts).
  const oneGroup = sameGroupCounted(a.quantity!, b.quantity!);
  const describedAlike = soleCounts || oneGroup || countedAlike(a.quantity!, b.quantity!);
  const minShared = soleCounts ? 0 : oneGroup ? MIN_SHARED_WORDS_OF_A_GROUP : MIN_SHARED_WORDS;
  // Each side's own sentence is its wording; its words are read once per claim, not once per pair.
  const wordsA = evidenceWords(a);
  const wordsB = evidenceWords(b);
  const postingsB = wordPostings(b);
  for (const [index, ea] of a.evidence.entries()) {
    const wa = wordsA[index]!;
    // Only b's sentences sharing enough words with this one are compared, in b's order (a figure
    // hundreds of sources report would otherwise be compared sentence by sentence).
    const sharedCounts = new Map<number, number>();
    for (const w of wa) for (const k of postingsB.get(w) ?? []) sharedCounts.set(k, (sharedCounts.get(k) ?? 0) + 1);
    const candidates = minShared === 0 ? b.evidence.map((_, k) => k) : [...sharedCounts].filter(([, n]) => n >= minShared).map(([k]) => k).sort((x, y) => x - y);
    for (const k of candidates) {
      const eb = b.evidence[k]!;
      const wb = wordsB[k]!;
      if (!describedAlike && jaccard(wa, wb) < MIN_SIMILARITY) continue;
      if (soleWordsOf && !(knownTo(ea.quote, soleWordsOf(eb.source)) && knownTo(eb.quote, soleWordsOf(ea.source)))) continue;
      // "Jordan Hunt was charged with four counts" and "Morgan Hunt ... six counts" are about different people.
      if (namesDiffer(ea.quote, eb.quote)) continue;
      // "The 1998 landslide killed 40": a sentence dated to another year than the other's is about another event.
      if (yearsDiffer(ea.quote, eb.quote)) continue;
      // "five laps of the lake" and "nine laps of the park": the same noun of different things.
      if (complementsDiffer(a.quantity!.unit, ea.quote, eb.quote)) continue;
      // "the income tax rate from 41.5 percent" and "the business tax rate from 33 percent": two rates.
      if (ratesDiffer(ea.quote, eb.quote)) continue;
      // "40 shells hit the town and 55 more were intercepted": a sentence that adds to its count gives parts, not the whole.
      if (ADDS_TO_A_COUNT.test(ea.quote) || ADDS_TO_A_COUNT.test(eb.quote)) continue;
      // "Three of the ten victims were children" against "ten victims": a part of the group against the whole.
      if (partOfAGroup(a.quantity!.value, ea.quote) !== partOfAGroup(b.quantity!.value, eb.quote)) continue;
      // "About 1:30 a.m." and "approximately 1:24 a.m.": one moment at two precisions.
      if (a.quantity!.unit === 'clock time' && roundedAgree({ minutes: a.quantity!.value, sentence: ea.quote }, { minutes: b.quantity!.value, sentence: eb.quote })) continue;
      // Two ages or heights are two people's unless both sentences name the same person.
      if (isPersonal(a, ea.quote, eb.quote) && !sharesName(ea.quote, eb.quote)) continue;
      return otherUnits ? valueConflict(a, ea, b, eb, withUnit) : valueConflict(a, ea, b, eb);
    }
  }
  return undefined;
}

/** Two sources' different figures for one thing, each with its own sentence as its wording; `figure` writes each side's figure. */
export function valueConflict(a: Claim, ea: Evidence, b: Claim, eb: Evidence, figure: (q: Quantity) => string = formatQuantity): Conflict {
  const said = `${figure(a.quantity!)} (${ea.source}) vs ${figure(b.quantity!)} (${eb.source})`;
  const what = a.quantity!.unit === 'clock time' ? 'times for what reads as the same moment' : 'figures for what reads as the same thing';
  return {
    claims: [a.id, b.id],
    kind: 'value',
    description: `The sources give different ${what}: ${said}.`,
    wordings: [
      { claim: a.id, source: ea.source, wording: ea.quote },
      { claim: b.id, source: eb.source, wording: eb.quote },
    ],
  };
}

/** "10 km" beside "6 mi": sides in different units must say which. */
function withUnit(q: Quantity): string {
  return `${formatQuantity(q)} ${q.unit}`;
}

/** Two measures in different units that are one figure once converted (both convert: they were blocked on their dimension). */
function convertedAgree(a: Quantity, b: Quantity): boolean {
  const ba = toBase(a.value, a.unit);
  const bb = toBase(b.value, b.unit);
  return !ba || !bb || sameMeasure(ba.value, bb.value);
}

/** Every name of `sentence` is in the other source's article words (none known: nothing is). */
function knownTo(sentence: string, otherArticle: ReadonlySet<string> | undefined): boolean {
  return !!otherArticle && namesKnownTo(sentence, otherArticle);
}

/**
 * Two-word capitalised names ("Morgan Hunt") a sentence gives. A capitalised function word opens a
 * sentence, not a name: "The Shard stands" names no "The Shard", "In Port Avel" names "Port Avel".
 */
function names(text: string): Set<string> {
  return new Set([...text.matchAll(/\b(?!(?:The|A|An|This|That|These|Those|In|On|At|By|For|From|With|After|Before|When|While|But|And|Or|If|As|Its|His|Her|Their|Our|He|She|They|We|It)\s)(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)\b/gu)].map((m) => `${m[1]} ${m[2]}`));
}

/** Sentences that both name people but none in common differ. */
function namesDiffer(a: string, b: string): boolean {
  const na = names(a);
  const nb = names(b);
  return na.size > 0 && nb.size > 0 && ![...na].some((n) => nb.has(n));
}

function yearsDiffer(a: string, b: string): boolean {
  const years = (text: string): string => [...new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? [])].sort().join(' ');
  return years(a) !== years(b);
}

/** A figure followed by "more" that is not "more than" ("and 55 more were", "at least 60 more"). */
const ADDS_TO_A_COUNT = /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+more\b(?!\s+than\b)/i;

/** Figures written as words, as a part of a group may be ("three of them"). */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
/** A figure, then "of" and what names the group it is part of ("three of the", "3 of them", "two of whom"). */
const PART_OF = /\b(\d[\d,]*(?:\.\d+)?|[a-z]+)\s+of\s+(?:the|them|those|these|whom|which|its|their|our)\b/gi;

/**
 * Whether the sentence gives the figure as a part of a group ("three of the victims were children",
 * "3 of the 10 injured", "ten people, two of whom"): a part says nothing against another source's
 * whole, only against another part.
 */
function partOfAGroup(value: number, sentence: string): boolean {
  for (const m of sentence.matchAll(PART_OF)) {
    const written = m[1]!.toLowerCase();
    const figure = /^\d/.test(written) ? Number(written.replaceAll(',', '')) : NUMBER_WORDS.indexOf(written);
    if (figure === value) return true;
  }
  return false;
}

/** Hedges that bound a figure from above ("up to five years") or below ("at least four"), saying nothing of how far it lies from the bound. */
const UPPER_BOUNDS = new Set(['up to', 'as many as', 'as much as', 'at most', 'no more than']);
const LOWER_BOUNDS = new Set(['at least', 'as few as', 'no fewer than', 'no less than']);

/**
 * "Up to five years" beside "four to five years", or "at least four" beside it: a bound at one end of
 * the other side's range gives that end, and says nothing against the rest of the range.
 */
function boundAtRangesEnd(bound: Quantity, range: Quantity): boolean {
  if (range.low === undefined || range.high === undefined || !bound.qualifier) return false;
  const hedge = bound.qualifier.toLowerCase();
  return (UPPER_BOUNDS.has(hedge) && bound.value === range.high) || (LOWER_BOUNDS.has(hedge) && bound.value === range.low);
}

/** "A 3-year-old" and "three and a half years old": an age in whole years is the years completed, so 3 covers 3½. */
function wholeYearsAgree(x: number, y: number): boolean {
  const [low, high] = x < y ? [x, y] : [y, x];
  return Number.isInteger(low) && Math.floor(high) === low;
}

/** What an "of" phrase after the counted noun names ("laps of the park" -> "park"), lower-cased. */
function complementOf(unit: string, text: string): string | undefined {
  if (!/^\p{L}[\p{L} -]*$/u.test(unit)) return undefined;
  const escaped = unit.replace(/[-\s]+/g, '[-\\s]+');
  const m = new RegExp(`\\b${escaped}\\s+of\\s+(?:the\\s+|a\\s+|an\\s+)?(\\p{L}[\\p{L}'’-]*)`, 'iu').exec(text);
  return m?.[1];
}

/**
 * Both sentences say what their counted noun is of, and name different things. An abbreviation
 * ("cases of TBE") may stand for the other's words ("cases of tick-borne encephalitis"), so it never differs.
 */
function complementsDiffer(unit: string, a: string, b: string): boolean {
  const ca = complementOf(unit, a);
  const cb = complementOf(unit, b);
  if (!ca || !cb || /^\p{Lu}{2,}$/u.test(ca) || /^\p{Lu}{2,}$/u.test(cb)) return false;
  return ca.toLowerCase() !== cb.toLowerCase();
}

/** What a sentence's rates are of: the word before "rate" or "tax rate" ("income", "jobless"), lower-cased. */
function rateKinds(text: string): Set<string> {
  if (!/\brates?\b/i.test(text)) return new Set();
  const kinds = [...text.matchAll(/\b(\p{L}[\p{L}-]*)\s+(?:tax\s+)?rates?\b/giu)].map((m) => m[1]!.toLowerCase());
  return new Set(kinds.filter((w) => !RATE_NOT_A_KIND.has(w)));
}
/** Words before "rate" that say which one or how high, not what it is of. */
const RATE_NOT_A_KIND = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'this', 'that', 'same', 'current', 'new', 'old', 'top', 'highest', 'lowest', 'higher', 'lower', 'overall', 'average', 'annual', 'official', 'tax']);

/**
 * Both sentences name rates of kinds, and no kind in common: two rates, not two figures for one
 * (over 249 corpus clusters the one false value conflict among shares). Synonyms ("corporate" /
 * "business") are read as different kinds: a missed disagreement costs less than a false one.
 */
function ratesDiffer(a: string, b: string): boolean {
  const ka = rateKinds(a);
  if (ka.size === 0) return false;
  const kb = rateKinds(b);
  return kb.size > 0 && ![...ka].some((k) => kb.has(k));
}

function sharesName(a: string, b: string): boolean {
  const nb = names(b);
  return [...names(a)].some((n) => nb.has(n));
}

/** An age ("a 26-year-old"), or a length that is someone's height ("6 feet tall"): a figure of a person. */
function isPersonal(claim: Claim, ...sentences: string[]): boolean {
  const unit = claim.quantity!.unit;
  if (unit === 'years old') return true;
  return toBase(1, unit)?.dimension === 'length' && sentences.some((s) => /\b(?:tall|height)\b/i.test(s));
}

/** Each source's measurements in base units, from every claim it supports: "10 km" and "6 mi" are one depth. */
function measuresBySource(claims: readonly Claim[]): Map<string, SourceMeasure[]> {
  const out = new Map<string, SourceMeasure[]>();
  for (const c of claims) {
    const base = c.quantity ? toBase(c.quantity.value, c.quantity.unit) : undefined;
    if (!base) continue;
    const measure = { ...base, unit: c.quantity!.unit, written: c.quantity!.value };
    for (const source of new Set(c.evidence.map((e) => e.source))) out.set(source, [...(out.get(source) ?? []), measure]);
  }
  return out;
}

/** A measure a source gives, in base units and as written. */
interface SourceMeasure extends BaseMeasure {
  unit: string;
  written: number;
}

/**
 * Whether a source of `b` also gives `a`'s measurement, in another unit ("6 miles" beside a's "10
 * kilometres"): it agrees with `a` there, so its other figure measures something else. A measure
 * that is also `b`'s own figure converted ("3.9 million miles (6.2 million kilometers)", where 6.2
 * million km is within rounding of both 3.9 and 3.7 million miles) is that figure again, and says
 * nothing of agreeing with `a`.
 */
function givesOthersMeasure(a: Claim, b: Claim, measures: ReadonlyMap<string, SourceMeasure[]>): boolean {
  const base = toBase(a.quantity!.value, a.quantity!.unit);
  if (!base) return false;
  const own = toBase(b.quantity!.value, b.quantity!.unit);
  // In a's own unit a figure is a's only as written: "5.2 miles" is not "5 miles", though within a conversion's rounding.
  const agreesWithA = (m: SourceMeasure): boolean => m.dimension === base.dimension && (m.unit === a.quantity!.unit ? m.written === a.quantity!.value : sameMeasure(m.value, base.value));
  const isBsOwn = (m: BaseMeasure): boolean => !!own && m.dimension === own.dimension && sameMeasure(m.value, own.value);
  return b.evidence.some((e) => (measures.get(e.source) ?? []).some((m) => agreesWithA(m) && !isBsOwn(m)));
}

/** Each evidence sentence's words without figures, read once per claim. */
function evidenceWords(claim: Claim): Array<Set<string>> {
  let words = wordsByClaim.get(claim);
  if (!words) {
    words = claim.evidence.map((e) => new Set(wordsWithoutFigures(e.quote)));
    wordsByClaim.set(claim, words);
  }
  return words;
}
const wordsByClaim = new WeakMap<Claim, Array<Set<string>>>();

/** For each word, the indices of the claim's evidence sentences that have it. */
function wordPostings(claim: Claim): Map<string, number[]> {
  let postings = postingsByClaim.get(claim);
  if (!postings) {
    postings = new Map();
    for (const [k, words] of evidenceWords(claim).entries()) {
      for (const w of words) {
        const list = postings.get(w);
        if (list) list.push(k);
        else postings.set(w, [k]);
      }
    }
    postingsByClaim.set(claim, postings);
  }
  return postings;
}
const postingsByClaim = new WeakMap<Claim, Map<string, number[]>>();

/** Content words with digits and number words left out, so the figures themselves do not decide. */
function wordsWithoutFigures(text: string): string[] {
  return contentWords(text).filter((w) => !/\d/.test(w) && !/^(one|two|three|four|five|six|seven|eight|nine|ten|a\.m|p\.m)$/.test(w));
}
