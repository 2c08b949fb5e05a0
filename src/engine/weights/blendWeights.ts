import { normalizeTo100 } from './normalizeTo100';
import { weightsSizeMismatch, weightsError } from './weightsError';

/**
 * w = α · subjective + (1 − α) · objective, each first brought to sum 100, so the blend sums to 100 too. α is the
 * share of expert judgement (AHP or the current weights) and is recorded with the weights.
 */
export function blendWeights(subjective: readonly number[], objective: readonly number[], alpha: number): number[] {
  if (!(alpha >= 0 && alpha <= 1)) throw weightsError(`混合系数 α 应在 0 到 1 之间，实为 ${alpha}`, `the blend factor α must be between 0 and 1; got ${alpha}`);
  if (subjective.length !== objective.length) throw weightsSizeMismatch('客观权重 / the objective weights', subjective.length, objective.length);
  if (!(subjective.reduce((a, x) => a + x, 0) > 0)) throw weightsError('主观权重之和应大于 0', 'the subjective weights must add up to more than 0');
  const s = normalizeTo100(subjective);
  const o = normalizeTo100(objective);
  return s.map((x, j) => alpha * x + (1 - alpha) * o[j]);
}
