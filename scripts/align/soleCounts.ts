/**
 * Sole counts: a source that counts a kind of thing only once in its whole article ("the tower has
 * 87 storeys", "pursuing tips in 11 states") gives its one figure for that thing, and another
 * source's only count of it, named by the very same phrase, is that source's figure for the same
 * thing, however differently the two sentences go on ("the 72-storey block", "law enforcement in 19
 * states"). Value conflicts (valueConflicts.ts) compare such pairs past the sentence gate, which
 * asks two sentences about one thing to share their words.
 *
 * What keeps it from setting two different things against each other: a source that counts the
 * noun twice ("three cartons ... the other two cartons") tells several things of that kind, so none
 * of its counts is sole; people (many groups in one story: the dead, the children among them) and
 * multiples ("four times more") are left to their own rules; and the figures must be within a
 * factor of two, as one thing told two ways is ("40 million customers" against "more than 100
 * million" is two counts of different things). And each side's sentence must name nothing the other
 * source never mentions: "the Los Angeles camp had grown to 400 tents" is not what an article about
 * another city's camp counts, whatever its one count of tents.
 */
import type { Claim, Quantity } from '../contracts/facts.ts';
import { countsPeople } from './countedAlike.ts';

/** How far apart two sole counts may be and still be one thing told two ways (as for one group of people). */
const MAX_RATIO = 2;
/** Units that count no thing: "six times more", "seven times as high" are multiples. */
const NOT_A_THING = new Set(['times']);

/**
 * Indices of the claims in `group` (one kind of thing) that are the only one of the group each of
 * their sources gives: its sources count that kind of thing once.
 */
export function soleClaims(group: readonly Claim[]): Set<number> {
  const claimsBySource = new Map<string, Set<number>>();
  group.forEach((claim, i) => {
    for (const e of claim.evidence) {
      const own = claimsBySource.get(e.source) ?? new Set<number>();
      own.add(i);
      claimsBySource.set(e.source, own);
    }
  });
  const sole = new Set<number>();
  group.forEach((claim, i) => {
    if (claim.evidence.every((e) => claimsBySource.get(e.source)!.size === 1)) sole.add(i);
  });
  return sole;
}

/**
 * Two sole counts of things named by the very same counted phrase, within a factor of two of each
 * other: one source's figure and another's for one thing. Both must be sole (soleClaims).
 */
export function soleCountsAlike(a: Quantity, b: Quantity): boolean {
  if (a.unit !== b.unit || NOT_A_THING.has(a.unit) || !a.counts || !b.counts) return false;
  if (a.counts.toLowerCase() !== b.counts.toLowerCase() || countsPeople(a)) return false;
  const [low, high] = a.value < b.value ? [a.value, b.value] : [b.value, a.value];
  return low > 0 && high / low <= MAX_RATIO;
}

/** Pairs [i, j] (i < j) of sole claims in `group` whose counts are alike (soleCountsAlike). */
export function soleCountPairs(group: readonly Claim[], sole: ReadonlySet<number>): Array<[number, number]> {
  const byPhrase = new Map<string, number[]>();
  for (const i of sole) {
    const counts = group[i]!.quantity?.counts;
    if (!counts) continue;
    const key = counts.toLowerCase();
    byPhrase.set(key, [...(byPhrase.get(key) ?? []), i]);
  }
  const pairs: Array<[number, number]> = [];
  for (const list of byPhrase.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const [i, j] = list[x]! < list[y]! ? [list[x]!, list[y]!] : [list[y]!, list[x]!];
        if (soleCountsAlike(group[i]!.quantity!, group[j]!.quantity!)) pairs.push([i, j]);
      }
    }
  }
  return pairs;
}

/** Capitalised words that name no person, place or thing a story is about: days, months, compass points. */
const NOT_NAMES = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september ' +
    'october november december north south east west northeast northwest southeast southwest northern southern eastern western').split(' '),
);

/**
 * The names a sentence gives, lower-cased: its capitalised words, but for one that opens the sentence
 * or a quotation in it (any word is capitalised there: "No. 5"), days, months and compass points
 * ("the Los Angeles camp" -> "los", "angeles").
 */
export function namesIn(sentence: string): string[] {
  const names: string[] = [];
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}\p{N}'’.-]*/gu)) {
    const before = sentence.slice(0, m.index).trimEnd();
    if (before === '' || /[“"‘'(:—–]$/u.test(before) || (m.index > 0 && /[\p{L}\p{N}]/u.test(sentence[m.index - 1]!))) continue;
    const name = m[0].replace(/['’]s$/u, '').replace(/\.$/u, '').toLowerCase();
    if (name.length > 1 && !NOT_NAMES.has(name)) names.push(name);
  }
  return names;
}

/** The lower-cased words of an article's text, to ask whether it ever mentions a name. */
export function articleWords(text: string): Set<string> {
  return new Set((text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).map((w) => w.replace(/['’]s$/u, '').replace(/\.$/u, '').toLowerCase()));
}

/** Every name `sentence` gives is a word of the other source's article (articleWords): it may be about what that source counts. */
export function namesKnownTo(sentence: string, otherArticle: ReadonlySet<string>): boolean {
  return namesIn(sentence).every((name) => otherArticle.has(name));
}
