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

/**
 * Math.round(score × 10¹⁰) / 10¹⁰, exactly. Why not Math.round itself: V8 leaves its fast path past 2³¹, and this runs
 * once per client. floor(x + 0.5) differs from Math.round(x) only when x + 0.5 rounds up onto an integer; the check
 * puts that case back (checked against Math.round in test/engine/roundScore.test.ts).
 */
export function roundScore(score: number): number {
  const scaled = score * SCORE_SCALE;
  let rounded = Math.floor(scaled + 0.5);
  if (rounded - 0.5 > scaled) rounded -= 1;
  // score × 0 keeps Math.round's sign of zero: −0.1 rounds to −0.
  return rounded === 0 ? score * 0 : rounded / SCORE_SCALE;
}

/** Clients per block of the weighted sum: 4,096 sums and flags fit in a core's L1/L2 cache. */
const SUM_BLOCK = 4096;

/** Adds one factor's weighted scores into scores[start, end), and flags the clients it is missing for. */
function addFactor(scores: Float64Array, missingFactors: Uint32Array, column: Float64Array, weight: number, bit: number, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const s = column[i];
    if (s !== s) missingFactors[i] |= bit;
    else if (weight !== 0) scores[i] += weight * s;
  }
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
  // Block by block, then column by column, adding in factor order (portable formulas add in the same order): a
  // tight loop per typed array is several times faster than visiting every factor per client, and a block of sums
  // stays in cache while each column adds to it.
  for (let start = 0; start < n; start += SUM_BLOCK) {
    const end = Math.min(n, start + SUM_BLOCK);
    for (let f = 0; f < factorScores.length; f++) addFactor(scores, missingFactors, factorScores[f], weights[f], 1 << f, start, end);
    for (let i = start; i < end; i++) {
      scores[i] = (exclude && (missingFactors[i] & countedMask) !== 0) || total <= 0 ? NaN : roundScore(scores[i] / total);
    }
  }
  return { scores, missingFactors };
}
