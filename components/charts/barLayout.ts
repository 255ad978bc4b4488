/**
 * Geometry of a horizontal bar chart, computed at build time with d3-scale: a pure
 * function from data to numbers, so the SVG needs no client JavaScript and tests can
 * check the drawing without a browser.
 */
import { scaleLinear } from 'd3-scale';
import type { ChartDatum } from '../../scripts/charts/headline.ts';

export interface BarRow {
  datum: ChartDatum;
  /** Top of the row's label line. */
  y: number;
  /** The solid bar: from 0 to the value (a range's low end). */
  barY: number;
  barWidth: number;
  /** A range's extent, from low to high, drawn lighter; absent for single figures. */
  range?: { x: number; width: number };
}

export interface BarLayout {
  width: number;
  height: number;
  barHeight: number;
  rows: BarRow[];
  ticks: Array<{ x: number; label: string }>;
}

// A narrow drawing space keeps 13px text legible when a phone scales the SVG down.
const WIDTH = 440;
const ROW = 58;
const BAR = 18;
const LABEL = 20;
const AXIS = 24;

/** `room`: the width kept free after the longest bar, for what is written after it (its source markers). */
export function barLayout(data: ChartDatum[], format: (n: number) => string, room = 0): BarLayout {
  const max = Math.max(...data.map((d) => d.high ?? d.value));
  const x = scaleLinear().domain([0, max]).range([0, WIDTH - room]).nice();
  const rows = data.map((datum, i): BarRow => {
    const y = i * ROW;
    const solid = datum.low ?? datum.value;
    const row: BarRow = { datum, y, barY: y + LABEL, barWidth: round(x(solid)) };
    if (datum.low !== undefined && datum.high !== undefined) row.range = { x: round(x(datum.low)), width: round(x(datum.high) - x(datum.low)) };
    return row;
  });
  const ticks = x.ticks(4).map((t) => ({ x: round(x(t)), label: format(t) }));
  return { width: WIDTH, height: data.length * ROW + AXIS, barHeight: BAR, rows, ticks };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
