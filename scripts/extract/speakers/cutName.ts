/**
 * A speaker read as one capitalised word that, in its sentence, is only the end of a longer name:
 * "the President of the Harbour Workers’ Council explained" read as "Council", "Ana Lima, who works
 * with Porto Homeless Out Loud, said" as "Loud". The word is a piece of an organisation's name (or of
 * a degree, "Ph.D."), not who spoke, so no speaker is given rather than the piece.
 */
import type { SpeakerPhrase } from './speakerPhrase.ts';
import { isRoleWord } from './speakerPhrase.ts';
import { CALENDAR_NAMES } from '../../text/calendar.ts';

/** A capitalised word (or an initial, or a plural possessive "Workers’") and the space just before the speaker's word. */
const CAPITALISED_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}.'’-]*)\s$/u;
/** Words that are capitalised before a name without being part of it: an opening adverb or conjunction, a day, a title. */
const NOT_PART = new RegExp(`^(?:The|A|An|But|And|Then|So|Yet|Now|Still|Also|Later|Earlier|Instead|Meanwhile|However|When|While|As|After|Before|Here|There|On|In|At|By|For|From|With|Of|To|Why|What|Who|How|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady|Saint|St|Rev|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|St\\.|Rev\\.|${CALENDAR_NAMES})$`);

/**
 * Whether `speaker` is one capitalised word that every time it stands in `text` outside quotation
 * marks follows another capitalised word of the same run (not the sentence's first word, which is
 * capitalised anyway, nor a title or a day): the tail of a longer name the subject was cut from.
 */
export function isCutFromLongerName(speaker: SpeakerPhrase, text: string, quoted: ReadonlyArray<{ start: number; end: number }>): boolean {
  const word = speaker.name;
  if (!word || speaker.role || speaker.pronoun || /\s/.test(word) || word !== speaker.text.trim()) return false;
  // "SAYS STEWART", "NASA": a line in capitals or an acronym says nothing of where a name starts.
  if (word === word.toUpperCase()) return false;
  let seen = 0;
  for (const at of standaloneAt(text, word)) {
    if (quoted.some((q) => at >= q.start && at < q.end)) continue;
    seen++;
    const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    if (!before) return false;
    const previous = before[1]!;
    const previousAt = at - 1 - previous.length;
    // The sentence's first word is capitalised as such ("Reports say", "Then Lima said"): no sign of a run.
    if (previousAt <= 0 || /^[\s“"(]*$/.test(text.slice(0, previousAt))) return false;
    // "Norbank’s Reyes said": a singular possessive says whose the person is; "Workers’ Council" is one name.
    if (/['’]s$/.test(previous)) return false;
    if (NOT_PART.test(previous) || isRoleWord(previous.replace(/[.]$/, '')) || isRoleWord(previous)) return false;
  }
  return seen > 0;
}

/** A letter or one of . ' ’ - just before the word: it goes on a longer word ("Jean-Lima", "O’Lima"). */
const JOINS_BEFORE = /^[\p{L}.'’-]$/u;
/** A letter or one of ' ’ - just after the word (a full stop may end its sentence). */
const JOINS_AFTER = /^[\p{L}'’-]$/u;

/**
 * Where `word` stands in `text` as a word of its own, left to right and never overlapping: what
 * `/(?<![\p{L}.'’-])word(?![\p{L}'’-])/gu` finds, without compiling a Unicode pattern for each
 * speaker (that compile was most of this module's time). Code points, as the `u` flag reads them:
 * a match never starts or ends inside a surrogate pair.
 */
function* standaloneAt(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; ) {
    const end = at + word.length;
    const inPairAtStart = at > 0 && isLowSurrogate(text.charCodeAt(at)) && isHighSurrogate(text.charCodeAt(at - 1));
    const inPairAtEnd = isHighSurrogate(text.charCodeAt(end - 1)) && isLowSurrogate(text.charCodeAt(end));
    if (!inPairAtStart && !inPairAtEnd && !JOINS_BEFORE.test(codePointBefore(text, at)) && !JOINS_AFTER.test(codePointAt(text, end))) {
      yield at;
      at = text.indexOf(word, end);
    } else at = text.indexOf(word, at + 1);
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The code point that ends just before `at`, as a string ('' at the start). */
function codePointBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const start = at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2)) ? at - 2 : at - 1;
  return text.slice(start, at);
}

/** The code point that starts at `at`, as a string ('' at the end). */
function codePointAt(text: string, at: number): string {
  const code = text.codePointAt(at);
  return code === undefined ? '' : String.fromCodePoint(code);
}
