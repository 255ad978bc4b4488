/**
 * Whether an article reads as English. The extractors are written for English news
 * (number words, "said", part-of-speech tags), so an article in another language is still
 * used, verbatim and with exact offsets, but the user is told why few facts came from it.
 */

/** Words that make up a large share of any English prose and are rare in other languages. */
const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'on', 'with', 'as', 'by', 'at', 'from',
  'it', 'he', 'she', 'they', 'said', 'has', 'have', 'had', 'were', 'are', 'be', 'this', 'which', 'an', 'or',
]);
/** No function word is longer: longer words are counted without being looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...ENGLISH_FUNCTION_WORDS].map((w) => w.length));

/** Too little text to judge below this many letters. */
const MIN_LETTERS = 200;
/** English prose runs at 30-45 % function words; other Latin-script languages at a few percent. */
const MIN_SHARE = 0.12;

/**
 * A "word" is a run of letters (code points of category L) in the lower-cased text, a letter a
 * code point of category L in the text as written. Both are counted in one walk over the text
 * as written: lower-casing keeps every letter a letter and every other character a non-letter,
 * so the runs are the same, except for 'İ' (U+0130), which lower-cases to 'i' and a combining
 * dot; a text holding one is walked twice (this check runs on every article and was three
 * quarters of ingest's time when it matched every run with a regular expression).
 */
export function looksEnglish(text: string): boolean {
  if (text.includes('\u0130')) return looksEnglishLowerCased(text);
  let letters = 0;
  let words = 0;
  let english = 0;
  let run = -1; // where the current run of letters started, or -1 between runs
  for (let i = 0; i <= text.length; ) {
    const code = i < text.length ? text.codePointAt(i)! : -1;
    const letter = code >= 0 && isLetter(code);
    if (letter) {
      letters++;
      if (run < 0) run = i;
    } else if (run >= 0) {
      words++;
      if (i - run <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(text.slice(run, i).toLowerCase())) english++;
      run = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  return judge(letters, words, english);
}

function judge(letters: number, words: number, english: number): boolean {
  if (letters < MIN_LETTERS) return true;
  // Scripts written without spaces (Chinese, Japanese) give few, long "words": count letters instead.
  const units = Math.max(words, letters / 6);
  return english / units >= MIN_SHARE;
}

/** The same count, with the words read from the whole lower-cased text. */
function looksEnglishLowerCased(text: string): boolean {
  const letters = letterCount(text);
  if (letters < MIN_LETTERS) return true;
  const lower = text.toLowerCase();
  let words = 0;
  let english = 0;
  let run = -1;
  for (let i = 0; i <= lower.length; ) {
    const code = i < lower.length ? lower.codePointAt(i)! : -1;
    const letter = code >= 0 && isLetter(code);
    if (letter && run < 0) run = i;
    else if (!letter && run >= 0) {
      words++;
      if (i - run <= LONGEST_FUNCTION_WORD && ENGLISH_FUNCTION_WORDS.has(lower.slice(run, i))) english++;
      run = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  return judge(letters, words, english);
}

/** Letters (code points of category L) in `text`; one outside the Basic Multilingual Plane counts once. */
function letterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    if (isLetter(code)) count++;
    i += code > 0xffff ? 2 : 1;
  }
  return count;
}

const LETTER = /^\p{L}$/u;
/** Answers for code points past ASCII, which are few in an article: each is tested once. */
const knownLetters = new Map<number, boolean>();

/** Whether a code point is of Unicode category L, as /\p{L}/u says. */
function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  let letter = knownLetters.get(code);
  if (letter === undefined) {
    letter = LETTER.test(String.fromCodePoint(code));
    knownLetters.set(code, letter);
  }
  return letter;
}
