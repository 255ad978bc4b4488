/**
 * Splits a span of an article into runs for display: each run knows which claims'
 * passages cover it and which anchors start there. Overlapping passages (a quote inside
 * a sentence that also holds a figure) are handled by cutting at every boundary.
 */
import type { Passage } from '../scripts/contracts/generated.ts';

export interface Run {
  text: string;
  /** Claims whose passage covers this run. */
  claims: string[];
  /** Anchor ids that start at this run: the claim id for its first passage here, then id-2, id-3... */
  anchors: string[];
}

/** Anchor id for each passage, in document order: claim id, then claim-id-2 for a second passage. */
export function passageAnchors(passages: Passage[]): string[] {
  const seen = new Map<string, number>();
  return passages.map((p) => {
    const n = (seen.get(p.claim) ?? 0) + 1;
    seen.set(p.claim, n);
    return n === 1 ? p.claim : `${p.claim}-${n}`;
  });
}

export function highlightRuns(text: string, start: number, end: number, passages: Passage[], anchors: string[]): Run[] {
  const inside = passages.map((p, i) => ({ p, anchor: anchors[i]! })).filter(({ p }) => p.end > start && p.start < end);
  const cuts = new Set<number>([start, end]);
  for (const { p } of inside) {
    cuts.add(Math.max(start, p.start));
    cuts.add(Math.min(end, p.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    if (b <= a) continue;
    const covering = inside.filter(({ p }) => p.start <= a && p.end >= b);
    runs.push({
      text: text.slice(a, b),
      claims: [...new Set(covering.map(({ p }) => p.claim))],
      anchors: inside.filter(({ p }) => p.start === a || (p.start < start && a === start)).map(({ anchor }) => anchor),
    });
  }
  return runs;
}
