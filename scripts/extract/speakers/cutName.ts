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
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}.'’-])${escape(word)}(?![\\p{L}'’-])`, 'gu'))) {
    const at = m.index!;
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

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
