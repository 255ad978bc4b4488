/**
 * "A spokesman in Porto, Tom Reyes, said": a person's description, a place or a body after its
 * preposition, then the name between commas (subjects.ts reads the rest of the subject).
 */
import type { Token } from '../../segment/tokens.ts';
import { readSpeakerPhrase, type SpeakerPhrase } from '../speakers/speakerPhrase.ts';
import { isPersonNoun } from '../speakers/descriptions.ts';
import { nounPhraseStart } from './nounPhrase.ts';

/** People who speak for someone else, named by whom they speak for: "a spokesman for ...", "an official with ...". */
export const GO_BETWEEN = /^(?:spokes(?:man|woman|person|people|men|women)|officials?|attorneys?|lawyers?|representatives?|sources?|aides?|advisers?|advisors?|members?|employees?|workers?|officers?|staff(?:er|ers)?)$/;

/**
 * "A spokesman in Porto, Tom Reyes, said", "a lawyer for Norbank, Ana Lima, told": before the commas a
 * person's description whose last words are a preposition's object (where they are, whom they speak
 * for); the name between the commas is who speaks, the description their role. The preposition is at
 * `before`; up to two of them may chain ("a spokesman for the police in Porto").
 */
export function describedBeforeName(tokens: Token[], before: number, comma: number, roleEnd: number, text: string): { speaker: SpeakerPhrase; first: number } | undefined {
  let preposition = before;
  for (let hops = 0; hops < 3 && tokens[preposition]?.pos === 'ADP' && /^(?:in|at|from|for|with|of|near)$/i.test(tokens[preposition]!.text); hops++) {
    const head = tokens[preposition - 1];
    if (!head) return undefined;
    // "the head of the Porto Museum of History, Ana Lima, said": a capitalised head is a body's name
    // whose own "of" the walk steps over, to the person's noun before it.
    if (/^(?:NOUN|PROPN)$/.test(head.pos) && /^\p{Lu}/u.test(head.text) && hops < 2) {
      preposition = nounPhraseStart(tokens, preposition - 1) - 1;
      continue;
    }
    if (head.pos !== 'NOUN' || !/^\p{Ll}/u.test(head.text)) return undefined;
    const start = nounPhraseStart(tokens, preposition - 1);
    if (isPersonNoun(head.text) || GO_BETWEEN.test(head.text)) {
      const named = readSpeakerPhrase(tokens.slice(comma + 1, roleEnd + 1), text);
      if (!named?.name || named.role) return undefined;
      return { speaker: { text: text.slice(tokens[start]!.start, tokens[roleEnd]!.end), name: named.name, role: text.slice(tokens[start]!.start, tokens[comma - 1]!.end) }, first: start };
    }
    preposition = start - 1;
  }
  return undefined;
}
