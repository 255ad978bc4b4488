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
 * Words that make the quotation after them a name, not speech: "also known as (the) “The Safe Harbor
 * Rule”", "a memo titled “...”", "dubbed “...”", "the so-called “...”"; and a work's title right
 * after the word for the work (WORK_BEFORE). Not a bare "called" or
 * "named": "she called the ruling “a disgrace to this city”" quotes her.
 */
const NAMING_BEFORE = /(?<![\p{L}-])(?:known\s+as|(?:dubbed|nicknamed)(?:\s+(?:him|her|it|them|himself|herself|itself|themselves))?|titled|entitled|so-called|(?:also|is|was|are|were|be|been|being)\s+called|(?:also|is|was)\s+named)(?:\s+(?:the|a|an))?\s*$/iu;
/** The word for a work or a slogan right before its name: "his book “...”", "the film, “...”". */
const WORK_BEFORE = /(?<![\p{L}-])(?:book|novel|memoir|film|movie|documentary|song|album|episode|series|poem|essay|headline|hashtag|slogan|motto|show|program|programme|podcast|column|newsletter),?\s*$/iu;
/**
 * A possessive right before the quotation: "said on Harbour Radio's “Morning at the Port.”" names
 * the station's programme. Speech is rarely written in title case, so with title case the
 * quotation is read as the name of a work, a show or a slogan that belongs to the one before it.
 */
const POSSESSIVE_BEFORE = /\p{L}['’]s?\s*$/u;

/**
 * Whether quoted words are written as a title: every word of four letters or more capitalised ("How
 * I Killed Pluto and Why It Had It Coming"). After "the film," speech goes on in its own case
 * ("says a director on the film, “even if it was for something else”").
 */
function isTitleCase(words: string): boolean {
  const long = words.match(/\p{L}{4,}/gu) ?? [];
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Between two items of a list: a comma, "and" or "or". */
const LIST_GAP = /^\s*(?:,|,?\s+(?:and|or))\s*$/;

/**
 * Whether quotation `i` is an item of a list of quotations ("“I Was a Teenage Ghost,” “The Tide,” and
 * “Sea Woman”"): titles listed, which title case then shows are names, not speech.
 */
function isListed(view: string, from: number, pairs: RegExpExecArray[] | RegExpMatchArray[], i: number): boolean {
  const gap = (a: RegExpMatchArray, b: RegExpMatchArray) => view.slice(from + a.index! + a[0].length, from + b.index!);
  const prev = pairs[i - 1];
  const next = pairs[i + 1];
  // A comma inside the closing mark ("“The Tide,” “Sea Woman”") leaves the gap a space.
  const listedAfter = (a: RegExpMatchArray, b: RegExpMatchArray) => LIST_GAP.test(gap(a, b)) || (/,$/.test(a[1] ?? a[2] ?? '') && /^\s+$/.test(gap(a, b)));
  return (!!prev && listedAfter(prev, pairs[i]!)) || (!!next && listedAfter(pairs[i]!, next));
}

/**
 * Inner spans (absolute) of quotations of at least MIN_QUOTE_WORDS words in view[from, to).
 * A quotation left open at the paragraph's end, as English does when it runs on, counts too.
 */
export function quotationSpans(view: string, from: number, to: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let pairedTo = from;
  const pairs = [...view.slice(from, to).matchAll(QUOTE_PAIRS)];
  pairs.forEach((m, i) => {
    pairedTo = from + m.index + m[0].length;
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    if (inner.trim().split(/\s+/).length < MIN_QUOTE_WORDS) return;
    const before = view.slice(Math.max(from, from + m.index - 30), from + m.index);
    if (NAMING_BEFORE.test(before) || ((WORK_BEFORE.test(before) || POSSESSIVE_BEFORE.test(before)) && isTitleCase(inner))) return;
    if (isTitleCase(inner) && (/\(\s*$/.test(before) || isListed(view, from, pairs, i))) return;
    const start = from + m.index + 1;
    spans.push({ start, end: start + inner.length });
  });
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
