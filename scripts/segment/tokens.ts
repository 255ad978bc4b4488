/**
 * Part-of-speech tokens with offsets, for the extractors. Hyphenated compounds that
 * wink splits ("U.S.-based" -> "U.S.", "-", "based") are joined back into one word,
 * because news writes modifiers that way and they belong to one noun phrase.
 */
import type { Document } from 'wink-nlp';
import { nlp, tokenStart } from './nlp.ts';
import { rememberRecent } from '../recentResults.ts';

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
export const tokenize: (text: string) => Token[] = rememberRecent(RECENT_TEXTS, (text) => Object.freeze(readTokens(text).map((t) => Object.freeze(t))) as Token[]);

function readTokens(text: string): Token[] {
  return joinHyphenated(taggedTokens(nlp().readDoc(text), text), text);
}

/**
 * Every token of a read document with its tag and lemma, offsets into `text` (the text read).
 * Hyphenated compounds are not joined yet: that is done per sentence. One object per token, made
 * here: wink's values are read for the whole collection at once (its per-token items cost an
 * object per token and call), and the offsets are rebuilt in the same loop (tokenStart).
 */
export function taggedTokens(doc: Document, text: string): Token[] {
  const its = nlp().its;
  // wink types its.lemma as needing model add-ons that out() does not declare; the lite model provides them.
  const lemma = its.lemma as unknown as typeof its.normal;
  const tags = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(lemma) as Array<string | undefined>;
  const values = doc.tokens().out() as string[];
  const spacesBefore = doc.tokens().out(its.precedingSpaces) as string[];
  const out: Token[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const start = tokenStart(text, cursor, value, spacesBefore[i] ?? '');
    cursor = start + value.length;
    // wink gives no lemma for a few odd tokens (symbols, some emoji): fall back to the word itself.
    out[i] = { start, end: cursor, text: value, pos: tags[i]!, lemma: (lemmas[i] ?? value).toLowerCase() };
  }
  return out;
}

/** "U.S." "-" "based" with no spaces between become one ADJ token "U.S.-based". */
export function joinHyphenated(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const hyphen = tokens[i + 1];
    const next = tokens[i + 2];
    if (hyphen && next && hyphen.text === '-' && t.end === hyphen.start && hyphen.end === next.start && /^[\p{L}]/u.test(next.text) && t.pos !== 'NUM') {
      const compound = text.slice(t.start, next.end);
      // A compound ending in a noun stays a noun ("missile-defense system" keeps "system" as head later);
      // one ending in a verb or adjective ("U.S.-based", "long-range") modifies: ADJ.
      const pos = next.pos === 'NOUN' || next.pos === 'PROPN' ? next.pos : 'ADJ';
      out.push({ start: t.start, end: next.end, text: compound, pos, lemma: pos === 'NOUN' ? `${text.slice(t.start, hyphen.end).toLowerCase()}${next.lemma}` : compound.toLowerCase() });
      i += 2;
      continue;
    }
    out.push(t); // a fresh object from readTokens: no copy needed
  }
  return out;
}
