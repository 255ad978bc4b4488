/**
 * Boilerplate classification for scraped news articles.
 *
 * The clean stage never edits text: every extracted fact keeps exact character offsets
 * into the original file. So instead of deleting newsletter prompts, captions, teaser
 * lists and so on, we classify whole-line ranges as `title`, `content` or `boilerplate`
 * (with a reason and a short human note shown on the source page).
 *
 * The classifier works in passes over the non-blank lines of the range:
 *   1. line lexicon (lexicon/linePatterns.ts): one line on its own looks like chrome;
 *   2. title: only the first line, if it is short and unpunctuated;
 *   3. sign-up continuation: promotional lines directly under a sign-up header;
 *   4. teaser lists: headline-ish lines around strong related-article markers, and a
 *      region at the end of the text made only of such lines;
 *   5. repeated paragraphs: a later verbatim copy of an earlier paragraph;
 *   6. separator lines ("-", "•", "___") take the reason of the boilerplate they sit in.
 * Everything left is content. Then adjacent lines with the same label merge into blocks.
 *
 * The bias is towards precision: a news sentence wrongly hidden loses a fact, whereas a
 * missed caption only adds a little noise. Hence length caps and "reads as reporting"
 * guards throughout.
 */
import { LINE_PATTERNS } from './lexicon/linePatterns.ts';
import { RELATED_HEADER_NOTE, TEASER_NOTE } from './lexicon/linePattern.ts';
import { endsWithPhotoCredit } from './lexicon/photoCredit.ts';
import { REPORTING, SAID_OR_TOLD } from './lexicon/reporting.ts';
import { isShareButtons } from './lexicon/shareButtons.ts';
import { isTitleCaseHeadline } from './lexicon/titleCaseHeadline.ts';
import { insetLabels } from './insetLines.ts';
import { linksAfterHeader } from './linksAfterHeader.ts';
import type { Block, BlockKind, BoilerplateReason } from '../contracts/stages.ts';

/** One non-blank line of the range. */
interface Line {
  start: number;
  end: number;
  /** The line without surrounding whitespace (and zero-width characters). */
  text: string;
  /** A blank line separates this line from the previous non-blank line (or it is the first). */
  gapBefore: boolean;
}

interface Label {
  kind: BlockKind;
  reason?: BoilerplateReason;
  note?: string;
}

const TITLE_MAX = 160;
/** Paragraphs shorter than this may legitimately recur ("He declined to comment."). */
const REPEAT_MIN = 40;
/** Teaser headlines and decks are short; longer lines are body text. */
const HEADLINE_MAX = 200;
const PROMO_MAX = 250;


/** Whitespace plus zero-width characters that scrapers leave on otherwise empty lines. */
const EDGE_SPACE = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;
/** A line made only of rule/bullet characters: "-", "•", "* * *", "___", "———". */
const SEPARATOR = /^[-–—•·*_=~+|#■□▪●◦.…\s]{1,80}$/;
/** "... babies born with Zika in the U.S." ends in an abbreviation, not a full stop. */
const TRAILING_ABBREVIATION = /\b(?:\p{Lu}\.){2,}$/u;
/** Sentence-final punctuation, optionally followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;
/** Ends like speech or a statement: "." or "!" (optionally quoted), or "?" inside a quote. */
const PROSE_END = /(?:[.!…]["'”’»)\]]*|\?["'”’»]+)$/;

/**
 * Classify `text.slice(from, to)` into blocks (absolute offsets, ordered, non-overlapping;
 * every non-blank line lies in exactly one block). `markup`: the text was read from a web page,
 * whose reader already set aside its links, so a short line between paragraphs is a subheading.
 */
export function classifyBlocks(text: string, from = 0, to = text.length, setAside: ReadonlyArray<{ start: number; end: number; reason?: BoilerplateReason; note?: string }> = [], options: { markup?: boolean } = {}): Block[] {
  const lines = splitLines(text, Math.max(0, from), Math.min(text.length, to));
  if (lines.length === 0) return [];
  // Lines a page reader already found outside the article (related links, promos on a saved web page).
  const asideOf = (l: Line) => setAside.find((r) => l.start >= r.start && l.end <= r.end);
  const outside = (l: Line): boolean => asideOf(l) !== undefined;
  const labels: (Label | null)[] = lines.map((l) => (outside(l) ? boiler('navigation', 'not part of the article (page layout)') : matchLine(l.text)));
  // The title is the first line of the article itself: page furniture before it ("text size", a menu, an ad slot) does not count.
  const chrome = (i: number): boolean => outside(lines[i]!) || ['page navigation', 'share buttons', 'advertisement slot'].includes(labels[i]?.note ?? '');
  markTitle(lines, labels, Math.max(0, lines.findIndex((_, i) => !chrome(i))));
  // After the title: a headline further down is a teaser or the headline repeated, never a claim.
  lines.forEach((l, i) => { if (labels[i] === null && isTitleCaseHeadline(l.text)) labels[i] = boiler('related', 'a headline inside the text'); });
  insetLabels(lines, (i) => labels[i] === null, (i) => labels[i]?.note === 'story highlights box', { headlines: !options.markup }).forEach((inset, i) => { if (inset) labels[i] = boiler(inset.reason, inset.note); });
  markSignUpContinuations(lines, labels);
  markTeaserRuns(lines, labels);
  markTeaserTail(lines, labels);
  const texts = lines.map((l) => l.text);
  for (const k of linksAfterHeader(texts, (i) => labels[i]?.note === RELATED_HEADER_NOTE, (i) => labels[i] === null, (i) => isBoiler(labels[i] ?? null))) labels[k] = boiler('related', TEASER_NOTE);
  markRepeats(lines, labels);
  markSeparators(lines, labels);
  // What the page reader set aside keeps its reason ("hidden on the page"), whatever the text rules above made of it.
  lines.forEach((l, i) => {
    const aside = asideOf(l);
    if (aside) labels[i] = boiler(aside.reason ?? 'navigation', aside.note ?? 'not part of the article (page layout)');
  });
  return mergeBlocks(lines, labels);
}

/** Non-blank lines of [from, to) with offsets that exclude surrounding whitespace-only edges of the range. */
function splitLines(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let gap = true;
  let pos = from;
  while (pos <= to) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > to) nl = to;
    let end = nl;
    if (end > pos && text.charCodeAt(end - 1) === 13) end--; // CRLF: the \r belongs to the newline
    const raw = text.slice(pos, end);
    const trimmed = raw.replace(EDGE_SPACE, '');
    if (trimmed === '') gap = true;
    else {
      out.push({ start: pos, end, text: trimmed, gapBefore: gap });
      gap = false;
    }
    if (nl >= to) break;
    pos = nl + 1;
  }
  return out;
}

/** First lexicon pattern matching one line on its own, or null. */
function matchLine(line: string): Label | null {
  const len = line.length;
  for (const p of LINE_PATTERNS) {
    if (len > p.maxLen) continue;
    if (!p.re.test(line)) continue;
    if (p.also && !p.also.test(line)) continue;
    if (p.unless && p.unless.test(line)) continue;
    return boiler(p.reason, p.note);
  }
  if (isShareButtons(line)) return boiler(/comment/i.test(line) && !/share|tweet|mail|print/i.test(line) ? 'navigation' : 'share', 'share buttons');
  if (len <= 800 && endsWithPhotoCredit(line)) return boiler('caption', 'photo caption');
  return null;
}

function boiler(reason: BoilerplateReason, note: string): Label {
  return { kind: 'boilerplate', reason, note };
}

const isBoiler = (l: Label | null): boolean => l !== null && l.kind === 'boilerplate';
const isSeparator = (s: string): boolean => SEPARATOR.test(s);

/**
 * A line shaped like a headline or teaser deck: short, has letters, not a finished
 * statement, no reporting verb. Question headlines are allowed; quoted questions are not.
 */
function isHeadlineish(s: string): boolean {
  if (s.length > HEADLINE_MAX || !/\p{L}{2}/u.test(s) || /:$/.test(s) || SAID_OR_TOLD.test(s)) return false;
  return !PROSE_END.test(s.replace(TRAILING_ABBREVIATION, ''));
}

/**
 * Only the first line of the article may be a title: short, no sentence-final punctuation, and followed
 * by a blank line or by a longer body line (a short run-on line suggests a list, not a headline).
 */
function markTitle(lines: Line[], labels: (Label | null)[], at = 0): void {
  const first = lines[at];
  if (!first || labels[at] !== null) return;
  const t = first.text;
  if (t.length >= TITLE_MAX || SENTENCE_END.test(t) || /[:;,]$/.test(t) || !/\p{L}/u.test(t)) return;
  const next = lines[at + 1];
  if (!next) return;
  if (next.gapBefore || next.text.length > t.length) labels[at] = { kind: 'title' };
}

/** Promotional copy: second person, imperative openers or marketing vocabulary. */
const PROMO = /\b(?:you|your|yours)\b|^(?:Get|Escape|Stay|Start|Join|Enjoy|Try|Sign|Subscribe|Receive|Discover|Unlock|Read|Never|Don['’]t)\b|\b(?:free|daily|weekly|newsletters?|inbox|briefing|delivered|digest|exclusive|offers?|trial|unlimited|subscribers?|subscription|best|top stories|biggest|every (?:morning|day|weekday|week))\b/i;
const QUOTES = /["“”]/;

/**
 * Lines directly under a sign-up header (no blank line between) that read as promotion
 * ("Escape your echo chamber. Get the facts ...") belong to the sign-up block. A news
 * sentence that follows without a blank line stays content: it has reporting verbs or
 * quotes, lacks promotional vocabulary, or is long.
 */
function markSignUpContinuations(lines: Line[], labels: (Label | null)[]): void {
  for (let i = 0; i < lines.length; i++) {
    if (labels[i]?.reason !== 'sign-up') continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j];
      if (!line || line.gapBefore) break;
      const lab = labels[j];
      if (lab !== null && lab !== undefined) {
        if (lab.reason === 'sign-up') continue;
        break;
      }
      const t = line.text;
      if (t.length > PROMO_MAX || REPORTING.test(t) || QUOTES.test(t) || !PROMO.test(t)) break;
      labels[j] = boiler('sign-up', 'promotional text of a sign-up prompt');
      i = j;
    }
    // "Looking for news you can trust?" above "Subscribe to our free newsletters.": the prompt's lead-in question.
    const before = lines[i - 1];
    if (before && labels[i - 1] === null && isPromoLeadIn(before.text)) labels[i - 1] = boiler('sign-up', 'lead-in of a sign-up prompt');
  }
}

/** A short question or exclamation in the reader's terms ("Want more stories like this?"), not reporting nor a quotation. */
function isPromoLeadIn(t: string): boolean {
  return t.length <= 80 && /[?!]$/.test(t) && PROMO.test(t) && !REPORTING.test(t) && !QUOTES.test(t);
}

/** A line that on its own points to other articles (header, inline link, "By X Published"). */
function isRelatedMarker(l: Label | null): boolean {
  return l !== null && l.reason === 'related';
}

/** Lines a teaser list may contain: separators, headline-ish lines, other boilerplate. */
function isTeaserish(line: Line, lab: Label | null): boolean {
  if (lab !== null) return lab.kind === 'boilerplate';
  return isSeparator(line.text) || isHeadlineish(line.text);
}

/**
 * Teaser lists around strong markers: a related header, "By X, Outlet Published", or a
 * standalone separator line that has a second one in the same run. From each marker we
 * extend forward (and, for byline/separator markers, backward: the teaser headline sits
 * above its byline) over teaser-ish lines; the unlabeled ones become 'related'.
 */
function markTeaserRuns(lines: Line[], labels: (Label | null)[]): void {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const lab = labels[i] ?? null;
    if (!line) break;
    const header = lab?.note === RELATED_HEADER_NOTE;
    const byline = lab?.note === TEASER_NOTE;
    const sep = lab === null && isSeparator(line.text) && hasSeparatorNearby(lines, labels, i);
    if (!header && !byline && !sep) { i++; continue; }
    let end = i;
    while (end + 1 < lines.length) {
      const nl = lines[end + 1];
      if (!nl || !isTeaserish(nl, labels[end + 1] ?? null)) break;
      end++;
    }
    let start = i;
    if (!header) {
      while (start - 1 >= 0) {
        const pl = lines[start - 1];
        const plab = labels[start - 1] ?? null;
        if (!pl || plab !== null || !isTeaserish(pl, plab)) break;
        start--;
      }
    }
    for (let k = start; k <= end; k++) {
      if (labels[k] === null) labels[k] = boiler('related', TEASER_NOTE);
    }
    i = end + 1;
  }
}

/** True when another standalone separator lies within the next or previous few teaser-ish lines. */
function hasSeparatorNearby(lines: Line[], labels: (Label | null)[], i: number): boolean {
  for (const dir of [1, -1]) {
    for (let k = i + dir, steps = 0; k >= 0 && k < lines.length && steps < 6; k += dir, steps++) {
      const l = lines[k];
      if (!l) break;
      const lab = labels[k] ?? null;
      if (lab === null && isSeparator(l.text)) return true;
      if (lab?.note === TEASER_NOTE) return true;
      if (!isTeaserish(l, lab)) break;
    }
  }
  return false;
}

/**
 * A region at the end of the text made only of teaser-ish lines (short non-sentences,
 * separators, other boilerplate) is a teaser list as a whole, provided it contains some
 * related-article marker; the marker requirement keeps a final subheading or data list
 * of a genuine article as content.
 */
function markTeaserTail(lines: Line[], labels: (Label | null)[]): void {
  let start = lines.length;
  let markers = 0;
  let separators = 0;
  while (start - 1 > 0) {
    const l = lines[start - 1];
    const lab = labels[start - 1] ?? null;
    if (!l || !isTeaserish(l, lab)) break;
    if (isRelatedMarker(lab)) markers++;
    if (lab === null && isSeparator(l.text)) separators++;
    start--;
  }
  if (markers === 0 && separators < 2) return;
  for (let k = start; k < lines.length; k++) {
    if (labels[k] === null) labels[k] = boiler('related', TEASER_NOTE);
  }
}

/**
 * A non-trivial paragraph that appears verbatim earlier in the same text is a scraping
 * artefact (duplicated promo box, pull quote, caption repeated in the body). The first
 * occurrence keeps its own classification.
 */
function markRepeats(lines: Line[], labels: (Label | null)[]): void {
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

/**
 * Separator lines left over take the reason of the boilerplate directly after them (a rule
 * above a credit line), else directly before; a lone rule between paragraphs is layout.
 */
function markSeparators(lines: Line[], labels: (Label | null)[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || labels[i] !== null || !isSeparator(line.text)) continue;
    const next = labels[i + 1] ?? null;
    const prev = labels[i - 1] ?? null;
    const near = isBoiler(next) ? next : isBoiler(prev) ? prev : null;
    labels[i] = near ? { ...near } : boiler('navigation', 'separator line');
  }
}

/** Adjacent lines (no blank between) with the same kind and reason form one block; the first line's note names it. */
function mergeBlocks(lines: Line[], labels: (Label | null)[]): Block[] {
  const blocks: Block[] = [];
  let last: Block | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const lab = labels[i] ?? { kind: 'content' as const };
    if (last && !line.gapBefore && last.kind === lab.kind && last.reason === lab.reason && lab.kind !== 'title') {
      last.end = line.end;
      continue;
    }
    last = { start: line.start, end: line.end, kind: lab.kind };
    if (lab.kind === 'boilerplate') {
      last.reason = lab.reason;
      last.note = lab.note;
    }
    blocks.push(last);
  }
  return blocks;
}
