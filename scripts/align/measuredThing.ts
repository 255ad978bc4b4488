/**
 * What a figure measures, read from the words that govern it: "killing at least 120 people" and
 * "the death toll rose to 130" both measure deaths; "at a depth of 10 kilometres" and "6 miles
 * deep" both measure depth; "40 miles from Belmar" the distance from Belmar. Only a closed set of
 * general-English measures is read (casualties, arrests, evacuations, magnitude, depth, distance
 * from a named place, money of a named kind, the length of a named thing and the time into it:
 * "the 16-hour flight", "nine hours into the flight", what a search found: "detected four objects"),
 * each from a word next to the figure in its clause,
 * so that two figures compared across sources are two sources' numbers for one thing.
 */
import type { QuantityMention } from '../contracts/stages.ts';
import { toBase } from './unitConversion.ts';
import { unitKind } from './countedThings.ts';

/** Words that say what a count of people measures, lower-cased as written. */
const PEOPLE_ROLES: Record<string, string> = Object.fromEntries([
  ['deaths', 'killed kill kills killing dead died die dies death deaths toll fatalities fatality fatally perished lives murdered murder murders slain massacred'],
  ['injuries', 'injured injuring injure injuries injury wounded wounding wounds hurt maimed maiming'],
  ['missing', 'missing unaccounted'],
  ['arrests', 'arrested arrests arresting detained detentions custody'],
  ['evacuations', 'evacuated evacuations evacuate evacuees displaced'],
  ['hospitalised', 'hospitalized hospitalised hospitalizations'],
  ['rescued', 'rescued'],
].flatMap(([role, words]) => words!.split(' ').map((w) => [w, role] as [string, string])));
/** Units a casualty count comes in besides people nouns ("130 deaths", "the toll reached 19"), and what each measures. */
const CASUALTY_UNITS: Record<string, string> = { deaths: 'deaths', dead: 'deaths', fatalities: 'deaths', injuries: 'injuries', injured: 'injuries', arrests: 'arrests' };
/** Kinds of money whose amount is one thing in a story: the bail set, a reward offered, a fine imposed. */
const MONEY_ROLES = new Set(['bail', 'bond', 'reward', 'fine', 'ransom', 'settlement', 'damages']);
/** Words that put a figure in another event or a part of the whole ("an aftershock", "three of the injured"). */
const NOT_THE_WHOLE = /\b(?:aftershocks?|of\s+(?:the|them|those|whom|which)|among\s+(?:the|them)|alone)\b/i;
/** A year in the clause: the figure most likely belongs to an earlier event ("the 2004 tsunami killed 230,000"). */
const A_YEAR = /\b(?:19|20)\d\d\b/;
/** Words that put a whole sentence in another time ("Last month, ... killed 60"). */
const ANOTHER_TIME = /\b(?:last\s+(?:week|month|year|spring|summer|fall|autumn|winter)|(?:weeks|months|years|decades)\s+(?:ago|earlier|before)|previous|previously|earlier\s+this\s+(?:week|month|year)|in\s+the\s+past)\b/i;
/** A rate or a what-if ("7.8 million deaths could be prevented every year"): a statistic, not one event's count. */
const NOT_AN_EVENT = /\b(?:could|would|might|every\s+year|each\s+year|a\s+year|per\s+year|annually|worldwide)\b/i;
/** Count nouns that name people in general; any other ("children", "protesters") names a part of them. */
const ANY_PEOPLE = new Set(['people', 'person', 'dead', 'death', 'deaths', 'fatality', 'fatalities', 'injury', 'injuries', 'injured', 'wounded', 'casualty', 'casualties', 'arrest', 'arrests']);
/** An aside after the counted noun ("people, including five children,"), left out when reading what follows. */
const ASIDE = /^(\s*(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s*,\s*(?:including|among\s+them|most\s+of\s+them|many\s+of\s+them)\b[^,;:.]*,/u;
/** Verbs before "N lives" that make them deaths. */
const LIVES_TAKEN = new Set(['claimed', 'claiming', 'claims', 'took', 'taking', 'taken', 'cost', 'costing', 'lost']);
/** Words after a length that make it a depth ("10 km deep"). */
const DEEP = new Set(['deep', 'below', 'underground', 'beneath']);
/** A verb that tells what a search turned up, straight before its count, quoted or not ("had found four", "found “two big objects”"). */
const FOUND_BEFORE = /\b(?:found|located|detected|spotted|discovered|recovered)\s+[“"]?$/i;
/** Words a role may stand from its figure, within the clause. */
const WINDOW = 4;

export interface MeasuredThing {
  /** What is measured and in what dimension ("people|deaths", "length|depth", "length|from belmar", "USD|bail"). */
  key: string;
  /** The figure in the dimension's base unit (metres for lengths), or the count or amount as written. */
  value: number;
}

/**
 * The measured thing of a mention, or undefined when the words do not say (most figures: a count
 * of rows, an age, a height, a share): those are never compared by what they measure.
 */
export function measuredThing(m: QuantityMention, isPeople: boolean): MeasuredThing | undefined {
  const offset = m.sentence.start;
  const before = clauseBefore(m.sentence.text.slice(0, m.start - offset));
  // "at least 19 people, including five children, had been killed": the aside does not end the clause.
  const after = clauseAfter(m.sentence.text.slice(m.end - offset).replace(ASIDE, '$1'));
  // "of the" after a duration's noun is no part of a whole ("the 15-hour flight about fear of the dark").
  const duration = A_YEAR.test(before) || A_YEAR.test(after) ? undefined : durationOf(m, after);
  if (duration) return duration;
  if (NOT_THE_WHOLE.test(after.slice(0, 40)) || A_YEAR.test(before) || A_YEAR.test(after) || (NOT_THE_WHOLE.test(before.slice(-30)) && !isToll(m))) return undefined;
  const wordsBefore = words(before).slice(-WINDOW);
  const wordsAfter = words(after).slice(0, WINDOW + 1);
  if (m.unit === 'magnitude') return { key: 'magnitude', value: m.value };
  const base = toBase(m.value, m.unit);
  if (base?.dimension === 'length') {
    // A measurement's span takes in its unit ("10 kilometres"); a glued one may leave it out ("10-km"): either way, what follows.
    if (wordsBefore.includes('depth') || wordsAfter.slice(0, 2).some((w) => DEEP.has(w))) return { key: 'length|depth', value: base.value };
    const place = /^[\s-]*(?:\p{L}+\.?\s+)?(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\s+of|from|outside(?:\s+of)?)\s+((?:the\s+(?:city|town|village)\s+of\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)/u.exec(after);
    if (place) return { key: `length|from ${place[1]!.replace(/^the\s+(?:city|town|village)\s+of\s+/, '').toLowerCase()}`, value: base.value };
    return undefined;
  }
  if (/^[A-Z]{3}$/.test(m.unit)) {
    const role = [...wordsBefore, ...wordsAfter].find((w) => MONEY_ROLES.has(w));
    return role ? { key: `${m.unit}|${role}`, value: m.value } : undefined;
  }
  if (ANOTHER_TIME.test(m.sentence.text) || NOT_AN_EVENT.test(m.sentence.text)) return undefined;
  // "claimed 50 lives", "took the lives of 12": deaths; "saved 50 lives" is not, so only these verbs say it.
  if (m.unit === 'lives') return wordsBefore.some((w) => LIVES_TAKEN.has(w)) ? { key: 'people|deaths', value: m.value } : undefined;
  // "have found four large parts", "detected two big objects": what a search found, counted by the kind of thing.
  if (!isPeople && m.head && FOUND_BEFORE.test(m.sentence.text.slice(0, m.start - offset))) return { key: `found|${unitKind(m.unit)}`, value: m.value };
  if (!isPeople && !CASUALTY_UNITS[m.unit]) return undefined;
  // The role word nearest the figure wins: "killed three people and wounded three others".
  const roleBefore = nearest([...wordsBefore].reverse());
  const roleAfter = nearest(wordsAfter);
  const role = (!roleBefore ? roleAfter?.role : !roleAfter ? roleBefore.role : roleBefore.at <= roleAfter.at ? roleBefore.role : roleAfter.role) ?? CASUALTY_UNITS[m.unit];
  // "eight children killed" and "19 Palestinians killed" count different groups: only the same noun, or people at large, compare.
  // "three Eastland fatalities" beside "14 people": a proper adjective before a general noun names a group of them.
  const group = !m.head || ANY_PEOPLE.has(m.head) ? namedGroup(m.counts) ?? 'people' : m.head;
  return role ? { key: `${group}|${role}`, value: m.value } : undefined;
}

/** Durations in seconds: the conversion table's, and months and years, which it leaves out as no fixed length. */
const SECONDS: Record<string, number> = { months: 2629800, years: 31557600 };
/** "nine hours into the 15-hour flight": the time into a thing, and the thing's noun after its own modifiers. */
const INTO = /^\s+into\s+(?:the|its|his|her|their|a|an)\s+(?:[\p{L}\d]+-[\p{L}-]+\s+|\p{Ll}+\s+(?=\p{Ll}+\b))?(\p{Ll}+)\b/u;
/** "the 16-hour flight", "a four-day visit": a figure glued to its unit by a hyphen, then the noun it measures (not a preposition: "30-seconds of video"). */
const GLUED_BEFORE_NOUN = /^\s+(?!(?:of|in|on|at|to|for|from|with|by|and|or|than|that|which|who)\b)(\p{Ll}+)\b/u;

/**
 * A duration that says what it measures: the length of the thing its glued figure modifies ("the
 * 16-hour flight" and "the 15-hour flight" are one flight told two ways) or the time into one ("ten
 * hours into the flight"). Any other duration ("for two hours", "five years ago") says nothing of what.
 */
function durationOf(m: QuantityMention, after: string): MeasuredThing | undefined {
  const seconds = toBase(m.value, m.unit)?.dimension === 'duration' ? toBase(m.value, m.unit)!.value : SECONDS[m.unit] !== undefined ? m.value * SECONDS[m.unit]! : undefined;
  if (seconds === undefined) return undefined;
  const into = INTO.exec(after);
  if (into) return { key: `duration|into ${into[1]!}`, value: seconds };
  const figure = m.sentence.text.slice(m.start - m.sentence.start, m.end - m.sentence.start);
  const noun = /-\p{L}+$/u.test(figure) ? GLUED_BEFORE_NOUN.exec(after) : undefined;
  return noun ? { key: `duration|${noun[1]!}`, value: seconds } : undefined;
}

/**
 * A toll is a whole by its name: in "the death toll from three weeks of the operation at 1,364" the
 * "of the" before the figure is not "three of the dead". (extractQuantities gives a toll's bare figure the unit "deaths".)
 */
function isToll(m: QuantityMention): boolean {
  return m.unit === 'deaths' && m.head === 'death';
}

/** The capitalised modifier of a counted phrase ("Eastland" in "Eastland fatalities"), lower-cased, or undefined. */
function namedGroup(counts: string | undefined): string | undefined {
  const modifier = /^(\p{Lu}[\p{L}'’-]+)\s+\p{Ll}/u.exec(counts ?? '');
  return modifier?.[1]!.toLowerCase();
}

function nearest(list: string[]): { role: string; at: number } | undefined {
  const at = list.findIndex((w) => PEOPLE_ROLES[w]);
  return at < 0 ? undefined : { role: PEOPLE_ROLES[list[at]!]!, at };
}

/** Where a clause ends: punctuation, or a conjunction that starts another ("killed three and wounded four"). */
const CLAUSE_END = /[,;:()—–“”"]|\s-\s|\.(?:\s|$)|\b(?:and|but|while|whereas|or)\b/gi;

/** The text before the figure back to its clause's start. */
function clauseBefore(text: string): string {
  let cut = 0;
  for (const m of text.matchAll(CLAUSE_END)) cut = m.index + m[0].length;
  return text.slice(cut);
}

/** The text after the figure up to its clause's end. */
function clauseAfter(text: string): string {
  CLAUSE_END.lastIndex = 0;
  const end = text.search(CLAUSE_END);
  return end < 0 ? text : text.slice(0, end);
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
}
