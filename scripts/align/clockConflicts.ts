/**
 * Clock-time conflicts: "dispatchers got the call at 9:06" in one source and "deputies were
 * dispatched at 9:09" in another. Times of day close together are rarely two different facts
 * in one story, so the bar is lower than for other figures: different sources, minutes apart,
 * sentences that give one time each and share a word's stem ("dispatchers" / "dispatched"), and
 * neither source giving both.
 */
import type { Claim, Conflict } from '../contracts/facts.ts';
import { contentWords } from './words.ts';
import { valueConflict } from './valueConflicts.ts';
import { roundedAgree } from './clockRounding.ts';

const CLOCK_TIME = 'clock time';
/** Times further apart than this are two moments of the story, not one told two ways. */
const MAX_MINUTES_APART = 15;
/** Words every such sentence has: they show nothing about being the same moment. */
const TOO_COMMON = /^(said|say|told|tell|according|a\.?m|p\.?m|et|gmt|local|time|morning|afternoon|evening|night|around|about|approximately|shortly|just|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

export function clockConflicts(claims: Claim[]): Conflict[] {
  const times = claims.filter((c) => c.kind === 'quantity' && c.quantity?.unit === CLOCK_TIME);
  const conflicts: Conflict[] = [];
  const sorted = [...times].sort((a, b) => a.quantity!.value - b.quantity!.value);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.quantity!.value - sorted[i]!.quantity!.value <= MAX_MINUTES_APART; j++) {
      const conflict = disagreement(sorted[i]!, sorted[j]!);
      if (conflict) conflicts.push(conflict);
    }
  }
  return conflicts;
}

function disagreement(a: Claim, b: Claim): Conflict | undefined {
  if (a.quantity!.value === b.quantity!.value) return undefined;
  const sourcesA = new Set(a.evidence.map((e) => e.source));
  if (b.evidence.some((e) => sourcesA.has(e.source))) return undefined;
  for (const ea of a.evidence.filter(oneTime)) {
    const stemsA = stems(ea.quote);
    const eb = b.evidence.find((e) => oneTime(e) && stems(e.quote).some((s) => stemsA.includes(s)) && !roundedAgree({ minutes: a.quantity!.value, sentence: ea.quote }, { minutes: b.quantity!.value, sentence: e.quote }));
    if (eb) return valueConflict(a, ea, b, eb);
  }
  return undefined;
}

/** A sentence that gives one time; one with several ("between 6:45 and 7 p.m.", "left at 6, back by 9") is a timeline, not one moment. */
function oneTime(e: { quote: string }): boolean {
  if (/\bbetween\s+\d{1,2}(?::\d{2})?\b|\bfrom\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:to|until|till)\s+\d/i.test(e.quote)) return false;
  return (e.quote.match(/\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|o'clock)|\b\d{1,2}:\d{2}\b/gi) ?? []).length === 1;
}

/** Five-letter stems of a sentence's telling words: "dispatchers" and "dispatched" share "dispa". */
function stems(text: string): string[] {
  return [...new Set(contentWords(text).filter((w) => w.length >= 5 && !/\d/.test(w) && !TOO_COMMON.test(w)).map((w) => w.slice(0, 5)))];
}

