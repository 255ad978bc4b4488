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

/** Too little text to judge below this many letters. */
const MIN_LETTERS = 200;
/** English prose runs at 30-45 % function words; other Latin-script languages at a few percent. */
const MIN_SHARE = 0.12;

export function looksEnglish(text: string): boolean {
  const letters = letterCount(text);
  if (letters < MIN_LETTERS) return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  // Scripts written without spaces (Chinese, Japanese) give few, long "words": count letters instead.
  const units = Math.max(words.length, letters / 6);
  return english / units >= MIN_SHARE;
}

/**
 * Letters (code points of category L) in `text`, counted run by run: matching every letter on
 * its own made an array entry per character of every article.
 */
function letterCount(text: string): number {
  let count = 0;
  for (const [run] of text.matchAll(/\p{L}+/gu)) {
    count += run.length;
    // A letter outside the Basic Multilingual Plane is two UTF-16 units but one letter.
    for (let i = 0; i < run.length; i++) if ((run.charCodeAt(i) & 0xfc00) === 0xd800) count--;
  }
  return count;
}
