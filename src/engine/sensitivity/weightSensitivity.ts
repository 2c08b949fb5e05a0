import type { TierModel } from '../model/types';
import { reweigh } from '../run/reweigh';

/** The weight moves the sensitivity table tries, in points of the 100-point total. */
export const SENSITIVITY_DELTAS: readonly number[] = [-10, -5, 5, 10];

/** One factor's row of the sensitivity table. */
export interface FactorSensitivity {
  readonly factor: number;
  /** The factor's weight as a share of the total, in points (0–100). */
  readonly share: number;
  /** Aligned with the deltas: clients whose tier changes, or undefined when the move leaves 0–100 or cannot rescale. */
  readonly changed: readonly (number | undefined)[];
}

/**
 * The weights as shares of 100 with factor `f` moved by `delta` points and the others rescaled to keep their ratios
 * and the total at 100; undefined when the moved share would leave [0, 100] or no other factor has weight to rescale.
 */
export function shiftedShares(weights: readonly number[], f: number, delta: number): number[] | undefined {
  const total = weights.reduce((a, w) => a + w, 0);
  if (!(total > 0)) return undefined;
  const shares = weights.map((w) => (100 * w) / total);
  const moved = shares[f] + delta;
  if (moved < 0 || moved > 100) return undefined;
  const rest = 100 - shares[f];
  if (rest <= 0) return undefined;
  return shares.map((s, g) => (g === f ? moved : (s * (100 - moved)) / rest));
}

/** How many entries differ between two tier columns. */
function differences(a: Int16Array, b: Int16Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/**
 * For each factor and each delta, the clients whose tier changes when its weight moves by that many points (the others
 * rescaled). The baseline is re-tiered from the same shares, so only the move itself shows, never rounding of the
 * rescale. Quota tiers are re-cut on each trial, as the what-if does.
 */
export function weightSensitivity(
  factorScores: readonly Float64Array[], model: Pick<TierModel, 'factors' | 'tiers' | 'missing'>, deltas: readonly number[] = SENSITIVITY_DELTAS,
): FactorSensitivity[] {
  const weights = model.factors.map((f) => f.weight);
  const total = weights.reduce((a, w) => a + w, 0);
  const missing = model.missing ?? 'zero';
  const baseline = reweigh(factorScores, weights.map((w) => (total > 0 ? (100 * w) / total : w)), model.tiers, missing).tierIndex;
  return model.factors.map((_, f) => ({
    factor: f,
    share: total > 0 ? (100 * weights[f]) / total : 0,
    changed: deltas.map((delta) => {
      const shares = shiftedShares(weights, f, delta);
      return shares ? differences(baseline, reweigh(factorScores, shares, model.tiers, missing).tierIndex) : undefined;
    }),
  }));
}
