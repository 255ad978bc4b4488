/**
 * Measurements in units of one dimension, brought to a common base so that "10 kilometres" and
 * "6 miles" are compared as the same depth. A fixed table of exact factors (the extractor's unit
 * abbreviations): a units library would bring hundreds of units news never writes.
 */

/** Factor to the dimension's base unit (metres, kilograms, seconds, square metres, litres, km/h). */
const FACTORS: Record<string, [dimension: string, factor: number]> = {
  mm: ['length', 0.001], cm: ['length', 0.01], m: ['length', 1], km: ['length', 1000],
  in: ['length', 0.0254], ft: ['length', 0.3048], yd: ['length', 0.9144], mi: ['length', 1609.344],
  g: ['mass', 0.001], kg: ['mass', 1], t: ['mass', 1000], oz: ['mass', 0.028349523125], lb: ['mass', 0.45359237], mg: ['mass', 1e-6],
  s: ['duration', 1], min: ['duration', 60], h: ['duration', 3600], days: ['duration', 86400], weeks: ['duration', 604800],
  'sq m': ['area', 1], 'sq km': ['area', 1e6], 'sq ft': ['area', 0.09290304], 'sq mi': ['area', 2589988.110336], acres: ['area', 4046.8564224], ha: ['area', 10000],
  L: ['volume', 1], mL: ['volume', 0.001], gal: ['volume', 3.785411784], bbl: ['volume', 158.987294928],
  'km/h': ['speed', 1], mph: ['speed', 1.609344], kn: ['speed', 1.852],
};

/**
 * Two figures that round to one another count as the same: outlets convert and round
 * ("10 km (6 miles)" is 9.66 km), so a conversion within this share is agreement.
 */
const SAME_WITHIN = 0.06;

export interface BaseMeasure {
  dimension: string;
  value: number;
}

/** The measurement in its dimension's base unit, or undefined for a unit outside the table (counts, money, "%"). */
export function toBase(value: number, unit: string): BaseMeasure | undefined {
  const entry = FACTORS[unit];
  return entry ? { dimension: entry[0], value: value * entry[1] } : undefined;
}

/** Whether two figures of one dimension agree once rounding of a conversion is allowed for. */
export function sameMeasure(a: number, b: number): boolean {
  if (a === b) return true;
  const larger = Math.max(Math.abs(a), Math.abs(b));
  return larger > 0 && Math.abs(a - b) / larger <= SAME_WITHIN;
}
