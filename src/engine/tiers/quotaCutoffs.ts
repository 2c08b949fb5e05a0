import { kthLargest } from './kthLargest';

/**
 * How many clients from the top a cumulative share covers: ceil(share × n), forgiving the float noise that
 * makes 0.07 × 100 come out as 7.000000000000001 (Excel's and Calc's ROUNDUP forgive it too).
 */
export function quotaPosition(topShare: number, n: number): number {
  const exact = topShare * n;
  return Math.max(1, Math.ceil(exact - 1e-9 * Math.max(1, exact)));
}

/** Number of non-NaN scores. */
function scoredCount(scores: Float64Array): number {
  let n = 0;
  for (let i = 0; i < scores.length; i++) if (scores[i] === scores[i]) n++;
  return n;
}

/**
 * Each quota tier's cutoff: the score at position ceil(topShare × n) in descending order of the scored clients.
 * The last tier (no share) gets −Infinity, so it takes the rest; NaN when nobody is scored.
 */
export function quotaCutoffs(scores: Float64Array, topShares: readonly (number | undefined)[]): Float64Array {
  const n = scoredCount(scores);
  const cutoffs = new Float64Array(topShares.length).fill(NaN);
  if (n === 0) return cutoffs;
  const ranked = topShares.map((share, k) => (k === topShares.length - 1 || share === undefined ? undefined : Math.min(n, quotaPosition(share, n))));
  const wanted = ranked.filter((p): p is number => p !== undefined);
  const values = kthLargest(scores, wanted);
  let next = 0;
  ranked.forEach((p, k) => { cutoffs[k] = p === undefined ? -Infinity : values[next++]; });
  return cutoffs;
}
