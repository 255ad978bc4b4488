/**
 * Pass 2 of the classifier: the article's title, its first line if it is short and unpunctuated.
 */
import type { Label } from './lineLabel.ts';
import { SENTENCE_END } from './lineShapes.ts';
import type { Line } from './splitLines.ts';

const TITLE_MAX = 160;

/**
 * Only the first line of the article may be a title: short, no sentence-final punctuation, and followed
 * by a blank line or by a longer body line (a short run-on line suggests a list, not a headline).
 */
export function markTitle(lines: Line[], labels: (Label | null)[], at = 0): void {
  const first = lines[at];
  if (!first || labels[at] !== null) return;
  const t = first.text;
  if (t.length >= TITLE_MAX || SENTENCE_END.test(t) || /[:;,]$/.test(t) || !/\p{L}/u.test(t)) return;
  const next = lines[at + 1];
  if (!next) return;
  if (next.gapBefore || next.text.length > t.length) labels[at] = { kind: 'title' };
}
