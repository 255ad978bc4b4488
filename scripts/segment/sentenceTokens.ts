/**
 * The tagged tokens of each sentence, kept from the read that found the sentence: segmenting
 * already tags every paragraph, so the extractors need not read each sentence a second time.
 * Kept beside the sentence (not on it) so that sentences stay plain data; a sentence made
 * elsewhere (a test's fixture) is read on demand.
 */
import type { Sentence } from '../contracts/stages.ts';
import { tokenize, type Token } from './tokens.ts';

const bySentence = new WeakMap<Sentence, readonly Token[]>();

/** Records the tokens of `sentence` (offsets relative to its text), as segment found them. */
export function keepSentenceTokens(sentence: Sentence, tokens: readonly Token[]): void {
  bySentence.set(sentence, tokens);
  // A passage that is one whole sentence (most evidence) is read again by its text at compose
  // time (compose/reportedSpeech.ts, for spoken.json): it is handed these tokens, not tagged again.
  tokenize.keep(sentence.text, tokens as Token[]);
}

/** Tagged tokens of a sentence, offsets relative to `sentence.text`. Shared: only read them. */
export function sentenceTokens(sentence: Sentence): Token[] {
  return (bySentence.get(sentence) ?? tokenize(sentence.text)) as Token[];
}
