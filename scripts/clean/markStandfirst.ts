/**
 * The standfirst under a headline: one to five short lines in sentence case with no full stop
 * between the title and the story's first paragraph ("Friend of the star waved a replica pistol",
 * "Police expected to question her"). A deck or a bullet summary is written like a headline, not
 * like prose, and repeats what the story goes on to tell; read as the story, it becomes a claim
 * with half a sentence for its evidence. Only directly under the title, only lines shaped like a
 * headline (isHeadlineish: no full stop, no "said"), each of four words at least and not a list's
 * item, and only where a finished sentence of the story follows the run (after any byline,
 * credit or rule between them): a story whose first paragraph lost its full stop has no
 * finished paragraph right after it being read as the body.
 */
import { boiler, type Label } from './lineLabel.ts';
import { isHeadlineish, isSeparator, SENTENCE_END } from './lineShapes.ts';
import type { Line } from './splitLines.ts';

const MAX_LINES = 5;
const MIN_WORDS = 4;
const MIN_CHARS = 25;
/** The story's paragraph after the standfirst: a finished sentence of at least this length. */
const BODY_MIN = 60;
/** A list's item ("1. The vote", "Step 2", "- The ferry") or a quotation is no deck line. */
const NOT_A_DECK = /^(?:[\d*•-]|Step\b)|["“”]/u;
/** Lines the lexicon set aside between a standfirst and the story: a byline, a date, a credit, a rule. */
const BETWEEN = new Set(['credit', 'navigation', 'share', 'caption']);

/** Label each line of the standfirst under the title at `titleAt`, if it has one. */
export function markStandfirst(lines: Line[], labels: (Label | null)[], titleAt: number): void {
  if (labels[titleAt]?.kind !== 'title') return;
  const run: number[] = [];
  let j = titleAt + 1;
  for (; j < lines.length && run.length <= MAX_LINES; j++) {
    const t = lines[j]!.text;
    if (labels[j] !== null || !isDeckLine(t)) break;
    run.push(j);
  }
  if (run.length === 0 || run.length > MAX_LINES) return;
  // Past a byline or a credit, the story's first paragraph must follow, a finished sentence.
  while (j < lines.length && ((labels[j] !== null && labels[j]!.kind === 'boilerplate' && BETWEEN.has(labels[j]!.reason ?? '')) || (labels[j] === null && isSeparator(lines[j]!.text)))) j++;
  const body = lines[j];
  if (!body || labels[j] !== null || body.text.length < BODY_MIN || !SENTENCE_END.test(body.text)) return;
  for (const k of run) labels[k] = boiler('navigation', 'the standfirst under the headline');
}

function isDeckLine(t: string): boolean {
  return t.length >= MIN_CHARS && t.split(/\s+/).length >= MIN_WORDS && isHeadlineish(t) && !SENTENCE_END.test(t) && !/[:;,]$/.test(t) && !NOT_A_DECK.test(t);
}
