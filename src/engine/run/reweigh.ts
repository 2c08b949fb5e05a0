import type { MissingPolicy, TierSpec } from '../model/types';
import { compositeScores } from '../score/compositeScores';
import { assignTiers, type TierAssignment } from '../tiers/assignTiers';

/** A tier distribution for one set of weights and tiers, from factor scores computed once. */
export interface Reweighing extends TierAssignment {
  readonly scores: Float64Array;
}

/**
 * Re-scores and re-tiers clients from cached factor scores. Why: a weight slider must not re-read or re-rank
 * anything; only the weighted sum and the cutoffs change, so an update is O(clients × factors).
 */
export function reweigh(factorScores: readonly Float64Array[], weights: readonly number[], tiers: readonly TierSpec[], missing: MissingPolicy = 'zero'): Reweighing {
  const { scores } = compositeScores(factorScores, weights, missing);
  return { scores, ...assignTiers(scores, tiers) };
}
