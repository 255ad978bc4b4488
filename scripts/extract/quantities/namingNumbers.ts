/**
 * Bare figures that name, mark or give an age rather than count (extractQuantities.ts asks here before
 * lending a bare figure the noun of an earlier count): labels ("lane 2", "p. 16"), list markers ("1.",
 * "(2)"), numbers in quotation marks, digits after an opening name ("Treblinka 2 was"), and ages after
 * a name ("Jane Roe, 26,", "Jane Roe (26)").
 */
import { CALENDAR_NAMES } from '../../text/calendar.ts';
import type { NumberMention } from './numbers.ts';
import type { Token } from '../../segment/tokens.ts';
import { VERB_FIRST_NOUNS } from './countedPhrase.ts';

/** "Jane Roe (26) from Leeds": a whole figure of a person's years in brackets right after a capitalised name. */
export function isBracketedAge(text: string, figure: NumberMention): boolean {
  return Number.isInteger(figure.value) && figure.value > 0 && figure.value < 120 && /\p{Lu}\p{Ll}+\s*\($/u.test(text.slice(0, figure.start)) && /^\)/.test(text.slice(figure.end));
}

/** "in lane 2", "part 3", "group 3", "day 30", "p. 16", "(ranked 5)": a singular label word right before a number, which names, not counts. */
export const LABEL_WORD_BEFORE = /(?:\bpp?\.|\branked|\b(?:part|parts|lane|group|groups|stage|day|week|round|phase|level|grade|floor|floors|room|page|chapter|section|season|episode|figs?\.|table|item|exhibit|number|no\.|game|district|ward|gate|terminal|platform|category|class|zone|row|seat|pier|unit|lot|route|highway|interstate|channel|reservoir|flight|station|tier|step|verse|act|scene|track|disc|volume|issue|plot))\s+$/i;

/** "20 Peabody Awards", "three Grammy Awards": capitalised words ending in a plural right after a figure. */
export const NAMED_PLURAL_AFTER = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}\p{Ll}+s\b/u;

/**
 * "starred in 12 Bridges", "the cast of 40 Lanes": a bare figure run into a capitalised singular word is part of
 * a title or name, not an elliptical count of the noun before; a day or month after it ("arrested 14 Monday") is
 * when, and lets it borrow.
 */
export const NAMED_SINGULAR_AFTER = new RegExp(`^[ \\t]+(?!(?:${CALENDAR_NAMES})\\b)\\p{Lu}\\p{Ll}+(?<!s)(?![\\p{L}'’-])`, 'u');

/**
 * "Jane Roe, 26, of Baltimore", "Cruz, now 45, told", "Hannah, 13, and Greyson, 9.": a bare figure between
 * commas after a name (or a name's last one, in digits before the sentence ends, as ages are written: "Virginia,
 * seven." ends a parallel list) is an age, not an elliptical count.
 */
export function isAppositive(text: string, figure: NumberMention): boolean {
  const before = text.slice(0, figure.start);
  const after = text.slice(figure.end);
  return (/,\s*(?:now\s+|then\s+)?$/.test(before) && /^\s*,/.test(after)) || (/(?<=\S\s+)\p{Lu}\p{Ll}+,\s*$/u.test(before) && /^\d/.test(text.slice(figure.numberStart)) && /^\s*[.;]\s*$/.test(after));
}

/**
 * “1”, "2": a bare number inside quotation marks is a label as written ("numbered “1” and “2”"), not a
 * count; so is one that ends a quoted name of capitalised words or initials (“Unit 8”, “A.R.K. 29”).
 */
export function isQuotedNumber(text: string, figure: NumberMention): boolean {
  const before = text.slice(Math.max(0, figure.start - 40), figure.start);
  const closes = /^[.,]?["”’']/.test(text.slice(figure.end));
  return (closes && (/["“‘']$/.test(before) || /["“‘'](?:\p{Lu}[\p{L}.'’-]*\s+){1,3}$/u.test(before))) || isBracketedNumber(text, figure);
}

/** "(1) interprets ..., (2) engenders ...", "as reported (4).": a number alone in brackets marks a list's item or a reference. */
function isBracketedNumber(text: string, figure: NumberMention): boolean {
  return figure.start === figure.numberStart && /\($/.test(text.slice(0, figure.start)) && /^\)/.test(text.slice(figure.end));
}

/** "911 dispatchers", "all 911 centers", "a 911 call": the emergency number before what answers or logs a call, not a count of it. */
export function isEmergencyNumber(text: string, figure: NumberMention): boolean {
  return text.slice(figure.numberStart, figure.end) === '911' && /^[\s-]+(?:calls?|callers?|dispatch\w*|operators?|centers?|centres?|tapes?|recordings?|system|lines?|services?|emergenc\w*)\b/i.test(text.slice(figure.end));
}

/** A sentence that is only a list's number: "1.", "(2)", "3)". */
export const LIST_MARKER = /^\s*\(?\d{1,2}[.)]\s*$/;

/**
 * "Treblinka 2 was a death camp", "Apollo 11 landed": plain digits right after a name that opens the
 * sentence are part of the name (readLabelled.ts reads such names inside a sentence, where a capital
 * says more); an elliptical figure opens with a determiner or a hedge ("Only 450 are", "Another 300").
 */
export function isOpeningName(tokens: readonly Token[], figure: NumberMention): boolean {
  const first = tokens[0];
  return first !== undefined && first.pos === 'PROPN' && tokens[1]?.start === figure.start && figure.start === figure.numberStart && /^\p{Lu}\p{Ll}+$/u.test(first.text);
}

/**
 * "Her 12,000 word handwritten letter", "a 40 caliber pistol": a singular noun right after a figure, before the
 * noun or adjective of a longer phrase, makes the two one modifier ("12,000-word"), not an elliptical count.
 */
export function nounRightAfter(tokens: readonly Token[], figure: NumberMention): boolean {
  const i = tokens.findIndex((t) => t.start >= figure.end);
  const next = tokens[i];
  // ("Three use old ovens": a common verb's bare form is the figure's verb, and the figure is elliptical.)
  return next !== undefined && next.pos === 'NOUN' && /^\p{Ll}{3,}$/u.test(next.text) && next.text === next.lemma && !VERB_FIRST_NOUNS.has(next.text) && /^(?:NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? '');
}

/**
 * "as in Archaeopteryx2,22", "properties39, 40", "the aurora.11 The", "bright light”12", "the night of 28/29", "(Figs. |
 * 1 and 2).": a note's number glued to the word, full stop or quotation mark before it (and the list it starts), a
 * number after a slash, or one that closes a bracket the sentence never opened, refers to a note, a figure or a date.
 */
export function isReferenceMark(text: string, figure: NumberMention): boolean {
  const before = text.slice(0, figure.start);
  if (/(?:\p{L}|\p{Ll}\.|["”’])[\d,]*$/u.test(before) || /\p{L}\d+(?:,\s*\d+)*,\s*$/u.test(before) || /\d\/$/.test(before)) return true;
  return /^(?:\s*(?:,|and|-|–)\s*\d+)*\)/.test(text.slice(figure.end)) && !before.includes('(');
}

/**
 * Whether a bare figure stands for something other than an elliptical count, so it borrows no earlier count noun:
 * a reference mark; a label or a label's list ("Figs. 8, 9", "parts one, two and three", "ranked at 3"); a level
 * ("minus 25"); a point in time ("since 9-11"); a rank's field ("17th out of 22"); an age ("at 21, she became", "younger than 50"); a unit the reader does not know ("5000 nT/min", "172 Gy", "20 μl", "10 s"); or a
 * name before its own lower-case noun ("two Led Zeppelin covers", "three U.S. Opens").
 */
export function lendsNoNoun(text: string, figure: NumberMention): boolean {
  const before = text.slice(0, figure.start);
  const after = text.slice(figure.end);
  if (isReferenceMark(text, figure)) return true;
  if (LABEL_WORD_BEFORE.test(before.replace(LABEL_LIST_TAIL, ' ')) || /\branked\s+at\s+$/i.test(before)) return true;
  if (/\b(?:minus|plus|(?:younger|older)\s+than)\s+$/i.test(before) || (/(?:^|[,;]\s*|\band\s+)at\s+$/i.test(before) && /^\s*,/.test(after))) return true;
  // "since 9-11", "ever since 6": after "since" a figure is a point in time (a date's digits, an hour), no count.
  if (/\bsince\s+$/i.test(before)) return true;
  // "ranks 17th out of 22", "finished third of 12": the size of a field ranked, not more of a thing counted before.
  if (ORDINAL_OF.test(before)) return true;
  if (/^\s*(?:[µμ]\p{L}*|\p{Lu}\p{Ll}?|\p{L}{1,3}\/\p{L}{1,4}|m?s)(?![\p{L}\d])(?!\.\p{L})/u.test(after)) return true;
  return /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:\p{Lu}\p{Ll}+s|\p{Ll}{3,}s)\b/u.test(after) && !CALENDAR_AFTER.test(after);
}

/** A rank and "(out) of" before a figure: "17th out of ", "third of ". */
const ORDINAL_OF = /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:out\s+)?of\s+$/i;
/** The list of numbers after a label word, up to the figure: "Figs. 8, ", "parts one, two and ", "groups 3, 4 and ". */
const LABEL_LIST_TAIL = /\s+(?:(?:\d+[a-z]?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|through\s+|to\s+))+$/i;
/** "14 Monday", "12 Tuesday nights": a day or month after a bare figure says when, not what. */
const CALENDAR_AFTER = /^\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;
