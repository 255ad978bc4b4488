/**
 * A hedged figure is a rounded one: "close to 2,500 degrees" in one source and "2,550 degrees" in
 * another are one figure told at two precisions, as "about 1:30" covers 1:24 (clockRounding.ts).
 * Only an approximation rounds ("about", "roughly"); a bound ("nearly 10", "more than 200") does
 * not say how far the figure is from it, so it still disagrees with another figure.
 */

/** Hedges that say a figure is rounded. */
const APPROXIMATE = new Set(['about', 'roughly', 'approximately', 'around', 'some', 'an estimated', 'estimated', 'close to']);

/** Half the unit the figure is rounded to, read from its trailing zeros: 2,500 stands for 2,450 to 2,550; 9 for 9 alone. */
function precision(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0;
  let unit = 1;
  while (value % (unit * 10) === 0) unit *= 10;
  return unit === 1 ? 0 : unit / 2;
}

export interface HedgedFigure {
  value: number;
  qualifier?: string | undefined;
}

/** Whether two figures agree once an approximate side is read as rounded ("about 2,500" covers 2,550, not 2,600). */
export function roundedFiguresAgree(a: HedgedFigure, b: HedgedFigure): boolean {
  const apart = Math.abs(a.value - b.value);
  const covers = (x: HedgedFigure): boolean => !!x.qualifier && APPROXIMATE.has(x.qualifier.toLowerCase()) && apart <= precision(x.value);
  return covers(a) || covers(b);
}
