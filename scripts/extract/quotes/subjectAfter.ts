/**
 * The speaker after the verb, when the attribution is inverted: "..., said Okafor", "..., says his
 * mother Ana Lima", "..., said the lead author, Dr. Ana Lima". subjects.ts reads the subject before
 * the verb, the usual order.
 */
import type { Token } from '../../segment/tokens.ts';
import { readSpeakerPhrase, type SpeakerPhrase } from '../speakers/speakerPhrase.ts';
import { isNounPhraseWord } from './nounPhrase.ts';
import { joinsNameParts, PART_OF } from './subjects.ts';

/** The speaker after the verb, when the attribution is inverted: "..., said Okafor". */
export function subjectAfter(tokens: Token[], verbIndex: number, text: string): SpeakerPhrase | undefined {
  let j = verbIndex + 1;
  const start = j;
  // "..., says his mother Ana Lima": a possessive opens the description.
  if (/^(his|her|their|its|our|my)$/i.test(tokens[j]?.text ?? '') && isNounPhraseWord(tokens[j + 1] ?? tokens[j]!)) j++;
  // "..., said one of the signers": one of a group the article names, a description all the same.
  const partOf = PART_OF.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text.toLowerCase() === 'of' && tokens[j + 2]?.pos === 'DET';
  if (partOf) j += 3;
  const head = j;
  while (j < tokens.length && isNounPhraseWord(tokens[j]!)) j++;
  if (j === head) return undefined;
  // "..., said the decision is not final": a noun phrase with a verb of its own before the next
  // punctuation is the reported clause's subject, not an inverted speaker ("said Lima on Monday").
  for (let k = j; k < tokens.length && tokens[k]!.pos !== 'PUNCT'; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return undefined;
  const phrase = tokens.slice(start, j);
  // "said the lead author, Dr. Ana Lima, an associate professor": the name follows the description.
  if (tokens[j]?.text === ',') {
    let k = j + 1;
    while (k < tokens.length && isNounPhraseWord(tokens[k]!)) k++;
    const named = k > j + 1 ? readSpeakerPhrase(tokens.slice(j + 1, k), text) : undefined;
    if (named?.name && (tokens[k] === undefined || /^[,.;“"]$/.test(tokens[k]!.text))) {
      return { text: text.slice(tokens[start]!.start, tokens[k - 1]!.end), name: named.name, role: text.slice(tokens[start]!.start, tokens[j - 1]!.end) };
    }
  }
  const speaker = readSpeakerPhrase(phrase, text, true);
  // "said study author and Tarrow University biologist Ana Lima": two titles of one person, then her
  // name (not "said Lima and Reyes": the first part is a title with no name).
  if (speaker?.role && !speaker.name && tokens[j]?.lemma === 'and') {
    let k = j + 1;
    while (k < tokens.length && (isNounPhraseWord(tokens[k]!) || joinsNameParts(tokens, k))) k++;
    const named = k > j + 1 ? readSpeakerPhrase(tokens.slice(j + 1, k), text) : undefined;
    if (named?.name && named.role && (tokens[k] === undefined || /^(?:PUNCT|ADP)$/.test(tokens[k]!.pos))) {
      return { text: text.slice(tokens[start]!.start, tokens[k - 1]!.end), name: named.name, role: `${speaker.role} and ${named.role}` };
    }
  }
  return speaker?.name || speaker?.role ? speaker : undefined;
}
