import { kthLargest } from './kthLargest';

/**
 * How many clients from the top a cumulative share covers: ceil(share × n) after rounding the product to 6
 * decimals, so float noise (0.07 × 100 = 7.000000000000001) counts as 7. Portable formulas write the same thing as
 * ROUNDUP(ROUND(share*n,6),0), which Excel and LibreOffice evaluate identically.
 */
export function quotaPosition(topShare: number, n: number): number {
  const product = Math.round(topShare * n * 1e6) / 1e6;
  return Math.max(1, Math.ceil(product));
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
