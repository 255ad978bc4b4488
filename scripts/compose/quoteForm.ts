/** Whether a quote claim is shown as a direct quotation (in quotation marks) or as reported speech. */
import type { Claim } from '../contracts/facts.ts';
import { parseNumberWords } from '../extract/quantities/numberWords.ts';

/**
 * A quote claim is direct when the passage its text comes from is a direct quotation in that
 * source; reported speech, or evidence of unknown form (facts.json from before forms were
 * recorded), is never put in quotation marks: a paraphrase shown as someone's words misleads.
 */
export function isDirectQuote(claim: Claim): boolean {
  const text = claim.text.trim();
  const from = claim.evidence.find((e) => e.quote.includes(text)) ?? claim.evidence[0];
  return from?.form === 'direct';
}

/** Words that open a sentence and read lower-case after "said that" when the sources show nothing either way. */
const OPENERS = new Set('the a an about at after all almost another around as before both each every few fewer he her his if in it its less many more most much nearly no none nothing on only other our over roughly several she since some such that their there these they this those until up we what when where while who you your by for from with during under despite among between against without through because although though once unless whether'.split(' '));

/**
 * Number words read lower-case too ("Three convoys left, the cooperative said" reads "said that
 * three convoys left"), but not before a capitalised word, where they may open a name ("One World ...").
 * The number words are the extractor's (parseNumberWords); scale words alone ("Hundreds") are added.
 */
function isNumberWord(word: string): boolean {
  return parseNumberWords(word) !== undefined || /^(?:hundred|thousand|million|dozen)s?$/.test(word);
}

/**
 * A reported clause as it reads after "X said that": its first word lower-cased unless it is a
 * name, an acronym or "I" ("A fire broke out" -> "a fire broke out"; "NASA will", "I think",
 * "Lind said" keep theirs). `context` is the event's text (its evidence passages): a word the
 * sources write lower-case inside a sentence is a common word, one they capitalise there and
 * never write lower-case is a name. Hand-written: a tagger would need the clause's source sentence
 * again, and the sources' own capitals answer the question more surely than a model's guess.
 */
export function reportedClause(text: string, context = ''): string {
  const first = /^\p{L}[\p{L}'’-]*/u.exec(text)?.[0] ?? '';
  if (!first || !/^\p{Lu}/u.test(first)) return text;
  // "I", "I'm"; "UNESCO", "McAllister": a capital after the first letter marks an acronym or a name.
  if (/^I(?:['’]|$)/u.test(first) || /\p{Lu}/u.test(first.slice(1))) return text;
  const lower = first.toLowerCase();
  const bare = lower.replace(/['’].*$/u, ''); // "That's" is "that" for the list of openers
  // "Chief Executive Ana Lima", "President Tom Reyes": a capitalised run is a title and a name.
  if (!OPENERS.has(bare) && /^\s+\p{Lu}/u.test(text.slice(first.length))) return text;
  const { common: asCommon, name: asName } = writtenCases(context, lower, first);
  const common = asCommon + asName > 0 ? asCommon >= asName : OPENERS.has(bare) || isNumberWord(bare);
  return common ? lower + text.slice(first.length) : text;
}

/** How often the event's passages write a word lower-case, and capitalised after a lower-case word, a figure, a comma or a semicolon. */
function writtenCases(context: string, lower: string, capitalised: string): { common: number; name: number } {
  const index = caseIndexOf(context);
  return { common: index.written.get(lower) ?? 0, name: index.midSentence.get(capitalised) ?? 0 };
}

type CaseIndex = { written: Map<string, number>; midSentence: Map<string, number> };
let lastIndex: { context: string; index: CaseIndex } | undefined;

/**
 * Every word of the passages counted once, as a run of letters, apostrophes and hyphens (so
 * "the-" and "'The" are not "the" / "The"): a reported line is looked up in it instead of
 * scanning the whole event's passages for each line, which made composing an event grow with
 * its claims times its text. The last context is kept: compose passes one context for all of
 * an event's lines.
 */
function caseIndexOf(context: string): CaseIndex {
  if (lastIndex?.context === context) return lastIndex.index;
  const written = new Map<string, number>();
  const midSentence = new Map<string, number>();
  // The passages repeat (one sentence is the evidence of several claims): each line is read once and counted as often as it stands.
  // A word never runs over a line's end, and a line's first word follows no space: counts per line add up to the whole's.
  const lines = new Map<string, number>();
  for (const line of context.split('\n')) lines.set(line, (lines.get(line) ?? 0) + 1);
  for (const [line, times] of lines) {
    // The runs `/[\p{L}'’-]+/gu` finds, read character by character: a match object per word of
    // every passage was most of composing's own time.
    for (let at = 0; at < line.length;) {
      const code = line.codePointAt(at)!;
      if (!isWordCode(code)) {
        at += code > 0xffff ? 2 : 1;
        continue;
      }
      const start = at;
      for (let c = code; at < line.length && isWordCode(c = line.codePointAt(at)!);) at += c > 0xffff ? 2 : 1;
      const word = line.slice(start, at);
      written.set(word, (written.get(word) ?? 0) + times);
      if (start >= 2 && line[start - 1] === ' ' && /[\p{Ll}\p{N},;]/u.test(line[start - 2]!)) midSentence.set(word, (midSentence.get(word) ?? 0) + times);
    }
  }
  const index = { written, midSentence };
  lastIndex = { context, index };
  return index;
}

/** Whether a code point is one of `[\p{L}'’-]`: ASCII by its range, the rest by the pattern itself (remembered). */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45;
  if (code === 0x2019) return true;
  let known = LETTER_CODES.get(code);
  if (known === undefined) LETTER_CODES.set(code, known = LETTER.test(String.fromCodePoint(code)));
  return known;
}
const LETTER = /^\p{L}$/u;
const LETTER_CODES = new Map<number, boolean>();
