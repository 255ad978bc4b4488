/**
 * The sides of a conflict in the order a reader should meet them: when every side's source gives
 * a publication time and they differ, earliest first, each marked with its time ("120 in [2]
 * (earlier, published 2031-05-14), 247 in [3] (later, ...)"), so an evolving figure reads as one;
 * otherwise in the order align found them, unmarked.
 */
import type { Conflict, Source } from '../contracts/facts.ts';

export interface ConflictSide {
  wording: Conflict['wordings'][number];
  /** "earlier, published 2031-05-14" and the like; absent when the sources' times do not tell. */
  when?: string;
}

export function conflictSides(conflict: Conflict, sources: readonly Source[]): ConflictSide[] {
  const published = new Map(sources.map((s) => [s.id, s.published]));
  const times = conflict.wordings.map((w) => {
    const given = published.get(w.source);
    return { given, time: given ? Date.parse(given) : Number.NaN };
  });
  // A side without a time, or one date as a day and another with its hour, cannot be placed: leave the order alone.
  const placed = times.every((t) => Number.isFinite(t.time)) && new Set(times.map((t) => t.time)).size === times.length;
  if (!placed) return conflict.wordings.map((wording) => ({ wording }));
  const order = conflict.wordings.map((wording, i) => ({ wording, ...times[i]! })).sort((a, b) => a.time - b.time);
  return order.map((side, i) => ({
    wording: side.wording,
    when: `${i === 0 ? 'earlier, ' : i === order.length - 1 ? 'later, ' : ''}published ${side.given}`,
  }));
}
