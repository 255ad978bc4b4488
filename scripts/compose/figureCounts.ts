/**
 * What a figure counts, said in words even when the extractor kept none: a share or a bare
 * figure takes the words that follow it in its sentence ("a 117 percent higher risk of heart
 * attack" -> "higher risk of heart attack"), so "The numbers" never shows a figure alone.
 */
import type { Claim } from '../contracts/facts.ts';
import { countedNoun, formatNumber } from './format.ts';
import { maskInitialismStops } from '../text/initialisms.ts';

/** Past this many words the phrase is a clause, not a name for what is counted. */
const MAX_WORDS = 7;
/** Where a counted phrase ends: punctuation, a conjunction or a verb-like turn of the sentence. */
const PHRASE_END = /[,;:.!?()"“”]|\s(?:and|or|but|while|which|that|who|than|compared|after|before|when|as|was|were|is|are|had|has|have)\s/i;

/** Where what a measure is of ends: where a counted phrase does, or at a verb or a preposition ("3 feet of snow | on the town"). */
const MATERIAL_END = new RegExp(`${PHRASE_END.source}|\\s(?:will|would|could|can|may|might|should|must|did|does|do|on|in|at|to|from|by|for|with|into|onto|over|under|near|across|along|around|since|during|per)\\s`, 'i');

/** First words after a share that turn to a time, a movement or a comparison ("since", "to", "in"). */
const NOT_A_NOUN = /^(?:since|in|on|at|to|from|by|for|over|under|last|this|next|after|before|between|during|through|until|compared|against|year|month|week|annually|each|every|a|an|the)$/i;

/**
 * The words that say what the claim's figure counts: the extractor's noun ("300 passengers"), else
 * the unit a reader reads ("15 hours"), else, for a share ("45%"), the words after the figure in
 * the sentence; '' when the sentence gives none.
 */
export function whatItCounts(c: Claim): string {
  const q = c.quantity!;
  const noun = countedNoun(q);
  if (q.unit === '%') return noun || afterShare(c.text, q.value);
  return withMaterial(c, noun);
}

/**
 * A measure with what it is of, as the sentence says it: "1,200 tonnes of grain" -> "t of grain",
 * "3 feet of snow" -> "ft of snow". Only for a figure with no counted thing of its own, written in
 * digits; not "within 20 km of the capital" (a distance from it), not a time or a second figure after "of".
 */
export function withMaterial(c: Claim, noun: string): string {
  const q = c.quantity!;
  // Most figures' sentences have no "of" at all: no pattern to build for them (this runs for every figure of every chart's data).
  if (q.counts || !noun || q.low !== undefined || !c.text.includes('of')) return noun;
  const at = materialAt(c.text, formatNumber(q.value));
  if (!at || /\bwithin\s+(?:\S+\s+){0,2}$/i.test(c.text.slice(0, at.index))) return noun;
  const rest = ` ${c.text.slice(at.end)} `;
  // "of U.S. grain": an initialism's stops end no phrase.
  const end = MATERIAL_END.exec(maskInitialismStops(rest));
  const words = rest.slice(0, end ? end.index : undefined).trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 4 || NOT_A_NOUN.test(words[0]!) && !/^(?:the|a|an)$/i.test(words[0]!) || words.some((w) => /\d/.test(w))) return noun;
  return `${noun} of ${words.join(' ')}`;
}

/** What follows a figure before what it measures is of: one or two words, then "of" ("tonnes of ", "feet of "). */
const UNIT_THEN_OF = /[\s-]*(?:[\p{L}.]+\s+){1,2}?of\s+/uy;

/**
 * Where "1,200 tonnes of ", "3 feet of " stands in the sentence: the figure as written (not inside
 * a longer number), then UNIT_THEN_OF; the first such place, from the figure's start to the end of
 * "of ". The figure is found as plain text and one pattern is tried after it: a pattern made for
 * each figure (as this was) cost a compilation of its letter class per figure, most of what
 * composing the numbers cost.
 */
function materialAt(text: string, figure: string): { index: number; end: number } | undefined {
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    const after = at + figure.length;
    if ((at > 0 && /[\d.,]/.test(text[at - 1]!)) || /\d/.test(text[after] ?? '')) continue;
    UNIT_THEN_OF.lastIndex = after;
    const unit = UNIT_THEN_OF.exec(text);
    if (unit) return { index: at, end: after + unit[0].length };
  }
  return undefined;
}

/** The phrase after "117 percent" / "117%" / "117 per cent" in the sentence, at most MAX_WORDS words. */
function afterShare(text: string, value: number): string {
  const digits = String(value).replace('.', '\\.');
  const at = new RegExp(`(?<![\\d.,])${digits}\\s*(?:%|percent\\b|per cent\\b)`, 'i').exec(text);
  if (!at) return '';
  const rest = ` ${text.slice(at.index + at[0].length)} `;
  // "7 percent of U.S. electricity" is not "7 percent of U": an initialism's stops end no phrase.
  const end = PHRASE_END.exec(maskInitialismStops(rest));
  const words = rest.slice(0, end ? end.index : undefined).trim().split(/\s+/).filter(Boolean);
  if (!words.length || words.length > MAX_WORDS) return '';
  // "rose 12% since March", "fell 5% to ...": a time or a movement, not what the share is of.
  if (NOT_A_NOUN.test(words[0]!)) return '';
  return words.join(' ');
}
