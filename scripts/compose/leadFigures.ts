/**
 * Which figures an event leads with ("The numbers", the home page's headline figures): the ones a
 * reader needs first, the best-corroborated among them. A figure of the dead or the injured, of
 * money, of the people affected or of what the headline is about comes before a duration, a
 * measurement or an age; a clock time is no figure of the story at all (the conflicts still
 * compare times). General English only: no event's words.
 */
import type { Claim } from '../contracts/facts.ts';
import { sourceCount } from '../align/evidence.ts';
import { contentWords } from '../align/words.ts';
import { MEASURE_UNITS } from '../extract/quantities/numberWords.ts';

/** What the story is usually about when it counts people: harm, and the people it reached. */
const HARM = /\b(?:dead|deaths?|died|killed|kill(?:ing|s)?|fatalit(?:y|ies)|lives|bodies|injur(?:ed|ies|y)|wounded|hurt|casualt(?:y|ies)|victims?|missing|hospitali[sz]ed|evacuat(?:ed|ions?)|displaced|homeless|arrest(?:ed|s)|charged|infect(?:ed|ions?)|cases|sick)\b/i;
const PEOPLE = /\b(?:people|persons?|residents|passengers|workers|employees|children|students|patients|voters|users|customers|members|soldiers|troops|refugees|migrants|civilians|citizens|households|families|homes|jobs)\b/i;
/** Spans of time: how long, not how many. */
const DURATION = /^(?:seconds?|minutes?|min|hours?|h|days?|weeks?|months?|years?|decades?|century|centuries|terms?)$/i;

/** True for a unit that is a span of time ("4 hours", "90 min"): how long, not how many. */
export function isDuration(unit: string): boolean {
  return DURATION.test(unit);
}

/** How often something happened ("repeated it 23 times"): a detail of the telling, not a figure of the story. */
const REPETITION = /^(?:times?|occasions?)\b/i;
/** Where something was ("six rows in front of him", "three doors down"): a position, not a count. */
const POSITION = /^(?:rows?|seats?|doors?|blocks?|places?|spots?|steps?)\b|\b(?:in front|behind|ahead|apart|away|down the)\b/i;
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
/**
 * A sentence that opens in another time ("In June, a gunman ...", "Last year, 40 ...", "In 2015,
 * ..."): news tells the event in its own time, so a figure under such an opening is background.
 */
const OTHER_TIME = new RegExp(`^(?:\\(\\w+\\)\\s*)?(?:(?:back |earlier |later )?in|since|during|last|earlier|the previous|a (?:year|month|decade) (?:ago|earlier|before)|(?:one|two|three|\\w+) (?:years?|months?|decades?) (?:ago|earlier|before))\\b(?:\\s+(?:early|late|mid-?|the)?\\s*(?:${MONTHS}|\\d{4}s?|year|month|decade|spring|summer|fall|autumn|winter)\\b|\\s*,)`, 'i');

/** True when the figure, or its sentence, tells of harm: the dead, the hurt, the missing, the arrested. */
export function tellsHarm(c: Claim): boolean {
  return HARM.test(`${c.quantity?.counts ?? ''} ${c.quantity?.unit ?? ''}`) || HARM.test(c.text);
}

/** True for a figure that belongs among an event's numbers: not a time of day, nor "ten years ago" (a date told as a length). */
export function isStoryFigure(c: Claim): boolean {
  return c.kind === 'quantity' && !!c.quantity && c.quantity.unit !== 'clock time' && !toldAsPointInTime(c);
}

/** A length of time written as when something happened: "Ten years ago this morning", "three weeks earlier". */
export function toldAsPointInTime(c: Claim): boolean {
  const unit = c.quantity!.unit.replace(/s$/, '');
  return /^(?:second|minute|hour|day|week|month|year|decade|centurie|century)$/.test(unit) && new RegExp(`\\b${unit}s?\\s+(?:ago|earlier|before)\\b`, 'i').test(c.text);
}

/**
 * True when the figure, written with its noun, says what it counts: "300 passengers", "6 months",
 * "$2 million in repairs"; not a bare "45%", "$300" or "1,200 t" (tonnes of what?).
 */
export function saysWhatItCounts(c: Claim): boolean {
  const q = c.quantity!;
  if (q.counts) return true;
  return !/^[A-Z]{3}$/.test(q.unit) && q.unit !== '%' && q.unit !== 'clock time' && !MEASURE_UNITS.has(q.unit);
}

/**
 * True for a figure the event may lead with (the home page, the top of "The numbers", the
 * headline chart): not a repetition count ("23 times"), a position ("6 rows in front"), a figure
 * told in another time ("In June, ... killing five"), or one placed somewhere the headline does not
 * name ("four people at the <Hall> in <Town>", under a headline about another town): an earlier,
 * other event the article recalls.
 */
export function leadsStory(c: Claim, headlineWords: ReadonlySet<string> = new Set()): boolean {
  const q = c.quantity!;
  const counted = q.counts ?? q.unit;
  if (REPETITION.test(q.unit) || REPETITION.test(counted) || POSITION.test(counted)) return false;
  if (OTHER_TIME.test(c.text.trim())) return false;
  return !(headlineWords.size && elsewhere(counted, headlineWords));
}

/** True when the counted phrase places its figure at a named place ("at the Grand Hall", "in Lisbon") the headline does not name. */
function elsewhere(counted: string, headlineWords: ReadonlySet<string>): boolean {
  const place = /\b(?:at|in)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’.-]*\s*)+)/u.exec(counted);
  if (!place) return false;
  return !contentWords(place[1]!).some((w) => headlineWords.has(w));
}

/** How much a figure matters to a reader, before its support: higher first. */
export function figureWeight(c: Claim, headlineWords: ReadonlySet<string> = new Set()): number {
  const q = c.quantity!;
  const counted = `${q.counts ?? ''} ${q.unit}`;
  let weight = 0;
  // A length, a measurement or an age takes no weight from harm its sentence tells ("The victim, 33, ..."): it counts no harm.
  const measure = DURATION.test(q.unit) || MEASURE_UNITS.has(q.unit) || q.unit === 'years old';
  if (HARM.test(counted) || (!measure && HARM.test(c.text))) weight += 3;
  if (/^[A-Z]{3}$/.test(q.unit)) weight += 2; // money
  if (PEOPLE.test(counted)) weight += 2;
  if (contentWords(counted).some((w) => headlineWords.has(w))) weight += 2;
  if (measure) weight -= 2;
  if (q.unit === '%' && !q.counts) weight -= 1; // a share of what the sentence says
  return weight;
}

/** Past this a count is not "a few" things: "3 dogs" from one source is a detail, "40 dogs" may be the story. */
const FEW = 3;

/**
 * True for a figure too slight to lead an event, on its page or the home page: "1 facility",
 * "about 1 hour" (one of anything, unless someone died or was hurt: "1 person killed" leads), or a
 * few things that only one source counts and that are not harm, money, people or what the
 * headline is about ("3 dogs", "2 rings" from 1 of 4 sources). Showing no figure beats showing such a one.
 */
export function isTrivialFigure(c: Claim, headlineWords: ReadonlySet<string> = new Set()): boolean {
  const q = c.quantity!;
  // Money, shares and measurements say their own weight ("a mile deep" is no count of one thing).
  if (/^[A-Z]{3}$/.test(q.unit) || q.unit === '%' || MEASURE_UNITS.has(q.unit)) return false;
  const most = Math.max(q.value, q.high ?? q.value);
  // A span of time takes no weight from harm its sentence tells: "the first murder in almost a century" counts one century.
  const harm = HARM.test(`${q.counts ?? ''} ${q.unit}`) || (!isDuration(q.unit) && HARM.test(c.text));
  if (most === 0) return false; // "404 votes for, 0 against", "no one was hurt": none says something
  if (most === 1 && !harm) return true;
  return most <= FEW && sourceCount(c.evidence) === 1 && figureWeight(c, headlineWords) <= 0;
}

/**
 * The story's figures in the order an event leads with them: those that may lead (leadsStory)
 * before those that may not, whatever their support; then the best-corroborated first; among
 * equally corroborated ones, those that matter most (figureWeight); then as given. Figures too
 * slight to lead (isTrivialFigure) are left out: they stay among the event's claims.
 */
export function leadFigures(claims: readonly Claim[], headline = ''): Claim[] {
  const words = new Set(contentWords(headline));
  const figures = claims.filter((c) => isStoryFigure(c) && !isTrivialFigure(c, words));
  const weight = new Map(figures.map((c) => [c.id, figureWeight(c, words)]));
  const tier = new Map(figures.map((c) => [c.id, leadsStory(c, words) ? 0 : 1]));
  const place = new Map(figures.map((c, i) => [c.id, i]));
  return [...figures].sort((a, b) => tier.get(a.id)! - tier.get(b.id)! || sourceCount(b.evidence) - sourceCount(a.evidence) || weight.get(b.id)! - weight.get(a.id)! || place.get(a.id)! - place.get(b.id)!);
}
