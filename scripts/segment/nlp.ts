/**
 * One shared wink-nlp instance. Loading the model takes a few hundred milliseconds,
 * so it happens once per process, on first use.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | undefined;

export function nlp(): Nlp {
  instance ??= winkNLP(model);
  return instance;
}
