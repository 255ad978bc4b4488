/**
 * The tagger's lexicon knows the Latin-1 letters only: a word with a letter beyond them ("Łukasz",
 * "Dvořák", "Nguyễn") comes out in pieces ("Ł" "ukasz"), and a speaker's name is then cut at that
 * letter ("said Zofia Wąs" named "Zofia W"). Pieces that touch, each all letters, with such a letter
 * among them, are one word again. English words the tagger splits ("can" "not" of "cannot") have
 * no such letter and stay as it made them.
 */
/** A tagged token (segment/tokens.ts's Token; not imported, which would make an import circle). */
interface Token { start: number; end: number; text: string; pos: string; lemma: string }

/** A token of letters (and their marks) only. */
const LETTERS = /^\p{L}[\p{L}\p{M}]*$/u;
/** A letter past Latin-1 (U+00FF), which the tagger splits a word at (curly quotes and dashes are no letters). */
const BEYOND_LATIN1 = /(?![\u0000-\u00ff])\p{L}/u;

/** `tokens` with each word the tagger cut at a letter past Latin-1 joined back into one token. */
export function joinSplitLetters(tokens: Token[], text: string): Token[] {
  if (!BEYOND_LATIN1.test(text)) return tokens;
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1]!.start === tokens[j]!.end && LETTERS.test(tokens[j]!.text) && LETTERS.test(tokens[j + 1]!.text)) j++;
    if (j === i) { out.push(tokens[i]!); continue; }
    const run = tokens.slice(i, j + 1);
    if (!run.some((t) => BEYOND_LATIN1.test(t.text))) { out.push(...run); i = j; continue; }
    const word = text.slice(run[0]!.start, run.at(-1)!.end);
    // A capitalised word is a name ("Łukasz"); another takes the tag of its longest piece.
    const pos = /^\p{Lu}/u.test(word) ? 'PROPN' : [...run].sort((a, b) => b.text.length - a.text.length)[0]!.pos;
    out.push({ start: run[0]!.start, end: run.at(-1)!.end, text: word, pos, lemma: word.toLowerCase() });
    i = j;
  }
  return out;
}
