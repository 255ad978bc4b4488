/**
 * Segment: content paragraphs become sentences with exact offsets.
 * wink-nlp splits sentences well on news text (no false breaks after "Mr." or "U.S.",
 * where Intl.Segmenter breaks); it reports tokens with their preceding white space,
 * from which the character offsets are rebuilt here.
 */
import type { CleanArticle, SegmentedArticle, Sentence } from '../contracts/stages.ts';
import type { ItemSentence } from 'wink-nlp';
import { nlp } from './nlp.ts';
import { joinHyphenated, taggedTokens, TITLE_ABBREVIATIONS, type Token } from './tokens.ts';
import { joinSplitLetters } from './splitLetters.ts';
import { keepSentenceTokens } from './sentenceTokens.ts';
import { hoverCards, withoutCards } from './hoverCards.ts';
import { signUpRunIn } from './signUpRunIn.ts';
import { creditRunIn } from './creditRunIn.ts';
import { teaserRunIn } from './teaserRunIn.ts';
import { pointerSentences } from './pointerSentences.ts';
import { bylineRunIn } from './bylineRunIn.ts';
import { headlineRunIn } from './headlineRunIn.ts';
import { stockTickers } from './stockTickers.ts';
import { timeStampSentences } from './timeStamps.ts';

export function segmentArticle(article: CleanArticle): SegmentedArticle {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const block of article.blocks) {
    if (block.kind !== 'content') continue;
    for (const [from, to] of paragraphSpans(article.view, block.start, block.end)) {
      const { spans, tokens } = readParagraph(article.view, from, to);
      let next = 0; // tokens are in text order, and so are the spans
      for (const [start, end] of spans) {
        const sentence: Sentence = { source: article.source.id, index: sentences.length, paragraph, start, end, text: article.view.slice(start, end) };
        while (next < tokens.length && tokens[next]!.start < start - from) next++;
        const own: Token[] = [];
        for (; next < tokens.length && tokens[next]!.end <= end - from; next++) {
          // Each token of the read belongs to one sentence at most: moved to its offsets in place.
          const t = tokens[next]!;
          t.start += from - start;
          t.end += from - start;
          own.push(t);
        }
        const joined = joinHyphenated(joinSplitLetters(own, sentence.text), sentence.text);
        for (const t of joined) Object.freeze(t);
        keepSentenceTokens(sentence, Object.freeze(joined));
        sentences.push(sentence);
      }
      paragraph++;
    }
  }
  return { ...article, sentences };
}

/**
 * A content block may hold several one-line paragraphs (scraped text) or one paragraph
 * wrapped over several lines. A line break after sentence-final punctuation ends a
 * paragraph, and so does one before a bulleted line ("The victims:" / "_ 12 died in ..."):
 * any other line break is wrapping.
 */
export function paragraphSpans(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = from;
  const breaks = /[.!?…]["”’)\]]*[ \t]*\r?\n|[ \t]*\r?\n(?=[ \t]*(?:[_•*]|[-–—](?=[ \t]|\p{L})))/gu;
  breaks.lastIndex = from;
  for (let m = breaks.exec(text); m && m.index < to; m = breaks.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    if (end > start) spans.push([start, end]);
    start = m.index + m[0].length;
  }
  if (to > start && text.slice(start, to).trim()) spans.push([start, to]);
  return spans;
}

/** Sentence spans of text.slice(from, to), as absolute offsets, trimmed of white space. */
export function sentenceSpans(text: string, from: number, to: number): Array<[number, number]> {
  return readParagraph(text, from, to).spans;
}

/**
 * One wink read of a paragraph: its sentence spans (absolute offsets) and its tagged tokens
 * (offsets relative to `from`), tagged in the context of the whole paragraph.
 */
function readParagraph(text: string, from: number, to: number): { spans: Array<[number, number]>; tokens: Token[] } {
  const its = nlp().its;
  const paragraph = text.slice(from, to);
  const doc = nlp().readDoc(paragraph);
  const spans: Array<[number, number]> = [];
  const tokens = taggedTokens(doc, paragraph);
  const offsets = tokens;
  doc.sentences().each((sentence: ItemSentence) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const start = offsets[first]?.start;
    const end = offsets[last]?.end;
    if (start === undefined || end === undefined || end <= start) return;
    spans.push([from + start, from + end]);
  });
  // A hover card, a sign-up menu, a byline, the story's headline before its dateline, a photo
  // credit, a stock quote, other stories' headlines, the page's pointers or a live blog's time stamps run into the
  // paragraph are cut out of its sentences (hoverCards.ts, signUpRunIn.ts, bylineRunIn.ts,
  // headlineRunIn.ts, creditRunIn.ts, stockTickers.ts, teaserRunIn.ts, pointerSentences.ts, timeStamps.ts).
  const merged = mergeFragments(text, spans);
  const chrome = [...signUpRunIn(text, from, to), ...bylineRunIn(text, from, to), ...headlineRunIn(text, from, to), ...hoverCards(text, from, to), ...creditRunIn(text, from, to), ...stockTickers(text, merged), ...teaserRunIn(text, merged), ...pointerSentences(text, merged), ...timeStampSentences(text, merged)].sort((a, b) => a[0] - b[0]);
  return { spans: withoutCards(text, merged, chrome), tokens };
}

/**
 * Joins to the sentence before it a "sentence" that is only a closing quotation mark or a lone
 * fragment (a few characters with no letter), and one that starts with a lower-case word after
 * an abbreviation in brackets ("Rep. Ana Lima (D-Norland.) | said ...") or after a quoted
 * question ("“Why?” | she asked."): news sentences start with a capital, a digit or a quotation mark.
 */
/** How a domain name ends after its last dot ("com" of "example.com", "gov.uk"). */
const DOMAIN_ENDING = /^(?:com|org|net|gov|edu|mil|int|info|biz|news|co|io|tv|me|ly|uk|us|ca|au|de|fr|in|ie|nz|za)(?![\p{L}])/u;

/**
 * Titles abbreviated before a name, which the sentence splitter may take for a sentence's end; also the
 * second of two joined by a hyphen ("Det.-Sgt.|Ana Lima").
 */
const TITLE_ABBREVIATION = new RegExp(`(?:^|\\s|\\(|\\.[-–])(?:${TITLE_ABBREVIATIONS})\\.$`);
/**
 * Abbreviations that a number follows ("Sec.|205", "Art.|5", "Vol.|2", "Fig.|3", "ca.|1900", "Rs.|500",
 * "Hwy.|401"): a piece that opens on a digit after one goes on with the sentence. (A sentence that ends
 * on a number and the next that opens on one, "aged 12.|5 people", stay two: "12." is no abbreviation.)
 */
const REFERENCE_ABBREVIATION = /(?:^|[\s(])(?:Secs?|Sect|Subsec|Arts?|Paras?|Ch|Chap|Vols?|Figs?|Pts?|Cl|Sch|Exh|Regs?|Ords?|Res|Amdt|Nos|Op|Bk|Tit|Rs|Rm|Apt|Ste|Hwy|Rte|Rt|Flt|Bldg|Ref|Ext|Tel|sec|secs|art|arts|para|paras|ch|chap|vol|vols|fig|figs|pt|cl|reg|regs|nos|op|pp?|ca|approx|est|ext|tel)\.$/;
/** A host name where a piece starts ("news.|example.org", "www.|example.co.uk"): wink breaks inside it, piece by piece. */
const HOST_START = new RegExp(`^[\\p{Ll}\\d-]+(?:\\.[\\p{Ll}\\d-]+)*\\.${DOMAIN_ENDING.source.slice(1)}`, 'u');

function mergeFragments(text: string, spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const original of spans) {
    const span: [number, number] = [original[0], original[1]];
    const previous = out[out.length - 1];
    // "“... the harbour!!|” Lima wrote.": a closing mark the splitter put after a double "!!" or "?!"
    // closes the sentence before (no sentence opens on a closing mark, nor a straight one before a space).
    const closing = previous && /[.!?…]$/.test(text.slice(previous[0], previous[1])) && /^(?:”|"(?=\s))\s*/.exec(text.slice(span[0], span[1]));
    if (previous && closing && closing[0].length < span[1] - span[0] && text.slice(previous[1], span[0]).trim() === '') {
      previous[1] = span[0] + 1;
      span[0] += closing[0].length;
    }
    const piece = text.slice(span[0], span[1]);
    // After "(D-Norland.)" or a quoted question or exclamation ("“Why?” she asked."), a lower-case
    // word goes on with the same sentence.
    const continues = previous && /^\p{Ll}/u.test(piece) && /(?:\.\)|[?!]["”’])$/.test(text.slice(previous[0], previous[1]));
    const before = previous ? text.slice(previous[0], previous[1]) : '';
    // "magnitude-6.|2", "example.|com": no space after the full stop, so it is inside a figure or a
    // domain name; "the Rev.|Ana Lima", "Det.|Tom Reyes": a title's abbreviation before a name.
    // ("intercepts….SIGINT confirms": a capital after an ellipsis is a new sentence all the same.)
    // ("Christie said.runtime:topic": a page's mark-up run into a sentence is no domain name.)
    // "(D-N.|Y.), issued": a capital and its full stop straight after one is the rest of an initialism.
    const insideWord = previous && previous[1] === span[0] && /[\p{L}\p{N}]\.$/u.test(before) && (/^\p{N}/u.test(piece) || /^\p{Lu}\./u.test(piece) || DOMAIN_ENDING.test(piece) || HOST_START.test(text.slice(span[0], span[0] + 80)));
    const afterTitle = previous && TITLE_ABBREVIATION.test(before) && /^\p{Lu}/u.test(piece);
    const afterReference = previous && REFERENCE_ABBREVIATION.test(before) && /^\p{N}/u.test(piece);
    if (previous && (!/\p{L}/u.test(piece) || continues || insideWord || afterTitle || afterReference)) previous[1] = span[1];
    else out.push([span[0], span[1]]);
  }
  return out;
}
