/**
 * Pass 5 of the classifier: a later verbatim copy of an earlier paragraph, or a paragraph that is
 * one sentence scraped twice, is a scraping artefact.
 */
import { boiler, type Label } from './lineLabel.ts';
import { SENTENCE_END } from './lineShapes.ts';
import type { Line } from './splitLines.ts';

/** Paragraphs shorter than this may legitimately recur ("He declined to comment."). */
const REPEAT_MIN = 40;

/**
 * A non-trivial paragraph that appears verbatim earlier in the same text is a scraping
 * artefact (duplicated promo box, pull quote, caption repeated in the body). The first
 * occurrence keeps its own classification.
 */
export function markRepeats(lines: Line[], labels: (Label | null)[]): void {
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.text.length <= REPEAT_MIN) continue;
    const key = line.text.replace(/\s+/g, ' ');
    if (seen.has(key)) labels[i] = boiler('repeated', 'repeated paragraph');
    else if (repeatsItself(key)) labels[i] = boiler('repeated', 'a summary scraped twice into one paragraph');
    else seen.add(key);
  }
}

/** "S. S.": no writer puts one sentence twice in a row; a page's summary was scraped twice. */
function repeatsItself(text: string): boolean {
  if (text.length % 2 === 0) return false;
  const half = (text.length - 1) / 2;
  return half > REPEAT_MIN && text[half] === ' ' && SENTENCE_END.test(text.slice(0, half)) && text.slice(0, half) === text.slice(half + 1);
}
