import { checkJudgementMatrix, type JudgementCell } from './ahpMatrix';
import { matrixTimesVector, principalEigenvector } from './principalEigenvector';
import { randomIndex } from './randomIndex';

/** A judgement whose change to its consistent value lowers CR the most. */
export interface AhpSuggestion {
  /** Upper-triangle position: row < column, as the user types them. */
  readonly row: number;
  readonly column: number;
  /** Its consistent value: the mean of a_ik · a_kj over the other factors k. */
  readonly value: number;
  /** CR once a_ij is that value (and a_ji its reciprocal). */
  readonly crAfter: number;
}

/** Everything AHP reports for one judgement matrix. */
export interface AhpResult {
  readonly keys: readonly string[];
  readonly matrix: readonly (readonly number[])[];
  /** Aligned with keys; sums to 100. */
  readonly weights: number[];
  readonly lambdaMax: number;
  readonly ci: number;
  readonly ri: number;
  readonly cr: number;
  /** CR < 0.1. */
  readonly consistent: boolean;
  /** Present only when not consistent. */
  readonly suggestion: AhpSuggestion | null;
}

export const CONSISTENCY_LIMIT = 0.1;

/** Weights (sum 1), λmax, CI, RI and CR of a checked matrix. */
function consistencyOf(a: readonly (readonly number[])[]): { w: number[]; lambdaMax: number; ci: number; ri: number; cr: number } {
  const n = a.length;
  const w = principalEigenvector(a);
  const aw = matrixTimesVector(a, w);
  const lambdaMax = aw.reduce((s, x, i) => s + x / w[i], 0) / n;
  const ci = n > 1 ? (lambdaMax - n) / (n - 1) : 0;
  const ri = randomIndex(n);
  const cr = n <= 2 ? 0 : ci / ri;
  return { w, lambdaMax, ci, ri, cr };
}

/** a_ij's consistent value: the mean over k ≠ i, j of a_ik · a_kj (the indirect judgements through each other factor). */
export function consistentValue(a: readonly (readonly number[])[], i: number, j: number): number {
  let total = 0;
  let count = 0;
  for (let k = 0; k < a.length; k++) {
    if (k === i || k === j) continue;
    total += a[i][k] * a[k][j];
    count++;
  }
  return total / count;
}

/** Tries every upper-triangle judgement at its consistent value; the one that lowers CR the most, if any lowers it. */
export function suggestJudgement(a: readonly (readonly number[])[], cr: number): AhpSuggestion | null {
  const n = a.length;
  let best: AhpSuggestion | null = null;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = consistentValue(a, i, j);
      const changed = a.map((row) => [...row]);
      changed[i][j] = value;
      changed[j][i] = 1 / value;
      const crAfter = consistencyOf(changed).cr;
      if (crAfter < cr && (best === null || crAfter < best.crAfter)) best = { row: i, column: j, value, crAfter };
    }
  }
  return best;
}

/**
 * The Analytic Hierarchy Process (层次分析法) on a judgement matrix: principal eigenvector weights (sum 100),
 * λmax = mean (A·w)_i / w_i, CI = (λmax − n)/(n − 1), CR = CI/RI (0 when n ≤ 2), and when CR ≥ 0.1 the one judgement to revisit.
 */
export function ahpWeights(keys: readonly string[], matrix: readonly (readonly unknown[])[], where?: JudgementCell): AhpResult {
  const a = checkJudgementMatrix(keys, matrix, where);
  const { w, lambdaMax, ci, ri, cr } = consistencyOf(a);
  const consistent = cr < CONSISTENCY_LIMIT;
  return {
    keys, matrix: a, weights: w.map((x) => 100 * x), lambdaMax, ci, ri, cr, consistent,
    suggestion: consistent || a.length <= 2 ? null : suggestJudgement(a, cr),
  };
}
