/**
 * Part-of-speech tokens with offsets, for the extractors. Hyphenated compounds that
 * wink splits ("U.S.-based" -> "U.S.", "-", "based") are joined back into one word,
 * because news writes modifiers that way and they belong to one noun phrase.
 */
import type { Document } from 'wink-nlp';
import { nlp, tokenStart } from './nlp.ts';
import { rememberRecent, type Remembering } from './recentResults.ts';
import { joinSplitLetters } from './splitLetters.ts';

export interface Token {
  /** Offsets relative to the analysed text. */
  start: number;
  end: number;
  text: string;
  /** Universal POS tag: NOUN, PROPN, VERB, ADJ, ADP, NUM, PUNCT... */
  pos: string;
  lemma: string;
}

/** Enough for every sentence of a long article; older entries are dropped first. */
const RECENT_TEXTS = 2000;

/**
 * Tokens of `text`, tagged. Extractors read the same sentence more than once (figures, then
 * quotes), so recent results are kept: same text, same tokens, one wink read. The arrays are
 * frozen because they are shared; callers only read them.
 */
export const tokenize: Remembering<Token[]> = rememberRecent(RECENT_TEXTS, (text) => Object.freeze(readTokens(text).map((t) => Object.freeze(t))) as Token[]);

function readTokens(text: string): Token[] {
  return joinHyphenated(joinSplitLetters(taggedTokens(nlp().readDoc(text), text), text), text);
}

/**
 * Every token of a read document with its tag and lemma, offsets into `text` (the text read).
 * Hyphenated compounds are not joined yet: that is done per sentence. One object per token, made
 * here: wink's values are read for the whole collection at once (its per-token items cost an
 * object per token and call), and the offsets are rebuilt in the same loop (tokenStart).
 */
export function taggedTokens(doc: Document, text: string): Token[] {
  const its = nlp().its;
  const tags = doc.tokens().out(its.pos) as string[];
  const ids = doc.tokens().out(its.uniqueId) as number[];
  const contracted = doc.tokens().out(its.contractionFlag) as boolean[];
  const values = doc.tokens().out() as string[];
  const spacesBefore = doc.tokens().out(its.precedingSpaces) as string[];
  const out: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const start = tokenStart(text, cursor, value, spacesBefore[i] ?? '');
    cursor = start + value.length;
    const pos = tags[i]!;
    out[i] = { start, end: cursor, text: value, pos, lemma: contracted[i] ? readLemma(doc, i, value) : lemmaOf(doc, i, ids[i]!, pos, value) };
  }
  return out;
}

/**
 * Lemmas by word and tag. wink works a lemma out from the token's entry in its lexicon (its
 * unique id) and its tag alone, unless the token is part of a contraction ("ca" of "can't",
 * whose lemma the expansion carries); a word is tagged with one of a few tags, and the same
 * few thousand words make most of the news, so each (word, tag) is worked out once per thread,
 * which was most of the cost of reading lemmas.
 */
const lemmas = new Map<number, string>();
/** Small numbers for the tags (about 17), so that a (word, tag) key is one number. */
const tagNumbers = new Map<string, number>();
const TAG_SLOTS = 64;

function lemmaOf(doc: Document, index: number, id: number, pos: string, value: string): string {
  let tag = tagNumbers.get(pos);
  if (tag === undefined) {
    tag = tagNumbers.size;
    if (tag >= TAG_SLOTS) return readLemma(doc, index, value); // never with wink's tag set; stays exact if it changes
    tagNumbers.set(pos, tag);
  }
  const key = id * TAG_SLOTS + tag;
  let lemma = lemmas.get(key);
  if (lemma === undefined) {
    lemma = readLemma(doc, index, value);
    lemmas.set(key, lemma);
  }
  return lemma;
}

/** wink's lemma of one token, lower-cased; wink gives none for a few odd tokens (symbols, some emoji): the word itself then. */
function readLemma(doc: Document, index: number, value: string): string {
  const its = nlp().its;
  // wink types its.lemma as needing model add-ons that out() does not declare; the lite model provides them.
  const lemma = doc.tokens().itemAt(index).out(its.lemma as unknown as typeof its.normal) as string | undefined;
  return (lemma ?? value).toLowerCase();
}

/** Titles abbreviated before a name ("Maj. Glenn Hall", "Det. Ana Lima"), without their full stop. */
export const TITLE_ABBREVIATIONS = 'Rev|Det|Sgt|Lt|Col|Gen|Gov|Sen|Rep|Capt|Cpl|Insp|Supt|Prof|Fr|Msgr|Adm|Cmdr|Maj|Pvt|Atty|Hon|Spc|Pfc|Dep|Ofc|Asst|Assoc|Brig|Cpt|Cdr|Comdr|Lieut|Sens|Reps|Amb|Sec|Pres|Dir|Ald|Cllr|Con|Const|Cst|Commr|Sgts|Dets';
const TITLE_WORD = new RegExp(`^(?:${TITLE_ABBREVIATIONS})$`);

/**
 * "U.S." "-" "based" with no spaces between become one ADJ token "U.S.-based"; a chain of them one
 * token too ("mother-in-law", "editor-in-chief"), which the tagger splits after its first pair.
 */
export function joinHyphenated(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!;
    if (t.pos === 'NUM') { out.push(t); continue; }
    // "Maj" "." before a name: one title token "Maj.", as the tagger already makes "Sgt." and "Gen.".
    const stop = tokens[i + 1];
    if (TITLE_WORD.test(t.text) && stop?.text === '.' && stop.start === t.end && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')) {
      out.push({ start: t.start, end: stop.end, text: `${t.text}.`, pos: 'PROPN', lemma: `${t.text.toLowerCase()}.` });
      i += 1;
      continue;
    }
    for (;;) {
      const hyphen = tokens[i + 1];
      const next = tokens[i + 2];
      if (!hyphen || !next || hyphen.text !== '-' || t.end !== hyphen.start || hyphen.end !== next.start || !/^[\p{L}]/u.test(next.text)) break;
      const compound = text.slice(t.start, next.end);
      // A compound ending in a noun stays a noun ("missile-defense system" keeps "system" as head later);
      // one ending in a verb or adjective ("U.S.-based", "long-range") modifies: ADJ.
      const pos = next.pos === 'NOUN' || next.pos === 'PROPN' ? next.pos : 'ADJ';
      t = { start: t.start, end: next.end, text: compound, pos, lemma: pos === 'NOUN' ? `${text.slice(t.start, hyphen.end).toLowerCase()}${next.lemma}` : compound.toLowerCase() };
      i += 2;
    }
    out.push(t); // a fresh object from readTokens or the compound: no copy needed
  }
  return out;
}
