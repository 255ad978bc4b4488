/**
 * A hedged clock time is a rounded one: "about 1:30 a.m." in one source and "approximately 1:24
 * a.m." in another are one moment, told at two precisions. "Around 9:06" is not rounded (its last
 * digit is exact), so it still disagrees with "9:09".
 */

/** Hedges that make a time approximate, written just before it ("at about 1:30", "shortly after 9"). */
const HEDGE = String.raw`(?:about|around|approximately|roughly|some|nearly|almost|shortly\s+(?:before|after)|just\s+(?:before|after))\s+(?:at\s+)?`;

/** Minutes either side that a time rounded to its last digits stands for: "1:30" may be 1:15 to 1:45. */
function precision(minutes: number): number {
  const m = minutes % 60;
  if (m % 30 === 0) return 15;
  if (m % 15 === 0) return 7.5;
  if (m % 10 === 0) return 5;
  if (m % 5 === 0) return 2.5;
  return 0;
}

/** Whether `sentence` hedges the clock time `minutes` (minutes after midnight) as written in it. */
export function hedgesTime(sentence: string, minutes: number): boolean {
  const hour = Math.floor(minutes / 60) % 12 || 12;
  const minute = minutes % 60;
  const time = minute === 0 ? `${hour}(?::00)?` : `${hour}:${String(minute).padStart(2, '0')}`;
  return new RegExp(`\\b${HEDGE}${time}(?![\\d:])`, 'i').test(sentence);
}

/**
 * Whether two sources' times agree once one side's hedge is read as rounding: the hedged time's
 * precision covers the other ("about 1:30" covers 1:24; "about 9:06" covers only 9:06).
 */
export function roundedAgree(a: { minutes: number; sentence: string }, b: { minutes: number; sentence: string }): boolean {
  const apart = Math.abs(a.minutes - b.minutes);
  return (hedgesTime(a.sentence, a.minutes) && apart <= precision(a.minutes)) || (hedgesTime(b.sentence, b.minutes) && apart <= precision(b.minutes));
}
