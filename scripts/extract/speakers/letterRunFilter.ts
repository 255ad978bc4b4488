/**
 * Which words may stand whole in a text, answered from one pass over it: a Bloom filter of the
 * text's runs of letters (the runs `/\p{L}+/gu` finds). "No" is certain; "maybe" is to be checked
 * in the text. Hand-written because the Set of every run that it replaces cost a string hash and an
 * insertion per word of the event (a fifth of collecting names), where this loop reads each
 * character once and keeps a bit array; no kept library builds a filter over a text's words.
 */

/** Bits per character of the text (about five per word), two bits set per run: few false "maybe"s. */
const BITS_PER_CHAR = 2;
const MIN_BITS = 1 << 12;

/** A test of whether `word` (letters only) may be one of the text's runs of letters. */
export function letterRunFilter(text: string): (word: string) => boolean {
  let size = MIN_BITS;
  while (size < text.length * BITS_PER_CHAR) size *= 2;
  const mask = size - 1;
  const bits = new Uint32Array(size >>> 5);
  const set = (hash: number): void => {
    const a = mix(hash) & mask;
    const b = mix(hash ^ SECOND) & mask;
    bits[a >>> 5]! |= 1 << (a & 31);
    bits[b >>> 5]! |= 1 << (b & 31);
  };
  let hash = FNV_OFFSET;
  let inRun = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const units = code > 0xffff ? 2 : 1;
    if (isLetter(code)) {
      if (!inRun) hash = FNV_OFFSET;
      inRun = true;
      for (let u = 0; u < units; u++) hash = Math.imul(hash ^ text.charCodeAt(i + u), FNV_PRIME);
    } else if (inRun) {
      set(hash);
      inRun = false;
    }
    i += units;
  }
  if (inRun) set(hash);
  return (word) => {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    const a = mix(h) & mask;
    const b = mix(h ^ SECOND) & mask;
    return (bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  };
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
const SECOND = 0x9e3779b9 | 0;

/** MurmurHash3's finaliser: FNV's low bits alone are alike for alike words, and the bits are picked from them. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Whether a code point is a letter as `\p{L}` reads it: ASCII by its range, the rest by the pattern itself (remembered). */
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = OTHER_LETTERS.get(code);
  if (known === undefined) OTHER_LETTERS.set(code, known = LETTER.test(String.fromCodePoint(code)));
  return known;
}
const LETTER = /^\p{L}$/u;
const OTHER_LETTERS = new Map<number, boolean>();
