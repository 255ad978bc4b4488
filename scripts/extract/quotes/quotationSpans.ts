/**
 * Where the direct quotations of a paragraph are: the text between a pair of quotation marks, when
 * it is long enough to be speech; a short quoted term ("destructive", "non-paper") is a scare quote.
 * (quotedSpeech.ts answers another question, whether a quotation is open at an offset, for figures
 * in a speaker's own words.)
 */

/** Shortest quotation that counts as speech rather than a quoted term. */
const MIN_QUOTE_WORDS = 4;
/**
 * Curly pairs may run over lines; a straight or mixed pair ("...” — copy-editing slips) stays
 * on one line, since a stray straight quote would otherwise swallow paragraphs.
 */
export const QUOTE_PAIRS = /“([^”“]+)”|[“"]([^"“”\n]+)["”]|«([^»]+)»/g;

/** Inner spans (absolute) of quotations of at least MIN_QUOTE_WORDS words in view[from, to). */
export function quotationSpans(view: string, from: number, to: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const m of view.slice(from, to).matchAll(QUOTE_PAIRS)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    const start = from + m.index + 1;
    spans.push({ start, end: start + inner.length });
  }
  return spans;
}
