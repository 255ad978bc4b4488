/**
 * "Ana Lima, spokeswoman for the port, declined to comment but said ...": the sentence's subject is
 * the name before the description between commas (the subject reader stops at the first comma).
 */
import type { Token } from '../../segment/tokens.ts';
import { readSpeakerPhrase, type SpeakerPhrase } from '../speakers/speakerPhrase.ts';

/** A name opening the sentence, then a description between commas, then a verb: the name (the description as its role). */
export function appositiveName(tokens: Token[], end: number, before: number, text: string): SpeakerPhrase | undefined {
  if (end === 0 || tokens[end]?.text !== ',' || !tokens.slice(0, end).every((t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) return undefined;
  let close = end + 1;
  while (close < before && close - end <= 10 && tokens[close]!.text !== ',') close++;
  // "Democrats, myself included, tend to ...": an aside of the writer's is no description of the subject.
  if (tokens[close]?.text !== ',' || close === end + 1 || tokens[end + 1]!.pos === 'PRON' || tokens[close + 1]?.pos !== 'VERB' || close + 1 >= before) return undefined;
  const named = readSpeakerPhrase(tokens.slice(0, end), text);
  return named?.name ? { ...named, role: named.role ?? text.slice(tokens[end + 1]!.start, tokens[close - 1]!.end) } : undefined;
}
