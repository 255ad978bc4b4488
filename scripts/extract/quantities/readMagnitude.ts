/**
 * Earthquake magnitudes: "magnitude 6.2", "a magnitude-6.2 quake", "the quake, which measured 7.8",
 * "the 6.2 quake". Read before anything else at a digit, since a bare decimal is otherwise a count.
 */
import { at, mention, type Found } from './numberMention.ts';

/** "magnitude 6.2", "a magnitude-6.2 quake", "a magnitude of 6.2": the scale named before the figure. */
const MAGNITUDE_BEFORE = /\bmagnitude(?:\s+of)?[\s-]+$/i;
/** A magnitude is a small number with at most one decimal or two ("6.2", "7"; "6.0," ends at its comma, "6,000" is no magnitude). */
const MAGNITUDE_VALUE = /\d(?:\.\d{1,2})?(?!\d|,\d|\.\d)/y;
/** "The quake, which measured 7.8", "a tremor registering 4.9": a quake's verb of measure right before a decimal. */
const QUAKE_MEASURED_BEFORE = /\b(?:quake|earthquake|tremor|temblor|aftershock)s?\b[^.;!?\d]{0,40}?\b(?:measured|measuring|registered|registering|measures|registers)\s+$/i;
/** "The 6.2 quake": a decimal right before a quake word. */
const QUAKE_AFTER = /^[\s-]+(?:quake|earthquake|tremor|temblor|aftershock)s?\b/i;
/** "7.8-magnitude", "6.1 on the Richter scale": a unit the quantity reader takes, with its words. */
const MAGNITUDE_UNIT_AFTER = /^[\s-]*(?:magnitude|on the (?:Richter|moment magnitude) scale)\b/i;
/** A decimal as a magnitude is written ("7.8"): a bare "7" before "quakes" may count them. */
const DECIMAL_MAGNITUDE = /\d\.\d{1,2}(?!\d|,\d|\.\d)/y;

/**
 * A level on a scale written after its name ("magnitude 6.2"): the measure "magnitude", as "6.2-magnitude" is;
 * and a decimal a quake is said to measure ("the quake, which measured 7.8", "the 6.2 quake").
 */
export function readMagnitude(text: string, pos: number, prevEnd: number): Found {
  const before = MAGNITUDE_BEFORE.exec(text.slice(Math.max(prevEnd, pos - 20), pos));
  const value = before && at(MAGNITUDE_VALUE, text, pos);
  if (before && value) return { ...mention(pos - before[0].length, pos + value[0].length, 'measure', Number(value[0]), 'magnitude'), numberStart: pos };
  const decimal = at(DECIMAL_MAGNITUDE, text, pos);
  if (!decimal) return undefined;
  const end = pos + decimal[0].length;
  if (MAGNITUDE_UNIT_AFTER.test(text.slice(end))) return undefined;
  if (!QUAKE_MEASURED_BEFORE.test(text.slice(Math.max(prevEnd, pos - 80), pos)) && !QUAKE_AFTER.test(text.slice(end))) return undefined;
  return mention(pos, end, 'measure', Number(decimal[0]), 'magnitude');
}
