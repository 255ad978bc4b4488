/**
 * The source's own words around a figure that counts nothing by name: a duration, a sum, a share.
 * "4 years" alone names no fact; "four years ago" and "four years in prison" do. A chart row for
 * such a figure is labelled with the words that stand with it in its claim's sentence, found by
 * reading the sentence's numbers again (the claim keeps the sentence, not the figure's offsets).
 * Hand-written: a few lines of clause arithmetic over the extractor's own number finder.
 */
import type { Claim } from '../contracts/facts.ts';
import { findNumbers } from '../extract/quantities/numbers.ts';
import { dangles } from './danglingWords.ts';
import { maskInitialismStops } from '../text/initialisms.ts';

/** Where a figure's clause ends: its punctuation, a quotation mark, a dash. */
const CLAUSE_END = /[,;:.!?()[\]"“”—–]|\s-\s/u;
/** Words kept before the figure when none follow it in its clause. */
const WORDS_BEFORE = 4;

/**
 * The words of the claim's sentence that stand with its figure ("four years ago", "$505 billion
 * with China"), or undefined when the figure counts a named thing, or when the sentence does not
 * show it exactly once (two figures of the same value: which one is the claim's is not known).
 */
export function measureWords(claim: Claim): string | undefined {
  const q = claim.quantity;
  if (!q || q.counts) return undefined;
  const text = claim.text;
  const numbers = findNumbers(text);
  const same = numbers.filter((m) => m.value === q.value && m.low === q.low && m.high === q.high);
  // A count ("99 rockets", "30 people") is named by its noun already.
  if (same.length !== 1 || same[0]!.kind === 'count') return undefined;
  const figure = same[0]!;
  // The words stop at the next figure and start after the one before: "weighs 75 pounds", never "8 inches tall and weighs 75 pounds".
  const at = numbers.indexOf(figure);
  const after = text.slice(figure.end, numbers[at + 1]?.start ?? text.length);
  // "generated in the U.S. in March": an initialism's stops end no clause.
  const stop = maskInitialismStops(after).search(CLAUSE_END);
  const clause = words(stop < 0 ? after : after.slice(0, stop));
  // The clause whole: a chart cuts it to its room (chartLabel), the data table shows it all. A
  // clause broken off by the next figure ("25 percent tariffs on $34 billion") ends before its last
  // word that needs what follows, and says so: "25 percent tariffs…". The label is the sentence's
  // own characters from the figure to its last kept word, so "six weeks’ work" keeps its apostrophe.
  if (clause.length > 0) {
    const kept = [...clause];
    while (kept.length > 0 && dangles(kept.at(-1)!.word)) kept.pop();
    const end = kept.length > 0 ? figure.end + kept.at(-1)!.end : figure.end;
    return `${spaced(text.slice(figure.start, end))}${kept.length < clause.length ? '…' : ''}`;
  }
  // Nothing after the figure in its clause ("the strike lasted four years."): the words before it.
  const before = text.slice(numbers[at - 1]?.end ?? 0, figure.start);
  const open = Math.max(...[...maskInitialismStops(before).matchAll(new RegExp(CLAUSE_END, 'gu'))].map((m) => m.index + m[0].length), 0);
  const preceding = words(before.slice(open)).slice(-WORDS_BEFORE);
  if (preceding.length === 0) return undefined;
  const from = figure.start - before.length + open + preceding[0]!.start;
  return spaced(text.slice(from, figure.end));
}

/** The words of a piece of text with where each ends, relative to the text's start. */
function words(text: string): Array<{ word: string; start: number; end: number }> {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** A label on one line: the sentence's line breaks and runs of spaces as single spaces. */
function spaced(text: string): string {
  return text.trim().replace(/\s+/gu, ' ');
}
