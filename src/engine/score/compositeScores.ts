import type { MissingPolicy } from '../model/types';

/** Composite scores, and which factors each client was missing (bit i = factor i). */
export interface CompositeScores {
  /** NaN for a client left unscored by `missing: exclude`. */
  readonly scores: Float64Array;
  readonly missingFactors: Uint32Array;
}

/** Decimals a composite keeps: a score that is 80 on paper must not become 79.99999999999999 and miss a cutoff. */
export const SCORE_DECIMALS = 10;
const SCORE_SCALE = 10 ** SCORE_DECIMALS;

export function roundScore(score: number): number {
  return Math.round(score * SCORE_SCALE) / SCORE_SCALE;
}

/**
 * Σ wᵢ·sᵢ / Σ wᵢ. A missing factor scores 0 under "zero"; under "exclude" the client gets no score. Factors
 * weighted 0 don't count at all, so a missing value in a factor switched off never excludes anyone.
 */
export function compositeScores(factorScores: readonly Float64Array[], weights: readonly number[], missing: MissingPolicy = 'zero'): CompositeScores {
  const n = factorScores.length > 0 ? factorScores[0].length : 0;
  const scores = new Float64Array(n);
  const missingFactors = new Uint32Array(n);
  const total = weights.reduce((a, w) => a + w, 0);
  const exclude = missing === 'exclude';
  let countedMask = 0;
  weights.forEach((w, f) => { if (w !== 0) countedMask |= 1 << f; });
  const columns = factorScores.length;
  // One pass per client over its factors, summing in factor order (portable formulas add in the same order).
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let gaps = 0;
    for (let f = 0; f < columns; f++) {
      const s = factorScores[f][i];
      if (s !== s) { gaps |= 1 << f; continue; }
      const w = weights[f];
      if (w !== 0) sum += w * s;
    }
    missingFactors[i] = gaps;
    scores[i] = (exclude && (gaps & countedMask) !== 0) || total <= 0 ? NaN : roundScore(sum / total);
  }
  return { scores, missingFactors };
}
