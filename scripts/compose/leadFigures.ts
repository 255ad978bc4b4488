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
const DURATION = /^(?:seconds?|minutes?|hours?|h|days?|weeks?|months?|years?|decades?|centuries|terms?)$/i;

/** True for a figure that belongs among an event's numbers (not a time of day). */
export function isStoryFigure(c: Claim): boolean {
  return c.kind === 'quantity' && !!c.quantity && c.quantity.unit !== 'clock time';
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

/** How much a figure matters to a reader, before its support: higher first. */
export function figureWeight(c: Claim, headlineWords: ReadonlySet<string> = new Set()): number {
  const q = c.quantity!;
  const counted = `${q.counts ?? ''} ${q.unit}`;
  let weight = 0;
  if (HARM.test(counted) || HARM.test(c.text)) weight += 3;
  if (/^[A-Z]{3}$/.test(q.unit)) weight += 2; // money
  if (PEOPLE.test(counted)) weight += 2;
  if (contentWords(counted).some((w) => headlineWords.has(w))) weight += 2;
  if (DURATION.test(q.unit) || MEASURE_UNITS.has(q.unit) || q.unit === 'years old') weight -= 2;
  if (q.unit === '%' && !q.counts) weight -= 1; // a share of what the sentence says
  return weight;
}

/**
 * The story's figures in the order an event leads with them: the best-corroborated first; among
 * equally corroborated ones, those that matter most (figureWeight); then as given.
 */
export function leadFigures(claims: readonly Claim[], headline = ''): Claim[] {
  const words = new Set(contentWords(headline));
  const figures = claims.filter(isStoryFigure);
  const weight = new Map(figures.map((c) => [c.id, figureWeight(c, words)]));
  const place = new Map(figures.map((c, i) => [c.id, i]));
  return [...figures].sort((a, b) => sourceCount(b.evidence) - sourceCount(a.evidence) || weight.get(b.id)! - weight.get(a.id)! || place.get(a.id)! - place.get(b.id)!);
}
