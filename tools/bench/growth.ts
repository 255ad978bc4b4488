/**
 * How cost grows with size: the exponent k of time ≈ c · size^k, fitted by least squares on
 * log(time) against log(size). k = 1 is linear; 2 would mean every pair is compared.
 */

export interface GrowthPoint {
  /** Articles in the run. */
  size: number;
  seconds: number;
}

/** The least-squares slope of log(seconds) on log(size); NaN with fewer than two distinct sizes. */
export function growthExponent(points: readonly GrowthPoint[]): number {
  const xs = points.map((p) => Math.log(p.size));
  const ys = points.map((p) => Math.log(p.seconds));
  const n = points.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  return sxx === 0 ? Number.NaN : sxy / sxx;
}
