/**
 * One shared wink-nlp instance. Loading the model takes a few hundred milliseconds,
 * so it happens once per process, on first use.
 */
import winkNLP, { type Document } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

/**
 * Only the annotations the pipeline reads: sentence boundaries and part-of-speech tags (with
 * lemmas). wink runs each annotation as its own pass that writes only its own fields, so leaving
 * out named entities, negation and sentiment (never read) changes no sentence, tag or lemma, and
 * saves about a third of each read.
 */
const PIPE = ['sbd', 'pos'];

export function nlp(): Nlp {
  instance ??= winkNLP(model, PIPE);
  return instance;
}

/** A token's text and its character offsets in the analysed text. */
export interface TokenSpan {
  start: number;
  end: number;
  value: string;
}

/**
 * Offsets of every token of `doc` (read from `text`). wink records each token's preceding
 * white space, so offsets are rebuilt by walking the text; where wink normalised the
 * white space the token is searched for instead of trusting the count. Values are read for
 * the whole collection at once: wink's per-token items cost an object per token and call.
 */
export function tokenOffsets(doc: Document, text: string): TokenSpan[] {
  const its = nlp().its;
  const values = doc.tokens().out() as string[];
  const spacesBefore = doc.tokens().out(its.precedingSpaces) as string[];
  const out: TokenSpan[] = new Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const spaces = spacesBefore[i] ?? '';
    let at = cursor + spaces.length;
    if (!text.startsWith(value, at)) {
      const found = text.indexOf(value, cursor);
      if (found >= 0) at = found;
    }
    out[i] = { start: at, end: at + value.length, value };
    cursor = at + value.length;
  }
  return out;
}
