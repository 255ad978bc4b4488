/**
 * Parts of a whole: a figure that is the sum of two others reported together in one
 * source ("400 ... and the remaining 200" with "600" elsewhere) is their total.
 */
import type { Claim } from '../contracts/facts.ts';

export interface TotalWithParts {
  total: Claim;
  parts: Claim[];
}

/** Every (total, two parts) found among exact figures; bounded to the first 40 figures. */
export function totalsWithParts(claims: Claim[]): TotalWithParts[] {
  const found: TotalWithParts[] = [];
  const exact = claims.filter((c) => c.quantity && c.quantity.low === undefined);
  const sources = new Map(exact.map((c) => [c.id, new Set(c.evidence.map((e) => e.source))]));
  const together = (a: Claim, b: Claim): boolean => [...sources.get(a.id)!].some((s) => sources.get(b.id)!.has(s));
  const limit = Math.min(exact.length, 40);
  for (const total of exact) {
    const t = total.quantity!.value;
    for (let i = 0; i < limit; i++) {
      const a = exact[i]!;
      if (a === total || a.quantity!.value >= t) continue;
      for (let j = i + 1; j < limit; j++) {
        const b = exact[j]!;
        if (b === total || b.quantity!.value >= t) continue;
        if (a.quantity!.value + b.quantity!.value === t && together(a, b)) found.push({ total, parts: [a, b].sort((x, y) => y.quantity!.value - x.quantity!.value) });
      }
    }
  }
  return found;
}
