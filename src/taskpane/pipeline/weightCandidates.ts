import {
  blendWeights, isTierBookError, objectiveWeights, reweigh, type AhpResult, type LocalizedText, type TierModel, type TieringResult, type WeightSource,
} from '../../engine';
import { compareScenarios } from '../../engine/migration';

/** The weightings the Model tab compares: the model's own, expert judgement (AHP), the data's spread, and a blend. */
export type CandidateKind = 'current' | 'ahp' | 'entropy' | 'critic' | 'blend';

export interface WeightCandidate {
  readonly kind: CandidateKind;
  /** Aligned with model.factors, summing to 100; absent when the method cannot weigh this data (see `error`). */
  readonly weights?: readonly number[];
  readonly error?: LocalizedText;
  /** Clients per tier (model.tiers order) under these weights. */
  readonly tierCounts?: readonly number[];
  /** Clients whose tier would go up or down against the current weights (the what-if's count). */
  readonly moved?: number;
  /** Entropy / CRITIC: the clients with every factor the weights rest on. */
  readonly clients?: number;
  /** Blend: the share of the subjective weights (AHP, else the current ones). */
  readonly alpha?: number;
  /** What adopting it records as the model's weightSource (absent for the current weights, which keep theirs). */
  readonly source?: WeightSource;
}

/** The blend's default α: expert judgement and data weigh the same. */
export const DEFAULT_BLEND_ALPHA = 0.5;

function scaled(weights: readonly number[]): number[] {
  const total = weights.reduce((a, w) => a + w, 0);
  return weights.map((w) => (100 * w) / total);
}

/** A candidate's tiers and its moves against `current`, by the pane's what-if (reweigh + compareScenarios). */
function withTiers(kind: CandidateKind, weights: readonly number[], current: TieringResult, extra: Partial<WeightCandidate> = {}): WeightCandidate {
  const model: TierModel = { ...current.model, factors: current.model.factors.map((f, j) => ({ ...f, weight: weights[j] })) };
  const reweighing = reweigh(current.factorScores, weights, model.tiers, model.missing ?? 'zero');
  const result: TieringResult = { ...current, model, ...reweighing };
  return { kind, weights, tierCounts: Array.from(reweighing.tierCounts), moved: compareScenarios(current, result).moved, ...extra };
}

function failed(kind: CandidateKind, e: unknown): WeightCandidate {
  if (isTierBookError(e)) return { kind, error: e.messages };
  throw e;
}

/**
 * Every candidate against the live result (the model as it stands): current, AHP when a judgement matrix was read,
 * entropy, CRITIC, and the blend of the subjective weights (AHP, else the current ones) with the entropy weights at α.
 */
export function weightCandidates(current: TieringResult, ahp?: AhpResult, alpha = DEFAULT_BLEND_ALPHA): WeightCandidate[] {
  const own = scaled(current.model.factors.map((f) => f.weight));
  const factors = current.model.factors.map((f) => f.key);
  const candidates: WeightCandidate[] = [withTiers('current', own, current)];
  const judged = ahp ? { factors: [...ahp.keys], matrix: ahp.matrix.map((r) => [...r]), cr: ahp.cr } : {};
  if (ahp) candidates.push(withTiers('ahp', ahp.weights, current, { source: { method: 'ahp', ...judged } }));
  let entropy: { weights: readonly number[]; clients: number } | undefined;
  for (const method of ['entropy', 'critic'] as const) {
    try {
      const { weights, clients } = objectiveWeights(current.factorScores, method);
      if (method === 'entropy') entropy = { weights, clients };
      candidates.push(withTiers(method, weights, current, { clients, source: { method, factors, clients } }));
    } catch (e) {
      candidates.push(failed(method, e));
    }
  }
  if (entropy) {
    const source: WeightSource = { method: 'blend', factors, ...judged, objective: 'entropy', clients: entropy.clients, alpha };
    candidates.push(withTiers('blend', blendWeights(ahp ? ahp.weights : own, entropy.weights, alpha), current, { alpha, source }));
  }
  return candidates;
}

/**
 * Whole-point weights summing to 100 (the weight sliders' step), by largest remainder, so adopting a candidate moves
 * the sliders to the nearest values they can show.
 */
export function wholePointWeights(weights: readonly number[]): number[] {
  const exact = scaled(weights);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, w) => a + w, 0);
  const order = exact.map((_, j) => j).sort((a, b) => (exact[b] - floors[b]) - (exact[a] - floors[a]) || a - b);
  for (const j of order) {
    if (left <= 0) break;
    floors[j] += 1;
    left--;
  }
  return floors;
}
