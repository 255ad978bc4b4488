/**
 * Boilerplate classification for scraped news articles.
 *
 * The clean stage never edits text: every extracted fact keeps exact character offsets
 * into the original file. So instead of deleting newsletter prompts, captions, teaser
 * lists and so on, we classify whole-line ranges as `title`, `content` or `boilerplate`
 * (with a reason and a short human note shown on the source page).
 *
 * The classifier works in passes over the non-blank lines of the range (splitLines.ts), one
 * module each:
 *   1. line lexicon (matchLine.ts, lexicon/): one line on its own looks like chrome;
 *   2. title (markTitle.ts): only the first line, if it is short and unpunctuated; a standfirst
 *      under it (markStandfirst.ts);
 *   3. sign-up continuation (markSignUpContinuations.ts): promotional lines directly under a
 *      sign-up header; a prompt's buttons ("Yes", "Accept") under the prompt (markPromptButtons.ts);
 *   4. teaser lists (markTeasers.ts): headline-ish lines around strong related-article markers,
 *      and a region at the end of the text made only of such lines (also insetLines.ts and
 *      linksAfterHeader.ts);
 *   5. repeated paragraphs (markRepeats.ts): a later verbatim copy of an earlier paragraph;
 *   6. separator lines (markSeparators.ts) take the reason of the boilerplate they sit in.
 * Everything left is content. Then adjacent lines with the same label merge into blocks.
 *
 * The bias is towards precision: a news sentence wrongly hidden loses a fact, whereas a
 * missed caption only adds a little noise. Hence length caps and "reads as reporting"
 * guards throughout.
 */
import { RELATED_HEADER_NOTE, TEASER_NOTE } from './lexicon/linePattern.ts';
import { isTitleCaseHeadline } from './lexicon/titleCaseHeadline.ts';
import { insetLabels } from './insetLines.ts';
import { linksAfterHeader } from './linksAfterHeader.ts';
import { boiler, isBoiler, type Label } from './lineLabel.ts';
import { markRepeats } from './markRepeats.ts';
import { markSeparators } from './markSeparators.ts';
import { markSignUpContinuations } from './markSignUpContinuations.ts';
import { markPromptButtons } from './markPromptButtons.ts';
import { markTeaserRuns, markTeaserTail } from './markTeasers.ts';
import { markTitle } from './markTitle.ts';
import { markStandfirst } from './markStandfirst.ts';
import { matchLine } from './matchLine.ts';
import { splitCreditRunIns } from './creditRunIn.ts';
import { splitKickerRunIns } from './kickerRunIn.ts';
import { splitSubheadRunIns } from './subheadRunIn.ts';
import { splitParenthesisedAsides } from './parenthesisedAsides.ts';
import { mergeBlocks } from './mergeBlocks.ts';
import { splitLines, type Line } from './splitLines.ts';
import type { Block, BoilerplateReason } from '../contracts/stages.ts';

/**
 * Classify `text.slice(from, to)` into blocks (absolute offsets, ordered, non-overlapping;
 * every non-blank line lies in exactly one block). `markup`: the text was read from a web page,
 * whose reader already set aside its links, so a short line between paragraphs is a subheading.
 */
export function classifyBlocks(text: string, from = 0, to = text.length, setAside: ReadonlyArray<{ start: number; end: number; reason?: BoilerplateReason; note?: string }> = [], options: { markup?: boolean } = {}): Block[] {
  const lines = splitLines(text, Math.max(0, from), Math.min(text.length, to));
  if (lines.length === 0) return [];
  // Lines a page reader already found outside the article (related links, promos on a saved web page).
  // Looked up once per line: the lines' offsets and the set-aside ranges never change below (a search of every range, three times per line, was a tenth of cleaning).
  const asides = lines.map((l) => setAside.find((r) => l.start >= r.start && l.end <= r.end));
  const outside = (i: number): boolean => asides[i] !== undefined;
  const labels: (Label | null)[] = lines.map((l, i) => (outside(i) ? boiler('navigation', 'not part of the article (page layout)') : matchLine(l.text)));
  // The title is the first line of the article itself: page furniture before it ("text size", a menu, an ad slot) does not count.
  const chrome = (i: number): boolean => outside(i) || ['page navigation', 'share buttons', 'advertisement slot'].includes(labels[i]?.note ?? '');
  const titleAt = Math.max(0, lines.findIndex((_, i) => !chrome(i)));
  markTitle(lines, labels, titleAt);
  // A deck or bullet summary under the title, before the story's first paragraph (markStandfirst.ts).
  markStandfirst(lines, labels, titleAt);
  // After the title: a headline further down is a teaser or the headline repeated, never a claim.
  lines.forEach((l, i) => { if (labels[i] === null && isTitleCaseHeadline(l.text)) labels[i] = boiler('related', 'a headline inside the text'); });
  insetLabels(lines, (i) => labels[i] === null, (i) => labels[i]?.note === 'story highlights box', { headlines: !options.markup }).forEach((inset, i) => { if (inset) labels[i] = boiler(inset.reason, inset.note); });
  markSignUpContinuations(lines, labels);
  markPromptButtons(lines, labels);
  markTeaserRuns(lines, labels);
  markTeaserTail(lines, labels);
  const texts = lines.map((l) => l.text);
  for (const k of linksAfterHeader(texts, (i) => labels[i]?.note === RELATED_HEADER_NOTE, (i) => labels[i] === null, (i) => isBoiler(labels[i] ?? null))) labels[k] = boiler('related', TEASER_NOTE);
  markRepeats(lines, labels);
  markSeparators(lines, labels);
  // What the page reader set aside keeps its reason ("hidden on the page"), whatever the text rules above made of it.
  lines.forEach((_, i) => {
    const aside = asides[i];
    if (aside) labels[i] = boiler(aside.reason ?? 'navigation', aside.note ?? 'not part of the article (page layout)');
  });
  // A photo credit run into a paragraph's first words: only the credit is set aside (creditRunIn.ts).
  const split = splitCreditRunIns(text, lines, labels);
  // A section label or headline in capitals run into a paragraph's first words: only the kicker is set aside (kickerRunIn.ts).
  const kicked = splitKickerRunIns(text, split.lines, split.labels);
  // A subheading in ordinary case run into a paragraph's first words: only the heading is set aside (subheadRunIn.ts).
  const headed = splitSubheadRunIns(text, kicked.lines, kicked.labels);
  // Links, pointers and credits in brackets run into a paragraph: only the bracket is set aside (parenthesisedAsides.ts).
  const trimmed = splitParenthesisedAsides(text, headed.lines, headed.labels);
  return mergeBlocks(trimmed.lines, trimmed.labels);
}
