/**
 * One quotation in two outlets, compared word for word with every word kept. The content-word
 * comparison of alignPassages.ts drops stopwords, so a short quotation ("Not in front of my son",
 * "Polls. Most of them. All of them?") has too few words left to join, and a part of a longer
 * quotation that another outlet gives whole ("depends on what he does" / "I think it depends on what
 * he does") is compared by its sentence and misses, as do two excerpts of one statement that
 * overlap (one outlet quotes its start, another runs on from its middle). Here the words
 * themselves, stopwords and all, in order, decide.
 */
import { describedAndNamed } from './describedSpeaker.ts';
import type { QuoteMention } from '../contracts/stages.ts';
import type { Groups } from './words.ts';
import { isPersonName, namedAlike } from './claimSpeaker.ts';
import { isFigureWord } from './words.ts';

/** Words two quotations must share in a row: shorter runs ("I don't know", "thank you so much") recur between people. */
export const SAME_WORDS_MIN = 5;

/**
 * A quotation's words as outlets vary in writing them: lower case, curly and straight quotes and
 * apostrophes alike, "shake-up" as "shakeup", ellipses and dashes as breaks, an editor's insertion
 * ("[the president]") left out; punctuation is not a word.
 */
export function quotationWords(text: string): string[] {
  let t = text.toLowerCase();
  if (t.includes('[')) t = t.replace(/\[[^\]]{0,60}\]/g, ' ');
  // One pass over the words (this runs on every quotation and reported statement of an event).
  const words = t.replace(/[‘’ʼ`´]/g, "'").match(/[\p{L}\p{N}]+(?:['\-‐‑][\p{L}\p{N}]+)*/gu) ?? [];
  const plain = words.map((w) => (w === CANNOT ? "can't" : /[-‐‑]/.test(w) ? w.replace(/[-‐‑]/g, '') : w));
  return contracted(plain, (a, b) => CONTRACTIONS.get(`${a} ${b}`));
}

/**
 * Two words an outlet may write as one ("it is" / "it's", "do not" / "don't", "we are" / "we're"),
 * each pair with its contraction. Outlets transcribe one spoken sentence either way, so both are
 * read as the contraction, and a run's length is still counted in written words (WRITTEN): a
 * quotation neither grows past SAME_WORDS_MIN on words it did not have ("I don't know why") nor
 * falls under it ("and it is needed"). "'s" and "'d" for "has" and "had" are left: "he's" is "he
 * is" as often.
 */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ...['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'would', 'could', 'should', 'must', 'need'].map((v) => [`${v} not`, `${v}n't`] as const),
  ['will not', "won't"], ['can not', "can't"], ['shall not', "shan't"],
  ['i am', "i'm"],
  ...['you', 'we', 'they'].map((p) => [`${p} are`, `${p}'re`] as const),
  ...['it', 'that', 'there', 'here', 'he', 'she', 'what', 'who', 'where'].map((p) => [`${p} is`, `${p}'s`] as const),
  ...['i', 'you', 'we', 'they'].map((p) => [`${p} have`, `${p}'ve`] as const),
  ...['i', 'you', 'we', 'they', 'he', 'she', 'it'].map((p) => [`${p} will`, `${p}'ll`] as const),
]);
/** One word written for "can not". */
const CANNOT = 'cannot';

/** Words with each pair that has a contraction (`join`) read as that contraction, left to right. */
function contracted<T>(words: T[], join: (a: T, b: T) => T | undefined): T[] {
  const out: T[] = [];
  const written: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const one = i + 1 < words.length ? join(words[i]!, words[i + 1]!) : undefined;
    if (one !== undefined) { out.push(one); written.push(2); i++; } else { out.push(words[i]!); written.push(1); }
  }
  if (out.length < words.length) WRITTEN.set(out, written);
  return out;
}

/**
 * How many words each read word was written as, for readings where a pair became one (contracted):
 * a run is as long as the words its sources wrote, so "stories and it is needed" is five words in
 * both outlets, and "I don't know why" four, however "it is" is read.
 */
const WRITTEN = new WeakMap<readonly unknown[], readonly number[]>();

/** Words written for `words[from..to)`. */
function writtenLength(words: readonly unknown[], from: number, to: number): number {
  const written = WRITTEN.get(words);
  if (!written) return to - from;
  let n = 0;
  for (let k = from; k < to; k++) n += written[k]!;
  return n;
}

/**
 * Whether quotation `b`, from its word `at` on, goes on with the words of `a` for as long as both
 * last, five words at least: `a` stands whole inside `b`, or `b` ends with the words `a` starts
 * with (two outlets' excerpts of one statement, each running on where the other stops).
 */
export function continuesAt<T>(a: readonly T[], b: readonly T[], at: number): boolean {
  const overlap = Math.min(a.length, b.length - at);
  if (at < 0 || overlap < SAME_WORDS_READ) return false;
  for (let m = 0; m < overlap; m++) if (a[m] !== b[at + m]) return false;
  // Five words as each source wrote them: a contraction read for two words counts two.
  return writtenLength(a, 0, overlap) >= SAME_WORDS_MIN && writtenLength(b, at, at + overlap) >= SAME_WORDS_MIN;
}

/** Read words that may hold SAME_WORDS_MIN written ones: one contraction among them. */
const SAME_WORDS_READ = SAME_WORDS_MIN - 1;

/** Whether one quotation holds the other whole, or one ends with five words or more that the other starts with (see continuesAt). */
export function holdsSameWords<T>(a: readonly T[], b: readonly T[]): boolean {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (let at = 0; at + SAME_WORDS_READ <= y.length; at++) if (continuesAt(x, y, at)) return true;
  }
  return false;
}

/**
 * Joins quotations of different sources whose words continue each other (continuesAt), when
 * `mayJoin` allows the pair (speakers that can be one, a direct quotation on one side at least).
 * Found through an index of each quotation's first four read words (five written, one contraction among them), looked up at every word of every
 * quotation, not through the content-word blocking of alignPassages.ts, which never compares a
 * quotation with fewer than two content words.
 * This runs on every quotation and reported statement of an event and nearly all have no match,
 * so words are first read as numbers (wordHashes, no strings made); a pair whose numbers match is
 * then checked on its words, so a collision costs a comparison, never a join.
 */
export function joinSameWords(texts: readonly string[], sources: readonly string[], groups: Groups, mayJoin: (i: number, j: number) => boolean): void {
  const hashes = hashesOf(texts);
  const words: (string[] | undefined)[] = [];
  const wordsOf = (i: number): string[] => (words[i] ??= quotationWords(texts[i]!));
  const starts = new Map<number, number[]>();
  hashes.forEach((n, i) => {
    if (n.length < SAME_WORDS_READ) return;
    const key = gramAt(n, 0);
    const list = starts.get(key);
    if (list) list.push(i);
    else starts.set(key, [i]);
  });
  hashes.forEach((n, j) => {
    for (let k = 0; k + SAME_WORDS_READ <= n.length; k++) {
      const found = starts.get(gramAt(n, k));
      if (!found) continue;
      for (const i of found) {
        if (i === j || sources[i] === sources[j] || groups.find(i) === groups.find(j)) continue;
        if (continuesAt(hashes[i]!, n, k) && continuesAt(wordsOf(i), wordsOf(j), k) && mayJoin(i, j)) groups.union(i, j);
      }
    }
  });
}

/** A whole quotation this short is joined to another holding it only with two content words at least ("it's a rough harbour"). */
export const SHORT_WHOLE_WORDS = 4;

/**
 * Joins a whole quotation of four words, two of them content words, to another source's quotation
 * that holds those four words in order ("It's a rough harbour." / "I don't know, it's a rough
 * harbour"), when `mayJoin` allows the pair.
 */
export function joinShortWhole(texts: readonly string[], sources: readonly string[], groups: Groups, mayJoin: (i: number, j: number) => boolean, contentCount: (text: string) => number): void {
  const hashes = hashesOf(texts);
  // Each text's words read once, and only for the few whose hashes meet (as joinSameWords reads them).
  const words: Array<string[] | undefined> = [];
  const wordsOf = (i: number): string[] => (words[i] ??= quotationWords(texts[i]!));
  const key = (n: readonly number[], k: number): string => `${n[k]},${n[k + 1]},${n[k + 2]},${n[k + 3]}`;
  const whole = new Map<string, number[]>();
  hashes.forEach((n, i) => {
    if (n.length !== SHORT_WHOLE_WORDS || contentCount(texts[i]!) < 2 || isTitle(texts[i]!)) return;
    const k = key(n, 0);
    whole.set(k, [...(whole.get(k) ?? []), i]);
  });
  if (!whole.size) return;
  hashes.forEach((n, j) => {
    for (let k = 0; k + SHORT_WHOLE_WORDS <= n.length; k++) {
      for (const i of whole.get(key(n, k)) ?? []) {
        if (i === j || sources[i] === sources[j] || groups.find(i) === groups.find(j)) continue;
        const a = wordsOf(i);
        const b = wordsOf(j).slice(k, k + SHORT_WHOLE_WORDS);
        if (a.every((w, m) => w === b[m]) && mayJoin(i, j)) groups.union(i, j);
      }
    }
  });
}

/** Short words a title leaves in lower case ("Forgetting to be Kind", "The Life of Harbours"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'be', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'is']);

/** A work's title ("The Life of Harbours", "Forgetting to be Kind"): every word but the small ones capitalised. It names the work; it is nobody's statement. */
function isTitle(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  return words.length > 1 && /^\p{Lu}/u.test(words[0]!) && words.every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2bc, 0x2018, 0x2019]);
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

/** Letters and digits, near enough to \p{L}\p{N}: ASCII ones, and anything from U+00C0 on but signs, general punctuation, CJK or full-width marks and the replacement character. */
function isWordCode(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return c !== 0xd7 && c !== 0xf7 && c !== 0x2bc && c !== 0xfffd && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xff00 && c <= 0xff0f);
}

/** One number per word of quotationWords' reading (FNV-1a over its letters), read in one pass over the text. */
/** The hash of SAME_WORDS_READ word numbers from `k` on. */
function gramAt(n: readonly number[], k: number): number {
  let h = 0;
  for (let m = k; m < k + SAME_WORDS_READ; m++) h = (Math.imul(h, 1000003) + n[m]!) | 0;
  return h;
}

/** Each text's word numbers, read once for one list of texts however many joins read it (alignPassages.ts passes one list to all three). */
const hashesByTexts = new WeakMap<readonly string[], number[][]>();
function hashesOf(texts: readonly string[]): number[][] {
  let hashes = hashesByTexts.get(texts);
  if (!hashes) hashesByTexts.set(texts, (hashes = texts.map(wordHashes)));
  return hashes;
}

export function wordHashes(text: string): number[] {
  const t = text.toLowerCase();
  const out: number[] = [];
  let h = 0;
  let inWord = false;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (isWordCode(c)) {
      if (!inWord) { h = 0x811c9dc5; inWord = true; }
      h = Math.imul(h ^ c, 0x01000193);
      continue;
    }
    // An apostrophe or hyphen between letters is inside the word ("it's", "shake-up" read as "shakeup").
    if (inWord && i + 1 < t.length && isWordCode(t.charCodeAt(i + 1)) && (APOSTROPHES.has(c) || HYPHENS.has(c))) {
      if (APOSTROPHES.has(c)) h = Math.imul(h ^ 0x27, 0x01000193);
      continue;
    }
    if (inWord) { out.push(h | 0); inWord = false; }
    if (c === 0x5b) {
      const close = t.indexOf(']', i);
      if (close !== -1 && close - i <= 61) i = close;
    }
  }
  if (inWord) out.push(h | 0);
  for (let i = 0; i < out.length; i++) if (out[i] === CANNOT_HASH) out[i] = CANT_HASH;
  return contracted(out, (a, b) => HASHED_CONTRACTIONS.get(a)?.get(b));
}

/** wordHashes' number for one plain word (letters and an apostrophe): FNV-1a over its letters. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** CONTRACTIONS as wordHashes' numbers: first word's, then second word's, to the contraction's. */
const HASHED_CONTRACTIONS: ReadonlyMap<number, ReadonlyMap<number, number>> = (() => {
  const out = new Map<number, Map<number, number>>();
  for (const [pair, one] of CONTRACTIONS) {
    const [a, b] = pair.split(' ') as [string, string];
    const seconds = out.get(hashOf(a)) ?? out.set(hashOf(a), new Map()).get(hashOf(a))!;
    seconds.set(hashOf(b), hashOf(one));
  }
  return out;
})();
const CANNOT_HASH = hashOf(CANNOT);
const CANT_HASH = hashOf("can't");

/**
 * Two mentions whose same words may be one quotation: one of them, at least, inside quotation marks
 * (reported speech in the same words is an outlet retelling the quote), and never two people named
 * differently: two people may say the same short thing, and a claim must not give one person's words
 * to a source that quoted another.
 */
export function mayShareWords(a: QuoteMention, b: QuoteMention): boolean {
  if (a.form !== 'direct' && b.form !== 'direct') return false;
  if (!a.speaker || !b.speaker) return true;
  if (a.speaker.toLowerCase() === b.speaker.toLowerCase() || namedAlike(a.speaker, b.speaker) || describedAndNamed(a, b)) return true;
  return !isPersonName(a.speaker) && !isPersonName(b.speaker);
}

/**
 * Written words in a row that two quotations must share for the run alone to make them one quotation
 * (see joinSharedRun). Over 197 multi-news and 60 multi-news-train clusters, six joined 2 pairs, both
 * one quotation; five joined pairs in 9 events, most of them two different remarks that share a
 * common phrase of five words.
 */
export const SHARED_RUN_MIN = 6;

/**
 * Joins quotations of different sources that share a run of SHARED_RUN_MIN written words or more
 * anywhere in them, when `mayJoin` allows the pair: two outlets' excerpts of one statement cut at
 * both ends differently ("... the cost she has paid already for what she did" / "She has paid
 * already for what she did, he said"), where neither holds the other whole nor runs on from its
 * end (continuesAt).
 */
export function joinSharedRun(texts: readonly string[], sources: readonly string[], groups: Groups, mayJoin: (i: number, j: number) => boolean): void {
  const hashes = hashesOf(texts);
  const words: (string[] | undefined)[] = [];
  const wordsOf = (i: number): string[] => (words[i] ??= quotationWords(texts[i]!));
  const grams = new Map<number, Array<[number, number]>>();
  hashes.forEach((n, i) => {
    if (n.length < SAME_WORDS_READ * 2) return;
    for (let k = 0; k + SAME_WORDS_READ <= n.length; k++) {
      const key = gramAt(n, k);
      const list = grams.get(key);
      if (list) list.push([i, k]);
      else grams.set(key, [[i, k]]);
    }
  });
  hashes.forEach((n, j) => {
    if (n.length < SAME_WORDS_READ * 2) return;
    for (let k = 0; k + SAME_WORDS_READ <= n.length; k++) {
      for (const [i, p] of grams.get(gramAt(n, k)) ?? []) {
        if (i >= j || sources[i] === sources[j] || groups.find(i) === groups.find(j)) continue;
        const a = wordsOf(i);
        const b = wordsOf(j);
        if (a.length !== hashes[i]!.length || b.length !== n.length) continue;
        let end = 0;
        while (p + end < a.length && k + end < b.length && a[p + end] === b[k + end]) end++;
        if (writtenLength(a, p, p + end) < SHARED_RUN_MIN || writtenLength(b, k, k + end) < SHARED_RUN_MIN) continue;
        // A figure's phrase ("six cups of tea a day") is the story's fact, which anyone
        // speaking of it gives in the same words: a run that holds a figure makes no quotation one.
        if (a.slice(p, p + end).some(isFigureWord)) continue;
        if (mayJoin(i, j)) groups.union(i, j);
      }
    }
  });
}
