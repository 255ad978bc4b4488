/** Content words of a passage, for comparing passages across sources. */
import { rememberRecent } from '../segment/recentResults.ts';

const STOPWORDS = new Set(
  ('a an the and or but if of to in on at by for with from as into onto over under about than then that this these those it its ' +
    'is are was were be been being has have had do does did will would shall should can could may might must not no nor so too very ' +
    'he she they them their his her him we us our you your i me my who whom whose which what when where why how all any both each ' +
    'few more most other some such only own same just also there here after before while during since until again further once ' +
    'said says say told tell stated according').split(' '),
);

/**
 * Every sentence of an event of a thousand-odd articles (about 20 each), so the second reading
 * of the event still finds the first; older entries are dropped first. About 25 MB when full.
 */
const RECENT_TEXTS = 50_000;
/** Distinct words of such an event, a few hundred thousand at most: a few MB when full. */
const RECENT_WORDS = 200_000;

/**
 * Lower-cased, crudely stemmed words of 2+ letters (digits kept: figures matter), stopwords out.
 * Statements and copies both read every sentence: recent results are kept (frozen, since shared).
 */
export const contentWords: (text: string) => string[] = rememberRecent(RECENT_TEXTS, (text) => Object.freeze(readContentWords(text)) as string[]);

/** A word: letters and digits, with apostrophes, stops, commas and hyphens inside ("u.s.", "1,200", "o'brien"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]{2,}/gu;
/**
 * WORD in lower-case ASCII text (most news), where its letters are a-z and its digits 0-9 ("’" is not
 * ASCII): the same matches, without the Unicode classes, for about half the cost of the search.
 */
const ASCII_WORD = /[a-z0-9][a-z0-9'.,-]*[a-z0-9]|[a-z0-9]{2,}/g;

function readContentWords(text: string): string[] {
  const lower = text.toLowerCase();
  // Plain ASCII has no accents to take off: NFKD and the marks' removal leave it as it is (most news text).
  const ascii = /^[\x00-\x7f]*$/.test(lower);
  const plain = ascii ? lower : lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const words = plain.match(ascii ? ASCII_WORD : WORD) ?? [];
  const out: string[] = [];
  for (const word of words) {
    const content = contentWord(word);
    if (content) out.push(content);
  }
  return out;
}

/**
 * One word's content form, or '' for none. The same words recur in every sentence of an event
 * ("the", "nurses", "government"): each is read once (two replacements, two set lookups and the
 * stemmer cost more than one lookup here), and forgotten with the event's other results.
 */
const contentWord = rememberRecent(RECENT_WORDS, (word) => {
  // Stopwords are dropped before stemming: stemmed, "these" and "before" ("thes", "befor") would pass.
  const plain = word.replace(/['’]s$/, '').replace(/,/g, '');
  if (STOPWORDS.has(plain)) return '';
  const stemmed = stem(plain);
  return stemmed.length > 1 && !STOPWORDS.has(stemmed) ? stemmed : '';
});

/**
 * Strips the commonest English endings so "giving" meets "give" and "concerns" meets "concern".
 * Deliberately crude (no dictionary): it only has to make the same word look the same.
 */
export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return dropE(word.slice(0, -3).replace(/(.)\1$/, '$1'));
  if (word.endsWith('ed') && word.length > 5) return dropE(word.slice(0, -2).replace(/(.)\1$/, '$1'));
  if (word.endsWith('es') && /(ch|sh|ss|x|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return dropE(word.slice(0, -1));
  return dropE(word);
}

/** "invade" and "invaded" (stemmed "invad") meet when a final e goes too. */
function dropE(word: string): string {
  return word.length > 4 && word.endsWith('e') ? word.slice(0, -1) : word;
}

/** How many words two sets have in common. */
export function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const w of a) if (b.has(w)) count++;
  return count;
}

/** Jaccard similarity of two word sets. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const both = shared(a, b);
  return both / (a.size + b.size - both);
}

/** Share of the smaller set found in the larger: 1 when one passage contains the other's words. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return shared(a, b) / Math.min(a.size, b.size);
}

/** Union-find over indices, for grouping passages that match pairwise. */
export class Groups {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  /** Groups as lists of indices, each list ascending, lists ordered by first index. */
  lists(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const root = this.find(i);
      const list = byRoot.get(root) ?? [];
      list.push(i);
      byRoot.set(root, list);
    });
    return [...byRoot.values()].sort((x, y) => x[0]! - y[0]!);
  }
}

/** Figures written as words ("one" aside: "one of them" counts nothing). */
const FIGURE_NAMES = 'two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen';
/** FIGURE_NAMES as written, with a plural s, and as contentWords stems them. */
const FIGURE_WORDS: ReadonlySet<string> = new Set(FIGURE_NAMES.split(' ').flatMap((w) => [w, `${w}s`, stem(w), stem(`${w}s`)]));

/** Whether a word (as written in lower case, or as contentWords gives it) is a figure: digits, or a number word. */
export function isFigureWord(word: string): boolean {
  return /\d/.test(word) || FIGURE_WORDS.has(word);
}
