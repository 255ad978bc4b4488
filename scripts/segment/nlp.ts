/**
 * One shared wink-nlp instance. Loading the model takes a few hundred milliseconds,
 * so it happens once per process, on first use.
 */
import winkNLP from 'wink-nlp';
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

/**
 * Where a token of `value` starts in `text`, the previous token having ended at `cursor`. wink
 * records each token's preceding white space, so offsets are rebuilt by walking the text; where
 * wink normalised the white space the token is searched for instead of trusting the count.
 */
export function tokenStart(text: string, cursor: number, value: string, spacesBefore: string): number {
  const at = cursor + spacesBefore.length;
  if (text.startsWith(value, at)) return at;
  const found = text.indexOf(value, cursor);
  return found >= 0 ? found : at;
}
