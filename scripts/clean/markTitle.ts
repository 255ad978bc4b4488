/**
 * Pass 2 of the classifier: the article's title, its first line if it is short and unpunctuated.
 */
import type { Label } from './lineLabel.ts';
import { SENTENCE_END } from './lineShapes.ts';
import { isTitleCaseHeadline } from './lexicon/titleCaseHeadline.ts';
import type { Line } from './splitLines.ts';

/** A headline that asks or exclaims ("Man Wants Allowance, Says You Left Me Broke!", "Why Did I Wake Up There?"): every word capitalised, so not a sentence. */
function isTitleCaseQuestionOrCry(t: string): boolean {
  const m = /^(.*?)[?!]+["'”’]*$/u.exec(t);
  return m !== null && isTitleCaseHeadline(m[1]!);
}

const TITLE_MAX = 160;

/**
 * Only the first line of the article may be a title: short, no sentence-final punctuation (but a
 * title-case headline may end in "?" or "!"), and followed by a blank line or by a longer body line
 * (a short run-on line suggests a list, not a headline).
 */
export function markTitle(lines: Line[], labels: (Label | null)[], at = 0): void {
  const first = lines[at];
  if (!first || labels[at] !== null) return;
  const t = first.text;
  const next = lines[at + 1];
  // A page that prints its first line twice in a row (its title, then its heading) opens on its headline, whatever
  // it ends on ("... headed to prison in L.A."): a story never repeats its first paragraph straight after it.
  // The copy is set aside by markRepeats.ts.
  if (next && next.text === t && t.length < TITLE_MAX && /\p{L}/u.test(t) && !/[:;,]$/.test(t)) {
    labels[at] = { kind: 'title' };
    return;
  }
  if (t.length >= TITLE_MAX || (SENTENCE_END.test(t) && !isTitleCaseQuestionOrCry(t)) || /[:;,]$/.test(t) || !/\p{L}/u.test(t)) return;
  if (!next) return;
  if (next.gapBefore || next.text.length > t.length) labels[at] = { kind: 'title' };
}
