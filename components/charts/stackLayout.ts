/**
 * Geometry of a breakdown chart: one bar per total, split into its parts, on a shared
 * scale so totals compare. Pure numbers, computed at build time.
 */
import { scaleLinear } from 'd3-scale';

export interface StackInput {
  total: number;
  parts: number[];
}

export interface StackRow {
  /** Top of the row's title line. */
  y: number;
  barY: number;
  totalWidth: number;
  segments: Array<{ x: number; width: number }>;
  /** Baselines of the part legend lines under the bar. */
  legendY: number[];
}

export interface StackLayout {
  width: number;
  height: number;
  barHeight: number;
  rows: StackRow[];
}

const WIDTH = 440;
const TITLE = 20;
const BAR = 18;
const LEGEND_LINE = 18;
const GAP = 18;

export function stackLayout(rows: StackInput[]): StackLayout {
  const x = scaleLinear().domain([0, Math.max(...rows.map((r) => r.total))]).range([0, WIDTH]);
  let y = 0;
  const out = rows.map((row): StackRow => {
    let at = 0;
    const segments = row.parts.map((value) => {
      const segment = { x: round(x(at)), width: round(x(value)) };
      at += value;
      return segment;
    });
    const laid: StackRow = { y, barY: y + TITLE, totalWidth: round(x(row.total)), segments, legendY: row.parts.map((_, i) => y + TITLE + BAR + (i + 1) * LEGEND_LINE) };
    y += TITLE + BAR + row.parts.length * LEGEND_LINE + GAP;
    return laid;
  });
  return { width: WIDTH, height: y, barHeight: BAR, rows: out };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
