/**
 * A quantity or a range of them ("40,000-45,000", "between 5 and 10", "1 to 2 million", "three or
 * four weeks", "2019-20"), starting at a currency sign, digit or number word; and the guards that
 * keep a lone "one" (a pronoun: "one of", "no one") and capitalised number words ("Page Six") out.
 */
import { at, exact, mention, type Found, type NumberMention, type Quantity } from './numberMention.ts';
import { readTime } from './numberDates.ts';
import { PHONE } from './readPhone.ts';
import { readQuantity } from './readQuantity.ts';

/**
 * A plural-looking next word, which lets a lone "one" count ("one suspects"), unlike "one of", "one day", "one has".
 * Words in -is ("analysis", "crisis", "basis") are singular nouns, not plurals.
 */
const PLURAL_NEXT = /\s+(?!(?:has|was|is|does|this|thus|plus|its|his|less|unless|across|always|perhaps|as|us|yes)(?![a-z]))[a-z]+[^sui]s(?![a-z'’])/y;
/**
 * Words that make a following "one" a pronoun: "no one", "all one needs", "any one", "every one", "each one", "this one
 * means" (a demonstrative picks one out; "that" is left out, as "hope that one more case" counts one).
 */
const PRONOUN_ONE_BEFORE = /(?<![A-Za-z])(?:no|all|any|every|each|this)\s+$/i;
/**
 * "one more round", "one other victim", "one additional officer": "one" before a word that adds
 * to a set counts one thing. Not "one more time"/"one other thing" (idioms) nor "one more than".
 */
const ONE_MORE_NEXT = /\s+(?:more|other|additional|further|extra)\s+(?!(?:than|of|time|times|thing|things|way|ways)(?![a-z]))[a-z]/iy;
/** A capitalised number word (money read from "Six Million Dollar", never a currency sign or code such as "Rs"). */
const CAPITAL_NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Fifteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Thousand|Million|Billion)(?![a-z])/;
const IDENT_TAIL = /[A-Za-z\d]+(?:-[A-Za-z\d]+)*/y;
/**
 * "5-10", "5 to 10", "between 5 and 10", "two or three"; "a nine- to 12-year term", "two- or three-day": a hyphen left
 * hanging for the unit after the second figure; "a three-to-10-year term": the span written as one compound. A ratio or a
 * tally in that form ("7-to-2", "10-to-1") runs high to low and is no span (readRange wants low < high).
 */
const RANGE_SEP = /-\s+(?:to|or)\s+|-to-|\s*[-–]\s*|\s+to\s+|\s+and\s+|\s+or\s+/iy;
/** "between 5 and 10", "from 5 to 10", and an age's "between the ages of 25 and 35". */
const RANGE_WORD_BEFORE = /(?<![A-Za-z])(between|from)\s+(?:the\s+ages\s+of\s+)?$/i;
/** Verbs of a change in a level ("rose", "cut", "went", "up"): after one, "X to Y" tells where a level went, not a span. */
const CHANGE_VERB = '(?:rose|ris(?:e[sn]?|ing)|rais(?:e[sd]?|ing)|increas(?:e[sd]?|ing)|grew|grow(?:s|n|ing)?|jump(?:s|ed|ing)?|climb(?:s|ed|ing)?|fell|fall(?:s|en|ing)?|drop(?:s|ped|ping)?|declin(?:e[sd]?|ing)|cut(?:s|ting)?|reduc(?:e[sd]?|ing)|lower(?:s|ed|ing)?|boost(?:s|ed|ing)?|hik(?:e[sd]?|ing)|slash(?:es|ed|ing)?|soar(?:s|ed|ing)?|plung(?:e[sd]?|ing)|shrank|shrunk|shrink(?:s|ing)?|swell(?:s|ed|ing)?|expand(?:s|ed|ing)?|doubl(?:e[sd]?|ing)|tripl(?:e[sd]?|ing)|went|go(?:es|ne|ing)?|slid(?:e|es|ing)?|sank|tumbl(?:e[sd]?|ing)|surg(?:e[sd]?|ing)|dipped|slipped|edged|up|down)';
/** "rose 52 cents to $14.10", "up 4% to": a change verb, then any hedge or adverb, right before the first figure. */
const CHANGE_RIGHT_BEFORE = new RegExp(`(?<![A-Za-z])${CHANGE_VERB}(?:\\s+(?:about|nearly|almost|roughly|some|just|only|more\\s+than|less\\s+than|[a-z]+ly))*\\s+$`, 'i');
/** "raise the minimum wage from $7.25 to $15", "went from 40 to 60": a change verb, a few words of what changed, then "from". */
const CHANGE_BEFORE_FROM = new RegExp(`(?<![A-Za-z])${CHANGE_VERB}(?:\\s+[\\p{L}'’-]+){0,6}?\\s+$`, 'iu');
/** Words that turn "from X to Y" after a change verb back into a span ("cut by anywhere from 20 to 30 minutes"). */
const SPAN_WORD = /(?<![A-Za-z])(?:by|anywhere|range|ranging|ranged|between)(?![A-Za-z])/i;

/** The second half of "40,000-45,000", "between 5 and 10", "1 to 2 million", "$5 million to $7 million", "2019-20". */
type Range = Required<Pick<NumberMention, 'end' | 'kind' | 'value' | 'low' | 'high'>> & { unit: string | undefined };
function readRange(text: string, first: Quantity, between: boolean): Range | undefined {
  const sep = at(RANGE_SEP, text, first.end);
  if (!sep || (/and/i.test(sep[0]) && !between)) return undefined;
  const isOr = /\bor\b/i.test(sep[0]);
  const pos = first.end + sep[0].length;
  if (readTime(text, pos) !== undefined || at(PHONE, text, pos)) return undefined;
  const second = readQuantity(text, pos);
  if (!second || second.loneOne) return undefined;
  // "his pay for 2015 to $19.6 million", "from 857 million in 1980 to 2.1 billion": a year before a sum, a rate, a
  // measure or a scaled count dates the figure before it.
  if (first.yearLike && (second.kind !== 'count' || second.scale > 1)) return undefined;
  let high = second.value;
  let years = first.yearLike && second.yearLike;
  if (first.yearLike && second.plainDigits.length === 2 && /[-–]/.test(sep[0])) {
    high = first.value - (first.value % 100) + second.value;
    if (high <= first.value) high += 100;
    years = true;
  }
  // Scale reaches back across the range ("1 to 2 million") unless the first figure is already bigger ("500,000 to 2 million").
  let low = first.scale === 1 && second.scale > 1 && first.value < second.raw ? exact(first.value * second.scale) : first.value;
  const kind = first.kind === 'count' ? second.kind : second.kind === 'count' || second.kind === first.kind ? first.kind : undefined;
  // "between 350,000 and 260,000 years ago": a span of a measure written high to low after "between" is still one
  // (never a tally, which "between" does not open; "from 52 to 48 percent" is a change, not a span).
  if (between && kind === 'measure' && second.unit && !first.unit && low > high) [low, high] = [high, low];
  if (!kind || (first.unit && second.unit && first.unit !== second.unit) || !(low < high)) return undefined;
  // "three or four weeks", "two or three people": an uncertain count, but only between near neighbours.
  if (isOr && (first.unit || !Number.isInteger(low) || !Number.isInteger(high) || high > low * 2 + 1)) return undefined;
  return { end: second.end, kind: years ? 'year' : kind, value: (low + high) / 2, low, high, unit: first.unit ?? second.unit };
}

/** A quantity or a range of them, starting at a currency sign, digit or number word. */
export function readExpression(text: string, pos: number, prevEnd: number): Found {
  const first = readQuantity(text, pos);
  if (!first) return undefined;
  const rangeWord = RANGE_WORD_BEFORE.exec(text.slice(Math.max(prevEnd, pos - 24), pos));
  const range = readRange(text, first, rangeWord?.[1]?.toLowerCase() === 'between');
  if (range) {
    const start = rangeWord ? pos - rangeWord[0].length : pos;
    if (!isChange(text, pos, prevEnd, first, rangeWord)) return { ...mention(start, range.end, range.kind, range.value, range.unit), numberStart: pos, low: range.low, high: range.high };
    // "raised the rate from 33 to 41.5 percent", "went from 2 to 3 million": the level before the change is in the unit and scale of the one after.
    if (first.unit === undefined && range.unit !== undefined) return mention(pos, first.end, range.kind, range.low, range.unit);
    if (first.unit === undefined && range.low !== first.value) return mention(pos, first.end, first.kind, range.low);
  }
  // "one" alone is usually a pronoun; before a plural, a unit ("one year") or "more"/"other"
  // ("one more round") it is a figure, except the idiom "one day" (some day).
  if (first.loneOne && (!first.unit || first.unit === 'days') && !at(PLURAL_NEXT, text, first.end) && !at(ONE_MORE_NEXT, text, first.end)) return undefined;
  // "no one likes", "all one needs", "every one wins": after these "one" is a pronoun, and the next
  // word its verb, however plural it looks.
  if (first.loneOne && PRONOUN_ONE_BEFORE.test(text.slice(Math.max(prevEnd, pos - 8), pos))) return undefined;
  // "Page Six", "the Two Tall Towers", "The Six Million Dollar Man": a capitalised number word inside a sentence is part of a name.
  if ((first.kind === 'count' || (first.kind === 'money' && CAPITAL_NUMBER_WORD.test(text.slice(pos, pos + 10)))) && /^[A-Z][a-z]/.test(text.slice(pos, pos + 2)) && /[\p{L}\d,;]\s+$/u.test(text.slice(Math.max(prevEnd, pos - 3), pos))) {
    return mention(pos, first.end, 'identifier', first.value);
  }
  if (first.kind === 'count' && /[A-Za-z]/.test(text[first.end] ?? '')) {
    return mention(pos, first.end + (at(IDENT_TAIL, text, first.end)?.[0].length ?? 0), 'identifier', first.value);
  }
  return mention(pos, first.end, first.yearLike || isOlderYear(text, pos, first) ? 'year' : first.kind, first.value, first.unit);
}

/**
 * "raise the wage from $7.25 to $15", "shares fell $2.10 to $30.65": after a verb of change, "X to Y" is a level
 * before and after, or a change and the level it reached: two figures, never a span with a midpoint. ("Profits
 * fell 20 to 30 percent" stays a span: its first figure carries no unit of its own.)
 */
function isChange(text: string, pos: number, prevEnd: number, first: Quantity, rangeWord: RegExpExecArray | null): boolean {
  const word = rangeWord?.[1]?.toLowerCase();
  if (word === 'between') return false;
  const start = word === 'from' ? pos - rangeWord![0].length : pos;
  const before = text.slice(Math.max(prevEnd, start - 60), start);
  if (word === 'from') {
    const m = CHANGE_BEFORE_FROM.exec(before);
    return m !== null && !SPAN_WORD.test(m[0]) && !/[,;:]/.test(m[0]);
  }
  // Only "to" tells where the level went: "raised $5-7 million" is a span of money raised.
  return first.unit !== undefined && /^\s+to\s+/i.test(text.slice(first.end)) && CHANGE_RIGHT_BEFORE.test(before);
}

/**
 * "since 1790", "in 1864", "the 1859 Carrington Event": four plain digits before 1900 (a count that
 * large is written "1,864") after a preposition of time, or between "the" and a name, are a year.
 */
function isOlderYear(text: string, pos: number, first: Quantity): boolean {
  if (first.kind !== 'count' || !/^1[0-8]\d\d$/.test(first.plainDigits)) return false;
  const before = text.slice(Math.max(0, pos - 12), pos);
  return /(?<![A-Za-z])(?:in|since|by|from|until|till|circa|before|after|during|of)\s+$/i.test(before) || (/(?<![A-Za-z])the\s+$/i.test(before) && /^\s+\p{Lu}/u.test(text.slice(first.end)));
}

/** Whether `second` is the level a change "from `first` to" reached ("went from 40 to 60 people"), as readExpression.ts splits it. */
export function isChangeJoint(text: string, first: NumberMention, second: NumberMention): boolean {
  return /^\s+to\s+$/i.test(text.slice(first.end, second.start)) && /(?<![A-Za-z])from\s+$/i.test(text.slice(0, first.start));
}

/**
 * The unit a bare count takes from the measure after it: the level a change reached ("from 49,000 to
 * 46,000 years ago": years), or the other side of a size ("19.2 by 17.6 meters", "10 x 12 feet": both
 * are lengths in the unit written once), if any.
 */
export function carriedUnit(text: string, first: NumberMention, second: NumberMention | undefined): string | undefined {
  if (!second || second.kind !== 'measure' || !second.unit) return undefined;
  if (isChangeJoint(text, first, second)) return second.unit;
  return LENGTHS.has(second.unit) && /^\s*(?:by|x|×)\s*$/i.test(text.slice(first.end, second.start)) ? second.unit : undefined;
}

/** Units of length, the sides of a size written "N by M <unit>". */
const LENGTHS: ReadonlySet<string> = new Set(['mm', 'cm', 'm', 'km', 'in', 'ft', 'yd', 'mi']);
