/**
 * Abbreviations the articles spell out: "the state Department of Health (DOH)", "WHA, the Water
 * and Harbour Authority," or simply a name whose initials the abbreviation is ("DOH says ..." in
 * an article that named the Department of Health). "DOH said" is then the Department of Health,
 * one speaker under both names. Hand-written: the two definition patterns and an initials match
 * are a few lines; the NLP libraries here (compromise, wink) link no abbreviation to its name.
 */

import { rememberRecent } from '../../segment/recentResults.ts';

/** An abbreviation as news writes one: three to six capitals ("DOH", "NTSB"); two ("UN", "US") are too often something else. */
export const ACRONYM = /^\p{Lu}{3,6}$/u;

/** A capitalised name, its words joined by the small words names hold ("Department of Health", "Water and Harbour Authority"). */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;
/** "Name (ABC)": the abbreviation defined in brackets right after the name. */
const BRACKETED = /(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*\p{Lu}[\p{L}'’-]*)+)\s+\((\p{Lu}{3,6})\)/gu;
/** "ABC, the Name,": the abbreviation first, then the name as an appositive. */
const APPOSED = /\b(\p{Lu}{3,6}),\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*\p{Lu}[\p{L}'’-]*)+)/gu;
/** The abbreviations a text writes: "DOH" in "DOH says". */
export function acronymsUsed(text: string): string[] {
  // Most sentences write no three capitals in a row: a loop over the characters says so before the
  // pattern is tried (the pattern over every sentence of an event was most of this function's cost).
  if (!hasCapitalRun(text)) return [];
  return [...text.matchAll(/\b\p{Lu}{3,6}\b/gu)].map((m) => m[0]);
}

/**
 * Whether `text` has three characters in a row that may be capitals: A to Z, or any character from
 * U+00C0 on (every other capital letter is there, with much else), so a text that has none holds no \p{Lu}{3}.
 */
function hasCapitalRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code >= 0xc0) {
      if (++run === 3) return true;
    } else run = 0;
  }
  return false;
}

/** Small words a name's initials may or may not take: "Department of Health" is "DOH", "Bureau of Roads" is "BR" or "BOR". */
const SMALL = /^(?:of|for|and|on|the|&)$/;

export interface AcronymDefinition {
  /** The abbreviation, as written: "DOH". */
  acronym: string;
  /** The name it stands for, as the text gives it: "Department of Health". */
  name: string;
  /** Spelt out with brackets or an appositive (true), or only found by its initials (false). */
  defined: boolean;
}

/**
 * Every abbreviation linked to a name in `text`: the ones it defines, and those of `used` (the
 * abbreviations all the event's articles write, so one article's name spells out another's "DOH")
 * whose initials a name in `text` spells.
 */
export function acronymDefinitions(text: string, used: ReadonlySet<string>): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  // Each definition pattern holds a bracket or a comma, and three capitals in a row: a sentence
  // without them is not searched (BRACKETED tried a name run at every capital of every sentence).
  const capitals = hasCapitalRun(text);
  if (capitals && text.includes('(')) {
    for (const m of text.matchAll(BRACKETED)) {
      const name = initialsName(m[2]!, m[1]!.split(/\s+/));
      if (name) out.push({ acronym: m[2]!, name, defined: true });
    }
  }
  if (capitals && text.includes(',')) {
    for (const m of text.matchAll(APPOSED)) {
      const name = initialsName(m[1]!, m[2]!.split(/\s+/));
      if (name) out.push({ acronym: m[1]!, name, defined: true });
    }
  }
  if (used.size === 0) return out;
  const { byFirstLetter, order, masks } = indexOf(used);
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    // Each of an abbreviation's three or more letters is a word's initial (initialsName): a run of
    // fewer words spells none, and most runs are two-word names ("Ana Lima").
    if (words.length < 3) continue;
    // Each letter must be some word's initial: only the abbreviations that open with one of the
    // run's initials are looked at (a long event writes thousands), in the order `used` gives them.
    // The letters' bits rule out most of them before any is sorted or spelt (most runs define none).
    const initials = new Set(words.map((w) => w[0]!.toLowerCase()));
    let runMask = 0;
    for (const letter of initials) runMask |= letterBit(letter);
    const candidates: string[] = [];
    for (const letter of initials) {
      for (const acronym of byFirstLetter.get(letter) ?? []) if ((masks.get(acronym)! & ~runMask) === 0) candidates.push(acronym);
    }
    if (candidates.length > 1) candidates.sort((a, b) => order.get(a)! - order.get(b)!);
    for (const acronym of candidates) {
      if (!lettersOf(acronym).every((letter) => initials.has(letter))) continue;
      const name = initialsName(acronym, words);
      if (name) out.push({ acronym, name, defined: false });
    }
  }
  return out;
}

interface AcronymIndex {
  byFirstLetter: Map<string, string[]>;
  order: Map<string, number>;
  /** Each abbreviation's letters as bits (letterBit): a run can spell it only if its initials' bits hold them all. */
  masks: Map<string, number>;
}

/** The event's abbreviations by their first letter (lower-cased as `spells` compares), and each one's place in the set. */
function indexOf(used: ReadonlySet<string>): AcronymIndex {
  let index = indexes.get(used);
  if (!index) {
    const byFirstLetter = new Map<string, string[]>();
    const order = new Map<string, number>();
    const masks = new Map<string, number>();
    for (const acronym of used) {
      order.set(acronym, order.size);
      const letters = lettersOf(acronym);
      masks.set(acronym, letters.reduce((mask, letter) => mask | letterBit(letter), 0));
      const first = letters[0]!;
      (byFirstLetter.get(first) ?? byFirstLetter.set(first, []).get(first)!).push(acronym);
    }
    indexes.set(used, index = { byFirstLetter, order, masks });
  }
  return index;
}
const indexes = new WeakMap<ReadonlySet<string>, AcronymIndex>();

/** One bit per lower-case letter a to z, one more shared by every other character (which `every` then checks). */
function letterBit(letter: string): number {
  const code = letter.length === 1 ? letter.charCodeAt(0) - 97 : -1;
  return code >= 0 && code < 26 ? 1 << code : 1 << 26;
}

/** An abbreviation's letters, lower-cased as `spells` compares them (shared between callers: read only). */
const lettersOf = rememberRecent(10_000, (acronym) => Object.freeze([...acronym.toLowerCase()]) as string[]);

/**
 * The words at the end of `words` whose initials spell `acronym` ("DOH" in "Hawaii Department of
 * Health": "Department of Health"), each capitalised word giving its letter and a small word giving
 * one or none; undefined when none do. The name ends at the run's end or at a word before it.
 */
function initialsName(acronym: string, words: string[]): string | undefined {
  for (let end = words.length; end > 0; end--) {
    if (SMALL.test(words[end - 1]!)) continue;
    for (let start = 0; start < end; start++) {
      if (SMALL.test(words[start]!)) continue;
      const part = words.slice(start, end);
      if (part.length >= 2 && spells(acronym.toLowerCase(), part)) return part.join(' ').replace(/['’]s$/, '');
    }
  }
  return undefined;
}

/** Whether the words' initials spell the letters, small words optional. */
function spells(letters: string, words: string[]): boolean {
  if (words.length === 0) return letters.length === 0;
  const [word, ...rest] = words;
  const initial = word![0]!.toLowerCase();
  if (SMALL.test(word!)) return spells(letters, rest) || (letters[0] === initial && spells(letters.slice(1), rest));
  return letters[0] === initial && spells(letters.slice(1), rest);
}
