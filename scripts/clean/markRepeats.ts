/**
 * Pass 5 of the classifier: a later verbatim copy of an earlier paragraph, or a paragraph that is
 * one sentence scraped twice, is a scraping artefact.
 */
import { boiler, type Label } from './lineLabel.ts';
import { SENTENCE_END } from './lineShapes.ts';
import type { Line } from './splitLines.ts';

/** Paragraphs shorter than this may legitimately recur ("He declined to comment."). */
const REPEAT_MIN = 40;
/** White space other than one plain space: only such a line needs its spaces made single. */
const MULTI_SPACE = /\s\s|[^\S ]/;
/** A gallery's caption and deck stand among the text's first lines. */
const HEAD_LINES = 4;
/** A paragraph held whole inside such a line is at least this long (shorter ones may be a phrase the line shares). */
const HELD_MIN = 100;

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
    // Most lines have single spaces only: rebuilding them all with replace() was this pass's main cost.
    const key = MULTI_SPACE.test(line.text) ? line.text.replace(/\s+/g, ' ') : line.text;
    if (seen.has(key)) labels[i] = boiler('repeated', 'repeated paragraph');
    else if (repeatsItself(key)) labels[i] = boiler('repeated', 'a summary scraped twice into one paragraph');
    else seen.add(key);
  }
  markHeldParagraphs(lines, labels);
}

/**
 * "A woman waves a flag at a rally. <the story's first paragraph>", and the same again with the date
 * and the photographer: a picture gallery's caption and deck scraped above the story, each holding
 * one of the story's own paragraphs whole. A writer never repeats a whole paragraph inside another;
 * the line that holds one is set aside, the paragraph itself stays.
 */
function markHeldParagraphs(lines: Line[], labels: (Label | null)[]): void {
  const head = Math.min(lines.length, HEAD_LINES);
  for (let i = 0; i < head; i++) {
    const outer = lines[i]!.text;
    if (labels[i] !== null || outer.length < HELD_MIN * 1.2) continue;
    for (let j = 0; j < lines.length; j++) {
      const inner = lines[j]!.text;
      // Cheap tests first: a shorter, unlabelled paragraph, then the search.
      if (j === i || labels[j] !== null || inner.length < HELD_MIN || inner.length >= outer.length || !SENTENCE_END.test(inner)) continue;
      if (outer.includes(inner)) { labels[i] = boiler('repeated', "a picture's caption holding a paragraph of the story"); break; }
    }
  }
}

/** "S. S.": no writer puts one sentence twice in a row; a page's summary was scraped twice. */
function repeatsItself(text: string): boolean {
  if (text.length % 2 === 0) return false;
  const half = (text.length - 1) / 2;
  return half > REPEAT_MIN && text[half] === ' ' && SENTENCE_END.test(text.slice(0, half)) && text.slice(0, half) === text.slice(half + 1);
}
