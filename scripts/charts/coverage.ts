/**
 * Coverage matrix: which source reports which claim, and where they conflict. Rows are the
 * best-corroborated claims plus every contested one; columns are the sources in site order.
 */
import type { Claim, Facts } from '../contracts/facts.ts';
import { support } from './headline.ts';

export type Cell = 'reports' | 'conflicts' | 'none';

export interface CoverageRow {
  claim: Claim;
  cells: Cell[];
}

export interface Coverage {
  sources: string[];
  rows: CoverageRow[];
}

const MAX_ROWS = 16;

export function coverageOf(facts: Facts): Coverage | undefined {
  if (facts.sources.length < 2) return undefined;
  const contested = contestedBy(facts);
  const order = new Map(facts.claims.map((c, i) => [c.id, i]));
  const shared = facts.claims.filter((c) => support(c) >= 2 || contested.has(c.id));
  const rows = [...shared]
    .sort((a, b) => Number(contested.has(b.id)) - Number(contested.has(a.id)) || support(b) - support(a) || order.get(a.id)! - order.get(b.id)!)
    .slice(0, MAX_ROWS)
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  if (!rows.length) return undefined;
  return {
    sources: facts.sources.map((s) => s.id),
    rows: rows.map((claim) => ({
      claim,
      cells: facts.sources.map((s): Cell => {
        if (contested.get(claim.id)?.has(s.id)) return 'conflicts';
        return claim.evidence.some((e) => e.source === s.id) ? 'reports' : 'none';
      }),
    })),
  };
}

/** claim id -> sources whose wording of it is on one side of a conflict. */
export function contestedBy(facts: Facts): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const conflict of facts.conflicts) {
    for (const w of conflict.wordings) {
      if (!map.has(w.claim)) map.set(w.claim, new Set());
      map.get(w.claim)!.add(w.source);
    }
  }
  return map;
}
