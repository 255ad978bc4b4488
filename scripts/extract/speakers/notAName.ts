/**
 * Capitalised runs that are no one's name, for the name book (collectNames.ts): the title of a work
 * ("the film Quiet Orchard", “Goodbye Rosalind”), and a run of common words capitalised at a
 * sentence's start or in a headline ("Coastal Storm Codes", written "coastal storm codes"
 * elsewhere), or a common word so capitalised before a name ("Billionaire Tom Reyes"). Taken for a
 * person, such a run fed "he"/"she", "the company" and short-name resolution.
 */

/** Words that introduce a work by its title: "the film ...", "her 2002 novel ...". */
const WORK_NOUNS = 'film|movie|book|novel|memoir|show|series|miniseries|sitcom|documentary|album|song|single|musical|play|opera|poem|painting|episode|programme|program|podcast|game';
const WORK_NOUN = new Set(WORK_NOUNS.split('|'));
/** A work's noun just before the run, after a determiner and at most one modifier ("the new film", "his 2002 album"). */
const AFTER_WORK_NOUN = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose)\s+(?:[\p{Ll}\d-]+\s+)?(?:${WORK_NOUNS})\s+$`, 'u');
/** The closing quotation mark of a quoted title, after at most one punctuation mark (“Silent Meadow,”). */
const QUOTE_AFTER = /^[,.!?]?["”]/;

/**
 * Whether the run text.slice(start, end) is a work's title: after "the film" (or another work's
 * noun), or the whole of a quotation ("“Silent Meadow”"; a quotation that goes on past the run is
 * someone's words, which may open with a name). Called on every capitalised run, so the character
 * and the word just before are looked at before any pattern.
 */
export function isWorkTitle(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before === '"' || before === '“') return QUOTE_AFTER.test(text.slice(end, end + 2));
  if (before !== ' ') return false;
  const word = text.slice(text.lastIndexOf(' ', start - 2) + 1, start - 1);
  return WORK_NOUN.has(word) && AFTER_WORK_NOUN.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * Which words an event's articles write in lower case, asked word by word and remembered: a run
 * every word of which the articles also write in lower case is common words capitalised (at a
 * sentence's start, in a headline), not a name, since a given name is not written in lower case.
 */
export class LowerCaseWords {
  private readonly known = new Map<string, boolean>();
  private readonly written: (word: string) => boolean;

  /** `written` says whether the articles hold this lower-case word as a whole word. */
  constructor(written: (word: string) => boolean) {
    this.written = written;
  }

  /** Whether every word of the run is written in lower case somewhere in the articles ("Coastal Storm Codes"). */
  allCommon(words: string[]): boolean {
    return words.every((w) => this.isCommon(w));
  }

  /** Whether the articles write this word ("Coastal", "Codes'") in lower case; remembered as written, since the same words recur. */
  isCommon(word: string): boolean {
    let common = this.known.get(word);
    if (common === undefined) this.known.set(word, (common = this.written(word.replace(/['’]s$/, '').toLowerCase())));
    return common;
  }
}
