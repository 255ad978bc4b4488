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
 * on one line, since a stray straight quote would otherwise swallow paragraphs. A straight pair
 * may close AP style, with two single marks ("We are ready,'' she said).
 */
export const QUOTE_PAIRS = /“([^”“]+)”|[“"]((?:(?!'')[^"“”\n])+)(?:["”]|'')|«([^»]+)»/g;

/**
 * Inner spans (absolute) of quotations of at least MIN_QUOTE_WORDS words in view[from, to).
 * A quotation left open at the paragraph's end, as English does when it runs on, counts too.
 */
export function quotationSpans(view: string, from: number, to: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let pairedTo = from;
  for (const m of view.slice(from, to).matchAll(QUOTE_PAIRS)) {
    pairedTo = from + m.index + m[0].length;
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) continue;
    const start = from + m.index + 1;
    spans.push({ start, end: start + inner.length });
  }
  const open = runOnQuotation(view, pairedTo, to);
  if (open) spans.push(open);
  return spans;
}

/**
 * A quotation that goes on into the next paragraph: English leaves the closing mark off a paragraph
 * whose quotation continues and opens the next paragraph with a mark again
 * ('He said: "We will rebuild.\n\n"It will take years."'). So an opening mark after the last pair,
 * with no mark after it, runs to the paragraph's end when the next paragraph opens with a mark;
 * without that sign it is a stray mark, left alone.
 */
function runOnQuotation(view: string, from: number, to: number): { start: number; end: number } | undefined {
  const rest = view.slice(from, to);
  // A straight mark opens only after a space, a bracket, a dash or a colon and before a word
  // ('War," he said' closes one); AP style closes with two single marks ('narcissist,'' she said').
  const mark = /“|(?<=^|[\s(—–:-])"(?=\S)/.exec(rest);
  if (!mark || /[“”"]|''/.test(rest.slice(mark.index + 1))) return undefined;
  if (!/^\s*\n\s*[“"]/.test(view.slice(to, to + 20))) return undefined;
  const start = from + mark.index + 1;
  const inner = view.slice(start, to).replace(/\s+$/, '');
  if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) return undefined;
  return { start, end: start + inner.length };
}
