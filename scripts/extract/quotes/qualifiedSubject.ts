/**
 * A subject with a prepositional phrase between it and its verb: "A spokesman with the Office of the
 * Attorney General in Porto said", "Lima of the Harbour Institute said". The noun phrase just
 * before the verb is then the preposition's object, not the subject: the subject is the head the
 * chain of phrases qualifies, read as a speaker; else someone the sentence does not name.
 */
import type { Token } from '../../segment/tokens.ts';
import { readSpeakerPhrase, type SpeakerPhrase } from '../speakers/speakerPhrase.ts';
import { nounPhraseStart } from './nounPhrase.ts';

/** Prepositions whose object is never the subject of the verb after it (not "although", "because", tagged alike). */
const PREPOSITION = /^(?:in|at|on|of|for|from|with|about|against|near|into|over|under|between|among|amongst|amid|through|throughout|across|along|beyond|toward|towards|around|behind|within|without|during|outside|inside)$/i;

/**
 * A preposition of the chain; "to" only where tagged one ("One analyst with ties to officials in the
 * party said"), never the infinitive's "to".
 */
function isPreposition(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (PREPOSITION.test(t.text)) return true;
  // "Texans Right to Life": between capitalised words "to" is part of a name.
  const inName = /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  return /^to$/i.test(t.text) && t.pos === 'ADP' && !inName;
}

/** How many prepositional phrases in a row are walked back over ("with the Office of the Attorney General in Porto": three). */
const MAX_PHRASES = 6;

export interface Qualified {
  /** The speaker, or `unnamed` when the head is no speaker ("Editors at the paper" reads no further). */
  speaker: SpeakerPhrase;
  first: number;
  /** Set when no noun phrase stands before the first preposition, but a verb does ("Lima went on the radio to say"): that verb's subject speaks. */
  verbBefore?: number;
}

/** Whether the phrase that starts at tokens[first] is a preposition's object (not one opening the sentence). */
export function isPrepositionObject(tokens: Token[], first: number): boolean {
  // "chief of staff Ana Lima", "secretary of state Tom Reyes": "of" before a bare noun makes a title.
  const title = /^of$/i.test(tokens[first - 1]?.text ?? '') && /^\p{Ll}/u.test(tokens[first]!.text) && tokens[first]!.pos !== 'DET';
  return first - 1 > 0 && isPreposition(tokens, first - 1) && !title;
}

/**
 * The subject before the chain of prepositional phrases that ends at tokens[end], whose last object
 * starts at tokens[first] (isPrepositionObject is true there); undefined when the phrase after a
 * single "of" heads the subject itself ("a pair of researchers").
 */
export function qualifiedSubject(tokens: Token[], first: number, end: number, text: string, anyNoun: boolean): Qualified | undefined {
  const whole = (start: number): string => text.slice(tokens[start]!.start, tokens[end]!.end);
  const unnamed = (start: number): Qualified => ({ speaker: { text: whole(start), unnamed: true }, first: start });
  // "Three officials who briefed reporters on the plans in Porto said": the relative clause, with no
  // comma to close it, ends before the verb; its antecedent speaks.
  const relative = relativeWho(tokens, first);
  if (relative !== undefined) {
    const start = nounPhraseStart(tokens, relative - 1);
    const head = start < relative ? readSpeakerPhrase(tokens.slice(start, relative), text, anyNoun) : undefined;
    if (head && !head.pronoun) return { speaker: { ...head, text: text.slice(tokens[start]!.start, tokens[relative - 1]!.end) }, first: start };
    return unnamed(first);
  }
  let at = first - 1;
  for (let n = 0; n < MAX_PHRASES; n++) {
    const start = nounPhraseStart(tokens, at - 1);
    if (start === at) return tokens[at - 1]?.pos === 'VERB' ? { ...unnamed(first), verbBefore: at - 1 } : unnamed(first);
    if (start - 1 > 0 && isPreposition(tokens, start - 1)) { at = start - 1; continue; }
    // "Ana Lima, director of the Harbour Institute, said" reaches the comma after the name.
    if (tokens[start - 1]?.text === ',' && start - 2 >= 0) {
      const nameStart = nounPhraseStart(tokens, start - 2);
      const named = nameStart < start - 1 ? readSpeakerPhrase(tokens.slice(nameStart, start - 1), text, true) : undefined;
      if (named?.name) return { speaker: { text: whole(nameStart), name: named.name, role: whole(start) }, first: nameStart };
    }
    // "A pair of researchers", "one of the survivors": before "of", only a name or a speaker's noun
    // heads the phrase; else the noun after "of" does (undefined: the caller reads it).
    const partitive = /^of$/i.test(tokens[at]!.text);
    const head = readSpeakerPhrase(tokens.slice(start, at), text, anyNoun && !partitive);
    if (!head && partitive && n === 0) return undefined;
    if (!head || head.pronoun) return unnamed(start);
    return { speaker: head.name ? { text: whole(start), name: head.name, role: whole(start) } : { text: whole(start), role: whole(start) }, first: start };
  }
  return unnamed(first);
}

/** The "who" of a relative clause that runs, with no punctuation, up to tokens[first]. */
function relativeWho(tokens: Token[], first: number): number | undefined {
  for (let k = first - 1; k > 0 && first - k <= 30; k--) {
    if (tokens[k]!.pos === 'PUNCT') return undefined;
    if (/^who$/i.test(tokens[k]!.text)) return /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos) ? k : undefined;
  }
  return undefined;
}
