import { isThresholdTier, type TierSpec } from '../model/types';
import { quotaCutoffs } from './quotaCutoffs';

/** Tier of every client as an index into model.tiers (−1 = none), with the cutoff that each tier used. */
export interface TierAssignment {
  readonly tierIndex: Int16Array;
  /** Lowest score that reaches each tier; −Infinity for a catch-all last quota tier. */
  readonly tierCutoffs: Float64Array;
  readonly tierCounts: Int32Array;
}

/** The threshold tiers' minScores, top tier first. */
export function thresholdCutoffs(tiers: readonly TierSpec[]): Float64Array {
  return Float64Array.from(tiers, (t) => (isThresholdTier(t) ? t.minScore : NaN));
}

/**
 * The first tier from the top whose cutoff ≤ score; ties at a cutoff go up. Works for thresholds and for
 * quota cutoffs alike, which is what lets portable formulas share one LOOKUP.
 */
export function tierOfScore(score: number, tierCutoffs: Float64Array): number {
  if (score !== score) return -1;
  for (let k = 0; k < tierCutoffs.length; k++) if (tierCutoffs[k] <= score) return k;
  return -1;
}

export function tierCutoffsFor(scores: Float64Array, tiers: readonly TierSpec[]): Float64Array {
  return tiers.length > 0 && isThresholdTier(tiers[0])
    ? thresholdCutoffs(tiers)
    : quotaCutoffs(scores, tiers.map((t) => (t as { topShare?: number }).topShare));
}

export function assignTiers(scores: Float64Array, tiers: readonly TierSpec[]): TierAssignment {
  const tierCutoffs = tierCutoffsFor(scores, tiers);
  const tierIndex = new Int16Array(scores.length);
  const tierCounts = new Int32Array(tiers.length);
  const tiersCount = tierCutoffs.length;
  // tierOfScore inlined: this loop runs once per client on every slider step.
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    let k = 0;
    while (k < tiersCount && !(tierCutoffs[k] <= score)) k++;
    if (k === tiersCount) { tierIndex[i] = -1; continue; }
    tierIndex[i] = k;
    tierCounts[k]++;
  }
  return { tierIndex, tierCutoffs, tierCounts };
}
