/**
 * "A harbour pilot in Porto, the port city to the north, said ...", "Ana Lima, 44, who runs the
 * ferry, said ...", "Tom Reyes — who joined the board in 2010 — said ...": a subject that opens
 * the sentence, then an aside set off by commas, dashes or brackets that tells who they are, then
 * the verb of speech. The subject reader walks back from the verb and loses its way in asides it
 * does not know (a place described, a relative clause, a list of roles); this reads forward from
 * the start instead, and only in that one shape.
 */
import type { Token } from '../../segment/tokens.ts';
import { readSpeakerPhrase, type SpeakerPhrase } from '../speakers/speakerPhrase.ts';
import { isTimeWord } from './subjectWords.ts';
import { REPORTING } from './reportingVerbs.ts';

/** Verbs that only a speaker's words follow: the shape is read only for these. */
const SAYING = new Set(['say', 'tell', 'state', 'add', 'announce', 'testify', 'write']);
/** Punctuation that opens and closes an aside. */
const OPENS = /^(?:,|—|–|\()$/;
const CLOSES = /^(?:,|—|–|\))$/;
/** A subject longer than this is no short noun phrase. */
const MAX_SUBJECT = 8;
/** An aside longer than this may hold a clause of its own. */
const MAX_ASIDE = 25;

/** The subject before an aside that ends right before the verb of speech at `verbIndex`, if the sentence has that shape. */
export function asideSubject(tokens: Token[], verbIndex: number, text: string): { speaker: SpeakerPhrase; first: number } | undefined {
  const verb = tokens[verbIndex]!;
  if (!SAYING.has(verb.lemma) || /ing$/i.test(verb.text) || !CLOSES.test(tokens[verbIndex - 1]?.text ?? '')) return undefined;
  // "said to be", "said of": not the words of a speaker.
  if (/^(?:to|of)$/i.test(tokens[verbIndex + 1]?.text ?? '')) return undefined;
  const open = tokens.findIndex((t) => OPENS.test(t.text));
  if (open < 1 || open > MAX_SUBJECT || open >= verbIndex - 2 || verbIndex - open > MAX_ASIDE) return undefined;
  const subject = tokens.slice(0, open);
  // A noun phrase: it opens on a determiner or a name ("In a speech, ..." or "Hours earlier, ..." opens on something else),
  // holds a noun, and no verb (else it is a clause: "The fire destroyed homes, ..., officials said").
  // Not a live blog's time stamp ("7:37 P.M. Ministers ..., say ...") ahead of a headline.
  if (!/^(?:DET|PROPN|NOUN|ADJ|NUM)$/.test(subject[0]!.pos) || /^(?:but|and|so|yet|or)$/i.test(subject[0]!.text) || /\d[:.]\d/.test(subject[0]!.text)) return undefined;
  if (!subject.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
  if (subject.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.pos === 'PRON' || isTimeWord(t) || /^[“”"‘’']$/.test(t.text))) return undefined;
  const aside = tokens.slice(open + 1, verbIndex - 1);
  // Not a second clause ("..., but the ministry said") nor someone else speaking inside the aside.
  if (aside.length === 0 || /^(?:CCONJ|SCONJ)$/.test(aside[0]!.pos) || /^(?:but|and|while|although|though|as|because)$/i.test(aside[0]!.text)) return undefined;
  if (aside.some((t) => (t.pos === 'VERB' && REPORTING.has(t.lemma)) || /^[“”"]$/.test(t.text))) return undefined;
  // "Ana Lima, the mayor, and Tom Reyes said": a list, not an aside.
  if (aside[aside.length - 1]!.pos === 'CCONJ') return undefined;
  const speaker = readSpeakerPhrase(subject, text);
  if (!speaker || speaker.pronoun) return undefined;
  // "A protester in Porto": a name after a preposition (other than "of") is where they are, not who
  // they are; the whole phrase describes the speaker, who has no name here.
  const place = subject.findIndex((t, k) => t.pos === 'ADP' && t.lemma !== 'of' && subject.slice(k + 1).some((x) => x.pos === 'PROPN'));
  if (place > 0 && speaker.name) {
    const phrase = text.slice(subject[0]!.start, subject[subject.length - 1]!.end);
    return { speaker: { text: phrase, role: phrase }, first: 0 };
  }
  return { speaker, first: 0 };
}
