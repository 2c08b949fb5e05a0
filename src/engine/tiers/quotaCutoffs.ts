import { radixArgsort } from '../score/radixArgsort';
import { presentValues } from '../score/percentileScores';

/**
 * How many clients from the top a cumulative share covers: ceil(share × n), forgiving the float noise that
 * makes 0.1 × 30 come out as 3.0000000000000004 (Excel's and Calc's ROUNDUP forgive it too).
 */
export function quotaPosition(topShare: number, n: number): number {
  const exact = topShare * n;
  return Math.max(1, Math.ceil(exact - 1e-9 * Math.max(1, exact)));
}

/**
 * Each quota tier's cutoff: the score at position ceil(topShare × n) in descending order of the scored clients.
 * The last tier (no share) gets −Infinity, so it takes the rest; NaN when nobody is scored.
 */
export function quotaCutoffs(scores: Float64Array, topShares: readonly (number | undefined)[]): Float64Array {
  const { present } = presentValues(scores);
  const n = present.length;
  const cutoffs = new Float64Array(topShares.length).fill(NaN);
  if (n === 0) return cutoffs;
  const order = radixArgsort(present);
  topShares.forEach((share, k) => {
    if (k === topShares.length - 1 || share === undefined) { cutoffs[k] = -Infinity; return; }
    const position = Math.min(n, quotaPosition(share, n));
    cutoffs[k] = present[order[n - position]];
  });
  return cutoffs;
}
