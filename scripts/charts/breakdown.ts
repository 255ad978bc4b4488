/**
 * Parts of a whole: totals of the most-reported kind of thing split into the parts the
 * sources give ("600 nurses: 400 to Eastport, 200 to Halvik").
 */
import type { Claim, Facts } from '../contracts/facts.ts';
import { bestPerFigure, countClaims, support, unitFamily } from './headline.ts';
import { totalsWithParts } from './parts.ts';
import { flowOf } from './flows.ts';
import { countedNoun } from '../compose/format.ts';

export interface BreakdownPart {
  claim: Claim;
  /** How the part is told apart: its destination when it goes somewhere, else what it counts. */
  label: string;
}

export interface Breakdown {
  total: Claim;
  parts: BreakdownPart[];
}

export function breakdownsOf(facts: Facts): Breakdown[] {
  const counts = bestPerFigure(countClaims(facts));
  const byFamily = new Map<string, Claim[]>();
  for (const c of counts) byFamily.set(unitFamily(c), [...(byFamily.get(unitFamily(c)) ?? []), c]);
  const found: Breakdown[] = [];
  for (const members of byFamily.values()) {
    for (const { total, parts } of totalsWithParts(members)) found.push({ total, parts: parts.map((claim) => ({ claim, label: partLabel(claim) })) });
  }
  // Best-supported totals first; a total split two ways keeps its best-supported split.
  const seen = new Set<string>();
  const weight = (b: Breakdown): number => support(b.total) + b.parts.reduce((sum, p) => sum + support(p.claim), 0);
  return found
    .sort((a, b) => weight(b) - weight(a) || b.total.quantity!.value - a.total.quantity!.value)
    .filter((b) => !seen.has(b.total.id) && seen.add(b.total.id))
    .slice(0, 4)
    .sort((a, b) => b.total.quantity!.value - a.total.quantity!.value);
}

function partLabel(claim: Claim): string {
  const flow = flowOf(claim);
  if (flow) return flow.origin ? `${flow.origin} → ${flow.destination}` : `to ${flow.destination}`;
  return countedNoun(claim.quantity!);
}
