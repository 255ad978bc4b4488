/**
 * Greedy label placement for maps: each label tries its positions in order and takes the
 * first whose box overlaps no label already placed, no obstacle (a mark, an arrowhead) and
 * stays inside the drawing; failing that, the position that overlaps least. Text width is
 * estimated (0.6 em a character), as there is no DOM to measure at build time.
 */
export interface Box { x0: number; y0: number; x1: number; y1: number }
export interface LabelRequest {
  text: string;
  /** Characters of the whole label, including smaller parts (source numbers). */
  chars: number;
  size: number;
  /** Extra lines below the first, each `gap` lower (a locator's figures under its place's name). */
  more?: { lines: number; gap: number };
  /** Anchor points to try, in order of preference. */
  at: Array<{ x: number; y: number; anchor: 'start' | 'middle' | 'end' }>;
}
export interface PlacedLabel { x: number; y: number; anchor: 'start' | 'middle' | 'end' }

export function placeLabels(requests: LabelRequest[], obstacles: Box[], width: number, height: number): PlacedLabel[] {
  const placed: Box[] = [...obstacles];
  return requests.map((r) => {
    let best = { score: Infinity, at: r.at[0]!, box: boxOf(r, r.at[0]!) };
    for (const at of r.at) {
      const box = boxOf(r, at);
      const outside = box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height ? 1e6 : 0;
      const score = outside + placed.reduce((s, b) => s + overlap(box, b), 0);
      if (score < best.score) best = { score, at, box };
      if (score === 0) break;
    }
    placed.push(best.box);
    return { x: round(best.at.x), y: round(best.at.y), anchor: best.at.anchor };
  });
}

/** The box of a label whose baseline starts (or centres, or ends) at `at`. */
function boxOf(r: LabelRequest, at: LabelRequest['at'][number]): Box {
  const w = r.chars * r.size * 0.6;
  const x0 = at.anchor === 'start' ? at.x : at.anchor === 'end' ? at.x - w : at.x - w / 2;
  const below = r.more ? r.more.lines * r.more.gap : 0;
  return { x0, y0: at.y - r.size, x1: x0 + w, y1: at.y + below + r.size * 0.25 };
}

function overlap(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
