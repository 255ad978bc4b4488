/**
 * Quotes that say the same thing in several sources become one claim (statements: alignStatements.ts).
 * Passages are blocked on their rarer content words through an inverted index, so only
 * passages that share words are ever compared (cost grows with matches, not with pairs).
 */
import type { Claim, Evidence } from '../contracts/facts.ts';
import type { QuoteMention, Sentence } from '../contracts/stages.ts';
import { contentWords, Groups, isFigureWord, jaccard, overlap, shared } from './words.ts';
import { canonicalWords } from './synonyms.ts';
import { evidenceFor, orderEvidence, sourceCount, uniqueId, type ArticleIndex } from './evidence.ts';
import { claimSpeaker, isPersonName, mentionSpeaker, namedAlike, oneBodyNamedTwoWays } from './claimSpeaker.ts';
import { joinSameWords, joinSharedRun, joinShortWhole, mayShareWords } from './sameWords.ts';

export { namedAlike } from './claimSpeaker.ts';

export interface Passage {
  source: string;
  start: number;
  end: number;
  words: Set<string>;
}

/** Above this many passages (2,000 sentences at a tenth each), a word's share no longer grows its block. */
const MAX_PASSAGES_PER_WORD = 100;

/** Pairs of passages from different sources that look like the same words, by index. */
export function similarPairs(passages: Passage[], minShared: number, isMatch: (a: Passage, b: Passage) => boolean, keysOf: (p: Passage) => ReadonlySet<string> = (p) => p.words): Groups {
  const groups = new Groups(passages.length);
  const index = new Map<string, number[]>();
  passages.forEach((p, i) => keysOf(p).forEach((w) => {
    const posting = index.get(w);
    if (posting) posting.push(i);
    else index.set(w, [i]);
  }));
  // Words found in very many passages ("flood" in a story about a flood) block nothing: skip them.
  // The ceiling keeps each passage's comparisons bounded in a very large event, so cost grows linearly.
  const maxPosting = Math.min(MAX_PASSAGES_PER_WORD, Math.max(8, Math.ceil(passages.length / 10)));
  // Shared-word counts per candidate in a flat array (reset after each passage): this loop is the
  // hot spot of alignment, and a Map per passage cost several times more.
  const sourceIds = new Map<string, number>();
  const sourceOf = Int32Array.from(passages, (p) => sourceIds.get(p.source) ?? (sourceIds.set(p.source, sourceIds.size), sourceIds.size - 1));
  const shared = new Int32Array(passages.length);
  const touched: number[] = [];
  passages.forEach((p, i) => {
    for (const w of keysOf(p)) {
      const posting = index.get(w)!;
      if (posting.length > maxPosting) continue;
      for (const j of posting) {
        if (j <= i || sourceOf[j] === sourceOf[i]) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j] = shared[j]! + 1;
      }
    }
    for (const j of touched) {
      if (shared[j]! >= minShared && isMatch(p, passages[j]!)) groups.union(i, j);
      shared[j] = 0;
    }
    touched.length = 0;
  });
  return groups;
}

/** Quote claims: the same speaker's same words, across sources; every quote becomes a claim. */
export function alignQuotes(quotes: QuoteMention[], articles: ArticleIndex, sourceOrder: ReadonlyMap<string, number>, usedIds: Set<string>): Claim[] {
  const sequences = quotes.map((q) => contentWords(articles.get(q.source)!.view.slice(q.start, q.end)));
  const passages: Passage[] = quotes.map((q, i) => ({ source: q.source, start: q.start, end: q.end, words: new Set(sequences[i]) }));
  const sequenceOf = (p: Passage): readonly string[] => sequences[indexOf.get(p)!]!;
  // What the speaker said, for comparing one speaker's quotes: a partial quote's whole sentence.
  const spoken = quotes.map((q, i) => (isPartialQuote(q, articles) ? sentenceWithoutSpeaker(q) : sequences[i]!));
  const spokenSets = spoken.map((words, i) => (words === sequences[i] ? passages[i]!.words : new Set(words)));
  const spokenOf = (p: Passage): Set<string> => spokenSets[indexOf.get(p)!]!;
  const canonical = new Map<Passage, Set<string>>();
  const canonicalOf = (p: Passage): Set<string> => canonical.get(p) ?? canonical.set(p, canonicalWords(spokenOf(p))).get(p)!;
  // The same speaker's words, reworded with synonyms ("used a pistol" / "used a handgun"): the same
  // thresholds over the words' synonym classes, with three classes in common at least.
  const sameSpeakerParaphrase = (a: Passage, b: Passage): boolean => {
    const ca = canonicalOf(a);
    const cb = canonicalOf(b);
    return shared(ca, cb) >= 3 && (jaccard(ca, cb) >= 0.3 || (overlap(ca, cb) >= 0.5 && (plainWordsShared(ca, cb, namesOf(a), namesOf(b)) >= 2 || sameOpening(spoken[indexOf.get(a)!]!, spoken[indexOf.get(b)!]!))));
  };
  // A short phrase one source puts in quotation marks ("a “Cold War mentality”") is the speaker's
  // own words: the same speaker's passage elsewhere that has those words in that order reports them.
  const phrases = quotes.map((q) => quotedPhrases(q.sentence.text));
  const sharesQuotedPhrase = (a: Passage, b: Passage): boolean =>
    phrases[indexOf.get(a)!]!.some((p) => containsRun(sequenceOf(b), p)) || phrases[indexOf.get(b)!]!.some((p) => containsRun(sequenceOf(a), p));
  // One report paraphrased by outlets that name its speaker two ways ("Seoul" / "the South", "the
  // agency" / "a report from the agency") or not at all: five synonym classes in common, half of the
  // shorter side's. Never where both name someone and one is a person: two people's words stay apart
  // (each evidence keeps its own speaker, so a join under two names shows both; see claimSpeaker.ts).
  const paraphraseUnderTwoNames = (a: Passage, b: Passage): boolean => {
    const pa = quotes[indexOf.get(a)!]!.speaker;
    const pb = quotes[indexOf.get(b)!]!.speaker;
    if (pa && pb && (isPersonName(pa) || isPersonName(pb))) return false;
    const ca = canonicalOf(a);
    const cb = canonicalOf(b);
    return shared(ca, cb) >= PARAPHRASE_CLASSES && overlap(ca, cb) >= 0.5;
  };
  const speakerOf = (p: Passage): string | undefined => quotes[indexOf.get(p)!]!.speaker?.toLowerCase();
  // The words of names in a passage's sentence, for runs of words: a run that is all a name ("the
  // Harbour Road Primary School") is the story's name for a place or body, not one phrase of a speaker.
  const names = new Map<Passage, ReadonlySet<string>>();
  const namesOf = (p: Passage): ReadonlySet<string> => names.get(p) ?? names.set(p, nameWords(quotes[indexOf.get(p)!]!.sentence.text)).get(p)!;
  const indexOf = new Map(passages.map((p, i) => [p, i]));
  // Two shared rare words are enough to compare: a speaker's paraphrased words across outlets
  // ("would only deploy if they invade" / "not sending unless they invaded") share few of them.
  const keys = new Map<Passage, Set<string>>();
  const groups = similarPairs(passages, 2, (a, b) => {
    const sa = speakerOf(a);
    const sb = speakerOf(b);
    // Sources paraphrase what a known speaker said ("not permanent moves" / "the moves are not
    // permanent"): with the same speaker on both sides, half the words in common is enough.
    // Two words in common are enough only when they are all of one side's words.
    if (sa && sb && (sa === sb || namedAlike(quotes[indexOf.get(a)!]!.speaker!, quotes[indexOf.get(b)!]!.speaker!) || oneBodyNamedTwoWays(quotes[indexOf.get(a)!]!.speaker!, quotes[indexOf.get(b)!]!.speaker!))) {
      const wa = spokenOf(a);
      const wb = spokenOf(b);
      if (shared(wa, wb) < 3) return overlap(wa, wb) === 1 || sameSpeakerParaphrase(a, b);
      // Half of a short passage's words, when most of them are names the story repeats ("North
      // Harbour agents"), is the story, not one statement: two plain words in common at least.
      const plainShared = sameOpening(spoken[indexOf.get(a)!]!, spoken[indexOf.get(b)!]!) ? 2 : plainWordsShared(wa, wb, namesOf(a), namesOf(b));
      // Or four words in a row in both (the same phrase), or the same two figures.
      return jaccard(wa, wb) >= 0.3 || (overlap(wa, wb) >= 0.5 && plainShared >= 2) || longestSharedRun(spoken[indexOf.get(a)!]!, spoken[indexOf.get(b)!]!, namesOf(a)) >= 4 || sharedFigures(wa, wb) >= 2 || sameSpeakerParaphrase(a, b) || sharesQuotedPhrase(a, b);
    }
    const both = shared(a.words, b.words);
    if (both < 3) return false;
    if (sa && sb) {
      // Two different named people never share a quote; "Seoul" and "the ministry" may well be one speaker
      // named two ways, so near-identical words, or a run of four words in the same order, still join.
      // ... unless both quote the same words, word for word: one quotation of some length in two
      // outlets is one statement, and one of the two names is a misreading (a name carried over, a byline).
      if (isPersonName(quotes[indexOf.get(a)!]!.speaker!) && isPersonName(quotes[indexOf.get(b)!]!.speaker!)) return isVerbatim(a, b, quotes[indexOf.get(a)!]!, quotes[indexOf.get(b)!]!, sequenceOf(a), sequenceOf(b));
      // Three words a person's short remark shares with another speaker's report ("a very toxic nerve
      // agent" / the ministry's "killed by a highly toxic nerve agent") are the story's words, not one quote.
      const personAndOther = isPersonName(quotes[indexOf.get(a)!]!.speaker!) || isPersonName(quotes[indexOf.get(b)!]!.speaker!);
      const contained = overlap(a.words, b.words) >= 0.8 && (!personAndOther || Math.min(a.words.size, b.words.size) >= MIN_CONTAINED_UNDER_TWO_NAMES);
      // A person's words and another's that give one figure share that figure's phrase ("40 tonnes
      // of grain a week", "six cups of green tea"): a run of words in common is then the figure told
      // twice, not one statement.
      const runCounts = !personAndOther || !sharesFigure(a.words, b.words);
      return jaccard(a.words, b.words) >= 0.5 || contained || (runCounts && longestSharedRun(sequenceOf(a), sequenceOf(b), namesOf(a)) >= 4) || paraphraseUnderTwoNames(a, b);
    }
    return jaccard(a.words, b.words) >= 0.45 || overlap(a.words, b.words) >= 0.75 || paraphraseUnderTwoNames(a, b);
    // Blocked on words and their synonym classes, so that a paraphrase ("planned" / "intended")
    // is compared even when the words it shares are common in the event.
  }, (p) => keys.get(p) ?? keys.set(p, unionOf(unionOf(p.words, spokenOf(p)), canonicalOf(p))).get(p)!);
  // The same words, stopwords and all, in two sources: a short quotation, or one outlet's part of another's.
  // One list of the quotations' texts for all three joins: each reads its words' numbers once (sameWords.ts).
  const quoteTexts = quotes.map((q) => articles.get(q.source)!.view.slice(q.start, q.end));
  const quoteSources = quotes.map((q) => q.source);
  const mayJoin = (i: number, j: number): boolean => mayShareWords(quotes[i]!, quotes[j]!);
  joinSameWords(quoteTexts, quoteSources, groups, mayJoin);
  joinSharedRun(quoteTexts, quoteSources, groups, mayJoin);
  joinShortWhole(quoteTexts, quoteSources, groups, mayJoin, (t) => contentWords(t).filter((w) => !/n['’]t$/.test(w)).length);
  const claims: Claim[] = [];
  for (const members of groups.lists()) {
    const mentions = members.map((i) => quotes[i]!);
    // Evidence is the whole sentence: the quoted words together with who said them.
    // Each evidence keeps the speaker its own source gives; the claim names one only where they agree.
    const evidence: Evidence[] = orderEvidence(mentions.map((m) => {
      const speaker = mentionSpeaker(m);
      return { ...evidenceFor(articles, m.source, m.sentence.start, m.sentence.end), form: m.form, ...(speaker ? { speaker } : {}) };
    }), sourceOrder);
    const speaker = claimSpeaker(mentions);
    const texts = mentions.map((m) => articles.get(m.source)!.view.slice(m.start, m.end));
    const text = representative(texts, members.map((i) => passages[i]!.words));
    const claim: Claim = { id: uniqueId(`quote-${speaker?.name ?? 'unattributed'}-${slugWords(text)}`, usedIds), kind: 'quote', text, evidence };
    if (speaker) claim.speaker = speaker;
    claims.push(claim);
  }
  return claims;
}

/**
 * The most content words that two passages have in a row, in the same order (the same quoted
 * phrase). With `names` (content words written with a capital in one passage's sentence), a run
 * made only of them is a name both passages give, not a phrase they share, and does not count.
 */
export function longestSharedRun(a: readonly string[], b: readonly string[], names?: ReadonlySet<string>): number {
  let best = 0;
  // Passages are a sentence or two: the quadratic table is a few hundred cells.
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  // Per cell, whether the run ending there holds a word that is not a name's.
  let previousPlain = new Uint8Array(b.length + 1);
  let currentPlain = new Uint8Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const plain = !names || !names.has(a[i - 1]!) ? 1 : 0;
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1];
      current[j] = same ? previous[j - 1]! + 1 : 0;
      currentPlain[j] = same ? plain | previousPlain[j - 1]! : 0;
      if (current[j]! > best && currentPlain[j]) best = current[j]!;
    }
    [previous, current] = [current, previous];
    [previousPlain, currentPlain] = [currentPlain, previousPlain];
  }
  return best;
}

/** Whether two passages open on the same two content words ("it is likely the ferry ..." / "it's likely the ferry ..."): one statement retold from its start. */
function sameOpening(a: readonly string[], b: readonly string[]): boolean {
  return a.length >= 2 && b.length >= 2 && a[0] === b[0] && a[1] === b[1];
}

/** Words two passages share that neither passage writes as (part of) a name. */
function plainWordsShared(a: ReadonlySet<string>, b: ReadonlySet<string>, namesA: ReadonlySet<string>, namesB: ReadonlySet<string>): number {
  let count = 0;
  for (const w of a) if (b.has(w) && !namesA.has(w) && !namesB.has(w)) count++;
  return count;
}

/** Days and months: written with a capital, but common words, not names ("on Mondays, Tuesdays and Fridays"). */
const CALENDAR_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** Content words of the words written with a capital in a sentence, its first word and days and months aside (a sentence's first word is capitalised whatever it is). */
export function nameWords(sentence: string): ReadonlySet<string> {
  const out = new Set<string>();
  const tokens = sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  tokens.forEach((token, k) => {
    if (k === 0 || !/^\p{Lu}/u.test(token) || CALENDAR_WORD.test(token.replace(/[.,]+$/, ''))) return;
    for (const w of contentWords(token)) out.add(w);
  });
  return out;
}

/** Content words of each short quoted phrase (two to six words) in a sentence: partial quotes, not whole quotations. */
function quotedPhrases(sentence: string): string[][] {
  const out: string[][] = [];
  for (const m of sentence.matchAll(/[“"‘]([^“”"‘’]{3,60})[”"’]/g)) {
    const words = m[1]!.trim().split(/\s+/);
    if (words.length < 2 || words.length > 6) continue;
    const content = contentWords(m[1]!);
    if (content.length >= 2) out.push(content);
  }
  return out;
}

/** Whether `run` occurs in `sequence` as consecutive words. */
function containsRun(sequence: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= sequence.length; i++) {
    for (let k = 0; k < run.length; k++) if (sequence[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

/** Whether two passages give one figure, in digits or in words. */
function sharesFigure(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (isFigureWord(w) && b.has(w)) return true;
  return false;
}

/** Figures (words with a digit) two passages both give: "2,000 ... 1,000" in each is one report. */
function sharedFigures(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const w of a) if (/\d/.test(w) && b.has(w)) count++;
  return count;
}

function unionOf(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set(a);
  for (const w of b) out.add(w);
  return out;
}

/** Content words the shorter passage needs for its words' being inside a person's or another's passage to join the two (see alignQuotes). */
const MIN_CONTAINED_UNDER_TWO_NAMES = 4;

/** Synonym classes two passages under different names (or none) share to be taken for one paraphrased report. */
const PARAPHRASE_CLASSES = 5;

/** Quoted fragments of up to this many words are compared by their whole sentence. */
const PARTIAL_QUOTE_WORDS = 6;

/**
 * A partial quote ("... to Europe “in the coming days”, Lima said"): its sentence carries what
 * was said, so one speaker's quotes are compared by it, without the speaker's own name.
 */
function isPartialQuote(q: QuoteMention, articles: ArticleIndex): boolean {
  return q.form === 'direct' && !!q.speaker && articles.get(q.source)!.view.slice(q.start, q.end).trim().split(/\s+/).length <= PARTIAL_QUOTE_WORDS;
}

function sentenceWithoutSpeaker(q: QuoteMention): readonly string[] {
  const speaker = new Set(contentWords(q.speaker ?? ''));
  return contentWords(q.sentence.text).filter((w) => !speaker.has(w));
}

/** Content words a quotation needs for its wording alone to show it is the same one. */
const VERBATIM_WORDS = 6;
const VERBATIM_SIMILARITY = 0.8;
/**
 * Content words a shorter quotation needs to be taken for a part of a longer one that holds all of
 * them in order. Three is too few: "felt something bad", "hard to understand", a show's or a book's
 * title recur in one event's quotes from different people; four in a row, all of a quotation, did not.
 */
const CONTAINED_WORDS = 4;

/**
 * Two direct quotations of the same words: six content words or more, nearly all shared; or the
 * whole of one (four content words or more) inside the other, in order (one outlet quotes a
 * sentence, another the paragraph around it: "I've done everything I could have wanted to do").
 */
function isVerbatim(a: Passage, b: Passage, qa: QuoteMention, qb: QuoteMention, sa: readonly string[], sb: readonly string[]): boolean {
  if (qa.form !== 'direct' || qb.form !== 'direct') return false;
  if (Math.min(a.words.size, b.words.size) >= VERBATIM_WORDS && jaccard(a.words, b.words) >= VERBATIM_SIMILARITY) return true;
  const shorter = Math.min(sa.length, sb.length);
  return shorter >= CONTAINED_WORDS && longestSharedRun(sa, sb) === shorter;
}

/** The passage most like the others (ties: the earliest), so the claim reads like its sources. */
export function representative(texts: string[], words: Set<string>[]): string {
  let best = 0;
  let bestScore = -1;
  words.forEach((w, i) => {
    const score = words.reduce((sum, other, j) => (i === j ? sum : sum + jaccard(w, other)), 0);
    if (score > bestScore) { best = i; bestScore = score; }
  });
  return texts[best]!.trim();
}

export function slugWords(text: string): string {
  return contentWords(text).slice(0, 4).join('-');
}
