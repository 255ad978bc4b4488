/**
 * Capitalised runs that are no one's name, for the name book (collectNames.ts): the title of a work
 * ("the film Lovely Bones", “Goodbye Clarissa”), and a run of common words capitalised at a
 * sentence's start or in a headline ("Commercial Radio Codes", written "commercial radio codes"
 * elsewhere), or a common word so capitalised before a name ("Billionaire Tom Reyes"). Taken for a
 * person, such a run fed "he"/"she", "the company" and short-name resolution.
 */

/** Words that introduce a work by its title: "the film ...", "her 2002 novel ...". */
const WORK_NOUNS = 'film|movie|book|novel|memoir|show|series|miniseries|sitcom|documentary|album|song|single|musical|play|opera|poem|painting|episode|programme|program|podcast|game';
/** A work's noun just before the run, after a determiner and at most one modifier ("the new film", "his 2002 album"). */
const AFTER_WORK_NOUN = new RegExp(String.raw`\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ww]hose)\s+(?:[\p{Ll}\d-]+\s+)?(?:${WORK_NOUNS})\s+["“]?$`, 'u');
const QUOTE_BEFORE = /["“]$/;
/** The closing quotation mark of a quoted title, after at most one punctuation mark (“Lovely Bones,”). */
const QUOTE_AFTER = /^[,.!?]?["”]/;

/**
 * Whether the run text.slice(start, end) is a work's title: after "the film" (or another work's
 * noun), or the whole of a quotation ("“Lovely Bones”"; a quotation that goes on past the run is
 * someone's words, which may open with a name).
 */
export function isWorkTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return AFTER_WORK_NOUN.test(before) || (QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(text.slice(end, end + 2)));
}

/** A run of lower-case letters that is a word of its own (not the tail of "McDonald" nor of "e.g."). */
const LOWER_WORD = /(?<![\p{L}'’.-])\p{Ll}+(?![\p{L}])/gu;

/**
 * The words an event's articles write in lower case, read once per event and only when asked: a
 * run every word of which the articles also write in lower case is common words capitalised (at a
 * sentence's start, in a headline), not a name: a given name is not written in lower case.
 */
export class LowerCaseWords {
  private words: Set<string> | undefined;
  private readonly texts: () => string[];

  constructor(texts: () => string[]) {
    this.texts = texts;
  }

  /** Whether every word of the run is written in lower case somewhere in the articles ("Commercial Radio Codes"). */
  allCommon(words: string[]): boolean {
    this.words ??= new Set(this.texts().flatMap((t) => t.match(LOWER_WORD) ?? []));
    return words.every((w) => this.words!.has(w.replace(/['’]s$/, '').toLowerCase()));
  }
}
