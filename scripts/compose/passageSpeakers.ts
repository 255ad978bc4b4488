/**
 * What the site says of a quote's speaker beside each source's passage. A claim's speaker is the
 * one its sources agree on (align/claimSpeaker.ts); a source that gives the words to someone else
 * says so ("Japan, in [2]"), and one whose speaker is not clear is not shown as naming the claim's speaker.
 */
import type { Claim, Speaker } from '../contracts/facts.ts';
import { sameName } from '../align/claimSpeaker.ts';

/**
 * The note for a source whose passage gives the words to no one the extractor could tell (it may
 * name no one, or name them in a way not read: "what the ministry called ..."), where the claim or
 * another source names someone: unclear, never a guess, and never a claim that the source names no one.
 */
export const SPEAKER_UNCLEAR = 'Speaker unclear';

/**
 * Source id -> the note shown before that source's passage ("Japan", "Speaker unclear"), for the
 * sources whose own speaker differs from the claim's. Empty for other claims and where all agree.
 */
export function passageSpeakers(claim: Claim): Map<string, string> {
  const notes = new Map<string, string>();
  if (claim.kind !== 'quote') return notes;
  const sources = [...new Set(claim.evidence.map((e) => e.source))];
  const own = new Map(sources.map((s) => [s, claim.evidence.find((e) => e.source === s && e.speaker)?.speaker]));
  // No passage records a speaker: either no source names one (the claim's line says so), or the
  // speaker is an editor's correction, or the facts predate per-source speakers. No note then.
  if ([...own.values()].every((s) => !s)) return notes;
  for (const [source, speaker] of own) {
    if (!speaker) notes.set(source, SPEAKER_UNCLEAR);
    else if (!claim.speaker || !sameName(speaker.name, claim.speaker.name)) notes.set(source, capitalised(speakerLabel(speaker)));
  }
  return notes;
}

/**
 * What the claims list and the charts say of a quote whose passages name its speaker in ways the
 * claim could not join into one ("the president" / a surname, an agency / its spokesman, or two
 * people): each passage then shows its own. That the names differ is all that is known; that the
 * sources disagree on who spoke is not, so the line does not say so.
 */
export const SPEAKER_NAMED_DIFFERENTLY = 'Speaker named differently in the passages';

/** What the claims list says of a quote's speaker: the claim's, or why it names none. */
export function quoteHeadline(claim: Claim): string {
  if (claim.speaker) return speakerLabel(claim.speaker);
  // No guess at who said it: either no source names anyone, or the passages name the speaker differently.
  return claim.evidence.some((e) => e.speaker) ? SPEAKER_NAMED_DIFFERENTLY : 'Unattributed in the sources';
}

/** A role that is only whose the speaker is: one to three words, the last a possessive ("BBC's", "the agency’s"). */
export const POSSESSIVE_ROLE = /^(?:\S+\s+){0,2}\S+['’]s$/u;

/**
 * "Amara Okafor, harbour master"; a role that only says whose the speaker is reads before the
 * name, as the source wrote it ("Harbour Radio’s Amara Okafor", never "Amara Okafor, Harbour Radio’s").
 */
export function speakerLabel(given: Speaker): string {
  const speaker = shownSpeaker(given);
  if (!speaker.role) return speaker.name;
  return POSSESSIVE_ROLE.test(speaker.role) ? `${speaker.role} ${speaker.name}` : `${speaker.name}, ${speaker.role}`;
}

/**
 * The speaker as a page names them, when the extractor's role repeats the name: a role that holds
 * the whole name is the phrase the source wrote and is shown alone ("the Harbour Gazette newspaper",
 * never "Harbour Gazette, the Harbour Gazette newspaper"); one that opens with the surname goes on
 * from the full name ("Ana Lima of the port board", never "Ana Lima, Lima of the port board").
 */
export function shownSpeaker(speaker: Speaker): Speaker {
  const role = speaker.role;
  if (!role) return speaker;
  if (wordsAt(role, speaker.name) >= 0) return { name: role };
  const words = speaker.name.split(/\s+/);
  const surname = words.at(-1)!;
  if (words.length >= 2 && wordsAt(role, surname) === 0) return { name: `${speaker.name}${role.slice(surname.length)}` };
  return speaker;
}

/**
 * Where `words` stand in `text` as whole words (any case), or -1. Compiling a Unicode pattern for
 * each speaker was 0.9-1.6 s of a profiled b200x extract's 38-47 s of samples: plain ASCII is
 * searched without one, and each other name's pattern is kept.
 */
function wordsAt(text: string, words: string): number {
  // Most names and roles are plain ASCII, where the pattern's match is exactly a case-blind indexOf
  // between non-alphanumerics (no ASCII text holds the non-ASCII forms that fold to ASCII letters).
  if (words && ASCII.test(text) && ASCII.test(words)) return asciiWordsAt(text, words);
  let pattern = WHOLE_WORDS.get(words);
  if (!pattern) {
    // Bounded: a live preview runs for hours over events that come and go.
    if (WHOLE_WORDS.size >= MEMO_LIMIT) WHOLE_WORDS.clear();
    const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    WHOLE_WORDS.set(words, pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu'));
  }
  return pattern.exec(text)?.index ?? -1;
}

/** wordsAt for ASCII `text` and `words`: the first case-blind occurrence with no letter or digit either side. */
function asciiWordsAt(text: string, words: string): number {
  const haystack = text.toLowerCase();
  const needle = words.toLowerCase();
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (!ALNUM.test(haystack.charAt(at - 1)) && !ALNUM.test(haystack.charAt(at + needle.length))) return at;
  }
  return -1;
}

const ASCII = /^[\x00-\x7f]*$/;
const ALNUM = /^[a-z0-9]$/;

const MEMO_LIMIT = 20_000;
/** Non-global patterns: exec keeps no state between texts. */
const WHOLE_WORDS = new Map<string, RegExp>();

/** A note opens the passage's line: a name that starts with a common word ("the agency") is capitalised. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
