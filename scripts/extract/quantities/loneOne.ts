/**
 * A lone "one" is usually a pronoun or an idiom ("one of them", "no one", "one day", "at one
 * point"), so the number finder (numbers.ts) leaves it out. Next to another count it is a figure
 * a reader would count, in three shapes:
 *
 * - hedged: "at least one guard was hurt" (a floor, unlike "more than one", which means several);
 * - contrasted: "One tanker sank and three more ran aground", "two hydrogen atoms and one
 *   oxygen atom", "killing one guard and wounding two others": "one" before a noun, set against
 *   another count of the same thing (same noun, a list, or a bare "three more"/"two others");
 * - elliptical: "Four hikers were flown to the clinic and one to a field hospital", "three
 *   were hurt, one critically", "Two men were arrested. One was released.": "one" with no noun,
 *   joined to a count just before; the noun is that count's (extractQuantities.ts lends it).
 *
 * Everything else stays out: "one" after a determiner, a noun or most prepositions ("the one",
 * "no one", "priority one", "at one point"), before "of", "such" or a fraction word ("one of
 * them", "one such case", "one quarter"), in idioms ("one thing", "one way"), in predicates ("is
 * one result of") and in attributions ("one official said").
 */
import type { NumberMention } from './numbers.ts';
import type { Token } from '../../segment/tokens.ts';

/** A count numbers.ts found in the sentence, with the head noun it governs, if any. */
export interface SentenceCount {
  figure: NumberMention;
  /** Lemma of the counted noun ("tanker"); undefined for a bare figure ("three more", "two others"). */
  head?: string;
}

/** What a caller knows about the sentence before this one. */
export interface LoneOneContext {
  /** The sentence before counts something ("Two men were arrested."), so a sentence-initial "One was ..." continues it. */
  afterCount: boolean;
}

/** Nouns that make "one" an idiom or a fraction rather than a count ("one thing is clear", "one quarter of"). */
const IDIOM_NOUNS = new Set(['thing', 'way', 'point', 'hand', 'side', 'reason', 'example', 'problem', 'question', 'moment', 'time', 'word', 'instance',
  'respect', 'sense', 'aspect', 'piece', 'part', 'bit', 'kind', 'sort', 'type', 'version', 'look', 'chance', 'step', 'goal', 'end', 'day', 'night',
  'morning', 'evening', 'afternoon', 'half', 'third', 'quarter', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'hundredth', 'thousandth']);
/** Verbs that attribute speech: "one official said", "one said" are sources, not counts. */
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'explain', 'note', 'state', 'write', 'recall', 'describe', 'insist', 'claim', 'argue', 'ask', 'reply',
  'respond', 'warn', 'suggest', 'think', 'believe', 'wonder', 'joke', 'quip', 'call']);
/** Words before "one" that make it a pronoun or part of an idiom. */
const NOT_BEFORE = new Set(['no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'another', 'at', 'on', 'in', 'for', 'from', 'by', 'as',
  'than', 'into', 'to', 'of', 'like', 'just', 'all']);
/** Words before an elliptical "one" that join it to the count before it ("and one to", "while one was"). */
const ELLIPSIS_JOINS = new Set(['and', 'while', 'but', 'with', 'including', 'whereas']);
/**
 * "at least one guard": a floor makes "one" before a noun a figure on its own. ("more than one
 * victim" means "several", which is no figure.)
 */
const HEDGE_BEFORE = /(?<![A-Za-z])(at least)\s+$/i;
/** "three more", "two others", "five other people": a count that adds to one already given. */
const ADDITIVE_AFTER = /^\s+(?:more|others?|additional|further)\b/i;
/** Verbs that let a sentence-initial "One ..." continue the count before ("Two were hurt. One died."). */
const OUTCOME_VERBS = new Set(['die', 'survive', 'remain', 'suffer', 'escape', 'flee', 'recover', 'sustain', 'receive', 'undergo', 'require', 'need', 'face']);

/** Figures for the lone "one"s of a sentence that count something. */
export function loneOnes(text: string, tokens: readonly Token[], found: readonly SentenceCount[], context: LoneOneContext): NumberMention[] {
  if (!/\bone\b/i.test(text)) return [];
  const counts = found.filter((c) => c.figure.kind === 'count' && !/^-\p{L}/u.test(text.slice(c.figure.end))); // "a 14-page report" describes the report
  const out: NumberMention[] = [];
  tokens.forEach((t, i) => {
    if (!/^one$/i.test(t.text)) return;
    if (found.some((c) => c.figure.start <= t.start && t.end <= c.figure.end)) return; // already part of a figure ("one year", "twenty-one")
    if (/^-/.test(text.slice(t.end)) || /-$/.test(text.slice(0, t.start))) return; // "one-third", "one-on-one"
    const hedge = HEDGE_BEFORE.exec(text.slice(Math.max(0, t.start - 14), t.start));
    if (hedge) {
      if (!nounAfter(tokens, i)) return;
      const start = t.start - hedge[0].length;
      out.push({ start, end: t.end, numberStart: t.start, kind: 'count', value: 1, qualifier: hedge[1]!.toLowerCase().replace(/\s+/g, ' ') });
      return;
    }
    const before = tokens[i - 1];
    if (before && (NOT_BEFORE.has(before.text.toLowerCase()) || /^(DET|NOUN|PROPN|NUM)$/.test(before.pos))) return;
    if (before?.pos === 'ADP' && !ELLIPSIS_JOINS.has(before.lemma)) return;
    if (before?.lemma === 'but' && tokens[i - 2]?.lemma === 'all') return; // "all but one patient": the others are the figure
    if (contrasted(tokens, i, text, counts) || elliptical(tokens, i, counts, context) || harmed(tokens, i)) {
      const mention: NumberMention = { start: t.start, end: t.end, numberStart: t.start, kind: 'count', value: 1 };
      out.push(mention);
      counts.push({ figure: mention, head: nounAfter(tokens, i)?.lemma }); // "28 sheep, one cow and one goat": a list goes on
    }
  });
  return out;
}

/** The singular noun "one" counts, after any adjectives ("one large tanker"), unless an idiom, a fraction or "such". */
function nounAfter(tokens: readonly Token[], i: number): Token | undefined {
  let j = i + 1;
  if (tokens[j]?.lemma === 'such') return undefined; // "one such strike" points back at others
  while (tokens[j]?.pos === 'ADJ') j++;
  const noun = tokens[j];
  if (!noun || noun.pos !== 'NOUN' || IDIOM_NOUNS.has(noun.lemma)) return undefined;
  // "one gunshot wounds": the noun run ends in a plural, so "one" does not count it.
  while (tokens[j + 1]?.pos === 'NOUN') j++;
  const last = tokens[j]!;
  if (last.text.toLowerCase() !== last.lemma && /s$/i.test(last.text)) return undefined;
  // "one official said", "one resident told reporters": an attribution, not a count.
  const next = tokens[j + 1];
  if (next && SPEECH_VERBS.has(next.lemma)) return undefined;
  return last;
}

/** Verbs of harm, arrest or rescue: "one person was killed" is a figure a report gives, as "two people were" is. */
const HARM_VERBS = /^(?:killed|died|dies|injured|wounded|hurt|shot|stabbed|arrested|detained|rescued|hospitali[sz]ed|missing|dead)$/i;

/** "One person was killed", "one officer was injured": "one" + a noun whose verb, right after, is a harm (as a count of casualties reads). */
function harmed(tokens: readonly Token[], i: number): boolean {
  const noun = nounAfter(tokens, i);
  if (!noun) return false;
  let j = tokens.indexOf(noun) + 1;
  while (tokens[j]?.pos === 'AUX' || tokens[j]?.pos === 'PART' || /^(?:also|later|critically|seriously|fatally|badly)$/i.test(tokens[j]?.text ?? '')) j++;
  return HARM_VERBS.test(tokens[j]?.text ?? '');
}

/** "One tanker sank and three more ...": "one" + a noun, set against another count of the same thing. */
function contrasted(tokens: readonly Token[], i: number, text: string, counts: readonly SentenceCount[]): boolean {
  const noun = nounAfter(tokens, i);
  if (!noun) return false;
  // "is one result of ...", "was one factor": a predicate, not a count ("there was one death" is).
  if (tokens[i - 1]?.pos === 'AUX' && tokens[i - 2]?.lemma !== 'there') return false;
  const one = tokens[i]!;
  return counts.some((c) => {
    if (c.figure.end > one.start && c.figure.start < noun.end) return false;
    if (c.head === noun.lemma) return true; // "two hydrogen atoms and one oxygen atom"
    const after = text.slice(c.figure.end);
    if (ADDITIVE_AFTER.test(after)) return true; // "one tanker ... and three more"
    // "28 sheep, one cow": a list of counts.
    if (c.figure.end <= one.start && /^[\p{L}\s'’-]{0,30}?(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$/u.test(text.slice(c.figure.end, one.start))) return true;
    // A bare figure ("... raising the toll to seven"), though not a place's or group's size ("a city of 400,000").
    return c.head === undefined && !/\bof\s+$/i.test(text.slice(0, c.figure.start));
  });
}

/**
 * "... and one to a field hospital", "three were hurt, one critically": "one" joined to a count
 * before it and followed by a verb, an adverb or a preposition (never "of": "one of them").
 */
function elliptical(tokens: readonly Token[], i: number, counts: readonly SentenceCount[], context: LoneOneContext): boolean {
  const one = tokens[i]!;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  const then = tokens[i + 2];
  if (!next) return false;
  if (before === undefined) {
    // Sentence-initial "One was released", "One died": only an outcome, after a sentence that counted.
    if (!context.afterCount) return false;
    return (next.pos === 'AUX' && /^(VERB|ADJ|ADP|ADV)$/.test(then?.pos ?? '')) || (next.pos === 'VERB' && OUTCOME_VERBS.has(next.lemma));
  }
  const joined = (before.text === ',' || before.text === ';' || ELLIPSIS_JOINS.has(before.lemma)) && counts.some((c) => c.figure.end <= one.start);
  if (!joined) return false;
  // "one was the son of ...": identifying one of them, not counting.
  if (next.pos === 'AUX') return !/^(DET|PRON|NOUN|PROPN|NUM)$/.test(then?.pos ?? '');
  if (next.pos === 'VERB') return !SPEECH_VERBS.has(next.lemma);
  if (next.pos === 'ADV') return /^(VERB|ADJ)$/.test(then?.pos ?? '');
  return next.pos === 'ADP' && next.lemma !== 'of';
}
