/**
 * Abbreviations the articles spell out: "the state Department of Health (DOH)", "WHA, the Water
 * and Harbour Authority," or simply a name whose initials the abbreviation is ("DOH says ..." in
 * an article that named the Department of Health). "DOH said" is then the Department of Health,
 * one speaker under both names. Hand-written: the two definition patterns and an initials match
 * are a few lines; the NLP libraries here (compromise, wink) link no abbreviation to its name.
 */

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
  return [...text.matchAll(/\b\p{Lu}{3,6}\b/gu)].map((m) => m[0]);
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
  for (const m of text.matchAll(BRACKETED)) {
    const name = initialsName(m[2]!, m[1]!.split(/\s+/));
    if (name) out.push({ acronym: m[2]!, name, defined: true });
  }
  for (const m of text.matchAll(APPOSED)) {
    const name = initialsName(m[1]!, m[2]!.split(/\s+/));
    if (name) out.push({ acronym: m[1]!, name, defined: true });
  }
  if (used.size === 0) return out;
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    // Each letter must be some word's initial: most of the event's abbreviations are ruled out before any spelling is tried.
    const initials = new Set(words.map((w) => w[0]!.toLowerCase()));
    for (const acronym of used) {
      const letters = lettersOf(acronym);
      if (!initials.has(letters[0]!) || !letters.every((letter) => initials.has(letter))) continue;
      const name = initialsName(acronym, words);
      if (name) out.push({ acronym, name, defined: false });
    }
  }
  return out;
}

const letters = new Map<string, string[]>();

/** An abbreviation's letters, lower-cased as `spells` compares them. */
function lettersOf(acronym: string): string[] {
  let found = letters.get(acronym);
  if (!found) {
    if (letters.size >= 10_000) letters.clear(); // one thread reads many events
    letters.set(acronym, found = [...acronym.toLowerCase()]);
  }
  return found;
}

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
