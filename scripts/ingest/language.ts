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
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return true;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  // Scripts written without spaces (Chinese, Japanese) give few, long "words": count letters instead.
  const units = Math.max(words.length, letters / 6);
  return english / units >= MIN_SHARE;
}
