/**
 * One shared wink-nlp instance. Loading the model takes a few hundred milliseconds,
 * so it happens once per process, on first use.
 */
import winkNLP, { type Document, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

export function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}

/**
 * Offsets of every token of `doc` (read from `text`). wink records each token's preceding
 * white space, so offsets are rebuilt by walking the text; where wink normalised the
 * white space the token is searched for instead of trusting the count.
 */
export function tokenOffsets(doc: Document, text: string): Array<{ start: number; end: number; token: ItemToken }> {
  const its = nlp().its;
  const out: Array<{ start: number; end: number; token: ItemToken }> = [];
  let cursor = 0;
  doc.tokens().each((token: ItemToken) => {
    const value = token.out() as string;
    const spaces = (token.out(its.precedingSpaces) as string) ?? '';
    let at = cursor + spaces.length;
    if (text.slice(at, at + value.length) !== value) {
      const found = text.indexOf(value, cursor);
      if (found >= 0) at = found;
    }
    out.push({ start: at, end: at + value.length, token });
    cursor = at + value.length;
  });
  return out;
}
