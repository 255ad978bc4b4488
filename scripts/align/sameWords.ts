/**
 * One quotation in two outlets, compared word for word with every word kept. The content-word
 * comparison of alignPassages.ts drops stopwords, so a short quotation ("Not in front of my son",
 * "Polls. Most of them. All of them?") has too few words left to join, and a part of a longer
 * quotation that another outlet gives whole ("depends on what he does" / "I think it depends on what
 * he does") is compared by its sentence and misses. Here the words themselves, stopwords and all,
 * in order, decide.
 */
import type { QuoteMention } from '../contracts/stages.ts';
import type { Groups } from './words.ts';
import { isPersonName, namedAlike } from './claimSpeaker.ts';

/** Words a quotation needs at least: shorter runs ("I don't know", "thank you so much") recur between people. */
export const SAME_WORDS_MIN = 5;
/** From this length on, the shorter quotation may differ from the longer by one word at either edge ("Oh, I think ..."). */
const SAME_WORDS_LOOSE = 6;

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
  return words.map((w) => (/[-‐‑]/.test(w) ? w.replace(/[-‐‑]/g, '') : w));
}

/**
 * Whether the shorter quotation stands whole, in order, inside the longer one (or, from six words,
 * all but one word at an edge of it), with five words at least: the same words, quoted by two outlets.
 */
export function holdsSameWords<T>(a: readonly T[], b: readonly T[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < SAME_WORDS_MIN) return false;
  return contains(long, short) || (short.length >= SAME_WORDS_LOOSE && edgeRun(short, long));
}

/** Whether the words but the first, or all but the last, stand in the longer quotation in order. */
function edgeRun<T>(short: readonly T[], long: readonly T[]): boolean {
  return contains(long, short.slice(1)) || contains(long, short.slice(0, -1));
}

function contains<T>(sequence: readonly T[], run: readonly T[]): boolean {
  outer: for (let i = 0; i + run.length <= sequence.length; i++) {
    for (let k = 0; k < run.length; k++) if (sequence[i + k] !== run[k]) continue outer;
    return true;
  }
  return false;
}

/** Words in a row that index a quotation: every quotation long enough to join has its first five inside the other. */
const GRAM = SAME_WORDS_MIN;

/**
 * Joins quotations of different sources whose words hold each other (holdsSameWords), when
 * `mayJoin` allows the pair (speakers that can be one, a direct quotation on one side at least).
 * Found through an index of every five words in a row, not through the content-word blocking of
 * alignPassages.ts, which never compares a quotation with fewer than two content words.
 * This runs on every quotation and reported statement of an event and nearly all have no match,
 * so words are first read as numbers (wordHashes, no strings made); a pair whose numbers match is
 * then checked on its words, so a collision costs a comparison, never a join.
 */
export function joinSameWords(texts: readonly string[], sources: readonly string[], groups: Groups, mayJoin: (i: number, j: number) => boolean): void {
  const hashes = texts.map(wordHashes);
  const words: (string[] | undefined)[] = [];
  const wordsOf = (i: number): string[] => (words[i] ??= quotationWords(texts[i]!));
  const gramAt = (n: readonly number[], k: number): number => {
    let h = 0;
    for (let m = k; m < k + GRAM; m++) h = (Math.imul(h, 1000003) + n[m]!) | 0;
    return h;
  };
  // Each quotation is indexed by its first five words (and, one edge word off, its second five);
  // every five words of every quotation then look up the shorter quotations they may hold.
  const index = new Map<number, number[]>();
  const indexAs = (key: number, i: number): void => {
    const list = index.get(key);
    if (!list) index.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  hashes.forEach((n, i) => {
    if (n.length < GRAM) return;
    indexAs(gramAt(n, 0), i);
    if (n.length >= SAME_WORDS_LOOSE) indexAs(gramAt(n, 1), i);
  });
  hashes.forEach((n, j) => {
    for (let k = 0; k + GRAM <= n.length; k++) {
      const shorter = index.get(gramAt(n, k));
      if (!shorter) continue;
      for (const i of shorter) {
        if (i === j || sources[i] === sources[j] || hashes[i]!.length > n.length || groups.find(i) === groups.find(j)) continue;
        if (holdsSameWords(hashes[i]!, n) && holdsSameWords(wordsOf(i), wordsOf(j)) && mayJoin(i, j)) groups.union(i, j);
      }
    }
  });
}

const APOSTROPHES = new Set([0x27, 0x60, 0xb4, 0x2bc, 0x2018, 0x2019]);
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

/** Letters and digits, near enough to \p{L}\p{N}: ASCII ones, and anything from U+00C0 on but signs, general punctuation, CJK or full-width marks and the replacement character. */
function isWordCode(c: number): boolean {
  if (c < 0xc0) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return c !== 0xd7 && c !== 0xf7 && c !== 0x2bc && c !== 0xfffd && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xfe30 && c <= 0xfe4f) && !(c >= 0xff00 && c <= 0xff0f);
}

/** One number per word of quotationWords' reading (FNV-1a over its letters), read in one pass over the text. */
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
  return out;
}

/**
 * Two mentions whose same words may be one quotation: one of them, at least, inside quotation marks
 * (reported speech in the same words is an outlet retelling the quote), and never two people named
 * differently: two people may say the same short thing, and a claim must not give one person's words
 * to a source that quoted another.
 */
export function mayShareWords(a: QuoteMention, b: QuoteMention): boolean {
  if (a.form !== 'direct' && b.form !== 'direct') return false;
  if (!a.speaker || !b.speaker) return true;
  if (a.speaker.toLowerCase() === b.speaker.toLowerCase() || namedAlike(a.speaker, b.speaker)) return true;
  return !isPersonName(a.speaker) && !isPersonName(b.speaker);
}
