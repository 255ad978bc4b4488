/**
 * Lines set into an article's text that only their place shows to be no part of the story: a
 * teaser headline of another article between two paragraphs ("Former anchor says actor assaulted
 * her son"), a pull quote repeated with its speaker's credit, and the bullets of a "Story
 * highlights" box. Each rule looks at the neighbours as well as the line, so a subheading or a
 * list of the story's own stays content unless it has the shape of all three signs.
 */
import { SENTENCE_END } from './lineShapes.ts';

/** The parts of a line these passes read (the classifier's own line type has more). */
export interface InsetLine {
  text: string;
  /** A blank line separates it from the line before. */
  gapBefore: boolean;
}

/** What a pass proposes for an unlabelled line. */
export interface InsetLabel {
  reason: 'related' | 'repeated' | 'navigation' | 'caption';
  note: string;
}

/** "Jo Roe and her sons on the quay. Mara Roe": a caption (one sentence) and its photographer's bare name. */
const CAPTION_AND_NAME = /^[^.!?]{10,200}[.!?]\s+\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}$/u;
/** Footnote marks a wiki leaves at a line's end: "... criteria:[2][16]". */
const CITATIONS = /(?:\[\d{1,3}\])+$/;
/** Pronouns that open a sentence of a paragraph, never a headline. */
const PRONOUN_OPENING = /^(?:It|It['’]s|He|She|They|We|I|You|There|Its|His|Her|Their|Our)\s/;
/** Words of reported speech in the past: prose ("said"), where a headline says "says". */
const PAST_REPORTING = /\b(?:said|told|according to|asked|added)\b/i;
/** A body paragraph: long enough that the short line between two of them is not a list item. */
const PARAGRAPH_MIN = 120;
/** The other neighbour of a teaser headline may be a short paragraph: one finished sentence of at least this length. */
const SHORT_PARAGRAPH_MIN = 60;
const HEADLINE_MIN_WORDS = 4;
const HEADLINE_MAX_WORDS = 15;
const HEADLINE_MAX = 100;
/** A pull quote repeats at least this much of a paragraph (shorter overlaps are chance). */
const PULL_QUOTE_MIN = 40;
/** The credit after a pull quote is a name and a title, no more. */
const PULL_CREDIT_MAX = 120;
const HIGHLIGHT_MAX = 200;

/**
 * Labels for lines that `isFree(i)` says are still unlabelled; `null` where no rule applies.
 * `isHighlightsHeader(i)` tells the "Story highlights" line of the lexicon. `headlines: false` for a
 * web page's text: its reader set aside the links to other articles, so such a line is a subheading.
 */
export function insetLabels(lines: InsetLine[], isFree: (i: number) => boolean, isHighlightsHeader: (i: number) => boolean, options: { headlines: boolean } = { headlines: true }): (InsetLabel | null)[] {
  const out: (InsetLabel | null)[] = lines.map(() => null);
  // The paragraphs a pull quote may repeat, made only once a line needs them (most texts have no candidate).
  let bodyTexts: string[] | undefined;
  const bodies = (): string[] => (bodyTexts ??= lines.map((l) => normalised(l.text)).filter((t) => t.length >= PULL_QUOTE_MIN));
  for (let i = 0; i < lines.length; i++) {
    if (!isFree(i)) continue;
    // Not the last line: there, a sentence and a name is the story's last paragraph signed by its writer.
    if (i < lines.length - 1 && CAPTION_AND_NAME.test(lines[i]!.text) && !PAST_REPORTING.test(lines[i]!.text)) out[i] = { reason: 'caption', note: 'photo caption and credit' };
    else if (options.headlines && isTeaserHeadline(lines, i)) out[i] = { reason: 'related', note: 'a headline inside the text: a link to another article, or a subheading' };
    else if (isPullQuote(lines[i]!.text, bodies) || isSaidPullQuote(lines[i]!.text, bodies)) out[i] = { reason: 'repeated', note: 'a pull quote repeated from the text, with its credit' };
  }
  markHighlights(lines, isFree, isHighlightsHeader, out);
  markBulletsBeforeDateline(lines, isFree, out);
  return out;
}

/**
 * A short line in sentence case with no full stop, standing alone between two body paragraphs:
 * the headline of a linked article. Not the first line (the title), not a quotation, not a
 * sentence of reported speech whose full stop was lost, not a line ending in ":" (it introduces
 * what follows).
 */
function isTeaserHeadline(lines: InsetLine[], i: number): boolean {
  const line = lines[i]!;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  if (i === 0 || !prev || !next || !line.gapBefore || !next.gapBefore) return false;
  const t = line.text.replace(CITATIONS, '');
  if (t.length > HEADLINE_MAX || SENTENCE_END.test(t) || /[:;,—–-]$/.test(t) || /["“”]/.test(t) || PAST_REPORTING.test(t)) return false;
  // A list item ("* He said ...", "2) The vote"), a live blog's timed entry ("8:11 Two wounded (Jo Roe)") or a label is no headline.
  if (!/^[\p{Lu}\d$£€]/u.test(t) || /^\d{1,2}(?:[).]\s|:\d\d)/.test(t) || /\)$/.test(t) || /^\p{Lu}[\p{Lu}\d\s'’&.-]*$/u.test(t)) return false;
  // A headline names its subject: one that opens on a pronoun ("It's the third such case in two days") is a paragraph whose full stop was lost.
  if (PRONOUN_OPENING.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < HEADLINE_MIN_WORDS || words.length > HEADLINE_MAX_WORDS) return false;
  // Sentence case: most words after the first begin in lower case (a title-case headline has its own rule).
  if (words.slice(1).filter((w) => /^\p{Ll}/u.test(w)).length * 2 < words.length - 1) return false;
  // An item of a list: introduced by a colon, or opening on the same word as its neighbour ("Whether ..., Whether ...").
  if (/:\W*$/.test(prev.text.replace(CITATIONS, '')) || [prev, next].some((l) => firstWord(l.text) === firstWord(t))) return false;
  // One neighbour a body paragraph; the other one too, or a short one that ends as a sentence (news paragraphs are often one short sentence).
  const sides = [prev.text, next.text];
  return sides.some(isParagraph) && sides.every((s) => isParagraph(s) || (s.length >= SHORT_PARAGRAPH_MIN && SENTENCE_END.test(s)));
}

function firstWord(t: string): string {
  return t.split(/\s/, 1)[0]!.toLowerCase();
}

function isParagraph(t: string): boolean {
  return t.length >= PARAGRAPH_MIN;
}

/** Where a pull quote's credit may begin: a space, or a dash between spaces, before a capital. */
const CREDIT_START = /\s+(?:[–—-]\s+)?(?=\p{Lu})/gu;
/** The credit after a pull quote is a name and a title, a few words. */
const PULL_CREDIT_MAX_WORDS = 12;
/** Each sentence of a pull quote put together from several paragraphs is at least this long (shorter ones match by chance). */
const PULL_SENTENCE_MIN = 15;
/** Words of a name and a title: letters, initials, commas (not a list's colon or a wiki's "[2]"). */
const CREDIT_WORDS = /^\p{Lu}[\p{L}.'’-]*(?:,?\s+[\p{L}\d.'’&-]+)*$/u;

/**
 * "He built it to defend his country Jo Roe, spokesman for the church", "Our tests show the tide is
 * rising – Dr Jo Roe Study author": words found in one of the story's paragraphs (the whole of it, or
 * one of its sentences) and a credit, with no full stop at the end. A paragraph of the story ends
 * as a sentence; a pull quote ends on its speaker's name or title.
 */
function isPullQuote(text: string, bodies: () => string[]): boolean {
  if (SENTENCE_END.test(text)) return false;
  const t = normalised(text);
  if (t.length < PULL_QUOTE_MIN) return false;
  for (const m of t.matchAll(CREDIT_START)) {
    const cut = m.index;
    const credit = t.slice(cut + m[0].length);
    if (cut < PULL_QUOTE_MIN || credit.length > PULL_CREDIT_MAX || credit.split(/\s+/).length > PULL_CREDIT_MAX_WORDS || !CREDIT_WORDS.test(credit)) continue;
    const words = t.slice(0, cut).replace(/[.!?…,;:]+$/, '');
    if (words.length >= PULL_QUOTE_MIN && repeatsParagraphs(words, t, bodies())) return true;
  }
  return false;
}

/** '"Words," board chair Jo Roe says.': one quotation, then its speaker (a few words, a name among them) and "says" in the present tense. */
const SAID_PULL_QUOTE = /^["“]([^"“”]+?)[,.!?]?["”],?\s+((?:[\p{L}.'’-]+\s+){1,6})says\.?$/u;

/**
 * '"We will open the bridge by spring," Mayor Jo Roe says.' above the story, which quotes the same
 * words in a paragraph of its own ('"We will open the bridge by spring," Mayor Jo Roe said Tuesday.
 * "..."'): a pull quote or a picture's caption told in the present tense, as they are. Only where
 * another, longer line holds the quoted words, so the story keeps the quotation where it stands.
 */
function isSaidPullQuote(text: string, bodies: () => string[]): boolean {
  const m = SAID_PULL_QUOTE.exec(text);
  if (!m || !/\p{Lu}/u.test(m[2]!)) return false;
  const words = normalised(m[1]!).replace(/[.!?…,;:]+$/, '');
  if (words.length < PULL_QUOTE_MIN) return false;
  const line = normalised(text);
  return bodies().some((b) => b !== line && b.length > line.length && b.includes(words));
}

/**
 * The pull quote's words are the story's own: found in one paragraph, or sentence by sentence in
 * several ("Facts guide us. Guesses do not." from '"Facts guide us," she said.' and '"Guesses do not."').
 */
function repeatsParagraphs(words: string, line: string, bodies: string[]): boolean {
  const others = bodies.filter((b) => b !== line);
  if (others.some((b) => b.includes(words))) return true;
  const sentences = words.split(/(?<=[.!?])\s+/).map((w) => w.replace(/[.!?…,;:]+$/, ''));
  return sentences.length > 1 && sentences.every((w) => w.length >= PULL_SENTENCE_MIN && others.some((b) => b.includes(w)));
}

/** Without quotation marks, final punctuation and doubled spaces: the words a pull quote repeats. */
function normalised(t: string): string {
  return t.replace(/["“”‘’']/g, '').replace(/\s+/g, ' ').replace(/[.!?…]+$/, '').trim();
}

/** A wire dateline opening the story's first paragraph: "PORTO —", "ST. LOUIS (Wire) -", "PORTO, Norland —". */
const DATELINE_OPENING = /^\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*\.?(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?\s*(?:\([^()]{1,40}\)\s*)?[—–-]{1,2}\s/u;
/** How many lines after a bullet the story's dateline may stand for the bullet to be the box's, full stop or not. */
const BULLETS_BEFORE_DATELINE = 3;

/**
 * "Story highlights The incident took place ..." (or "Key points: ...") is followed by its other bullets, each a short
 * line with no full stop, until the story's first paragraph (a finished sentence or a long line).
 * The header may close a caption's line ("... (Photo: Jo Roe, Wire) Story Highlights The pier
 * ..."), and a bullet may end on an abbreviation's full stop ("... a teacher from Porto, Ore."):
 * a short line still counts as a bullet when the story's dateline paragraph follows within a few
 * lines, since the box stands between the picture and the dateline.
 */
function markHighlights(lines: InsetLine[], isFree: (i: number) => boolean, isHighlightsHeader: (i: number) => boolean, out: (InsetLabel | null)[]): void {
  for (let i = 0; i < lines.length; i++) {
    // Only a header that holds its first bullet ("Story highlights The pier ..."): a bare header may stand above the title.
    const opens = isHighlightsHeader(i) && /^(?:Story highlights|Key (?:points|takeaways)\s*:)\s+\S/i.test(lines[i]!.text);
    const closesCaption = !isFree(i) && /\)\s+Story highlights\s+\S/i.test(lines[i]!.text);
    if (!opens && !closesCaption) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j]!.text;
      if (!isFree(j) || t.length > HIGHLIGHT_MAX || PAST_REPORTING.test(t) || DATELINE_OPENING.test(t)) break;
      const beforeDateline = lines.slice(j + 1, j + 1 + BULLETS_BEFORE_DATELINE).some((l) => DATELINE_OPENING.test(l.text));
      if (SENTENCE_END.test(t) && !beforeDateline) break;
      out[j] = { reason: 'navigation', note: 'story highlights box' };
    }
  }
}

/** A wire's dateline with the day in it: "PORTO, May 2 (Wire) - ", "PORTO, Norland, May 2 (Wire) - ". */
const DATED_DATELINE = /^\p{Lu}{2,}(?:[ .'’-]+\p{Lu}{2,})*\.?,\s+(?:\p{Lu}[\p{L}.]*\s+){1,3}\d{1,2}\s*\([^()]{1,40}\)\s*[—–-]{1,2}\s/u;
/** A bullet: a star or a dot, a space, then words. */
const BULLET = /^[*•]\s+\p{L}/u;
/** The dateline of a wire story stands among the page's first lines. */
const DATELINE_WITHIN = 10;

/**
 * "* Investigator put on leave / * He said up to 60 were killed / By Jo Roe / PORTO, May 2 (Wire) - ...":
 * a wire's summary bullets over its story, without a "Story highlights" header. Only lines that open
 * on a bullet, directly above the story's dateline paragraph (a byline or another set-aside line
 * may stand between them): a list of the story's own stands under the text it belongs to.
 */
function markBulletsBeforeDateline(lines: InsetLine[], isFree: (i: number) => boolean, out: (InsetLabel | null)[]): void {
  const at = lines.slice(0, DATELINE_WITHIN).findIndex((l) => DATELINE_OPENING.test(l.text) || DATED_DATELINE.test(l.text));
  for (let j = at - 1; j >= 0; j--) {
    const t = lines[j]!.text;
    // A byline, the title or a credit the lexicon set aside may stand among them.
    if (!isFree(j) || out[j] !== null) continue;
    if (!BULLET.test(t) || t.length > HIGHLIGHT_MAX) break;
    out[j] = { reason: 'navigation', note: 'story highlights box' };
  }
}
