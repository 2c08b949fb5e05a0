import type { TieringResult } from '../run/tierClients';
import { roundScore } from '../score/compositeScores';
import { tierOfScore } from '../tiers/assignTiers';
import type { NumericColumn } from '../table/clientTable';
import { heldScale, lowerBound, type HeldScale } from './assetScale';

/** What a relationship manager needs to move one client up a tier. */
export interface UpgradeStep {
  readonly client: number;
  /** Current tier index (−1: below the lowest tier). */
  readonly tier: number;
  readonly nextTier: number;
  readonly cutoff: number;
  readonly score: number;
  /** cutoff − score, in points of the composite. */
  readonly pointsNeeded: number;
  /** Each factor's weight share × score: the points it contributes to the composite (missing counts 0). */
  readonly contributions: readonly number[];
  /** The asset factor's current raw value (undefined when missing or no asset factor can be inverted). */
  readonly assets?: number;
  /** The smallest value on the 0.01 grid of the column's unit that lands the client in nextTier, others held. */
  readonly assetsTarget?: number;
}

export interface UpgradeOptions {
  /** Listed when the asset target is at most this fraction more than the current assets (default 0.2). */
  readonly maxAssetIncrease?: number;
  /** Listed when at most this many points are needed (default 5). */
  readonly maxPoints?: number;
}

/** What the step needs from a run: its model, raw factor columns, factor scores, scores and tiers with their cutoffs. */
export type UpgradeInput = Pick<TieringResult, 'model' | 'table' | 'factorScores' | 'scores' | 'tierIndex' | 'tierCutoffs'>;

/** The model's asset factor: keyed "assets", numeric; −1 when there is none. */
export function assetFactorIndex(input: Pick<UpgradeInput, 'model' | 'table'>): number {
  return input.model.factors.findIndex((f, k) => f.key === 'assets' && input.table.factorColumns[k]?.kind === 'numeric');
}

/**
 * The composite of one client with factor `f`'s score replaced, added up exactly as compositeScores does (factor
 * order, weight × score, missing as 0, then ÷ total and rounded to 10 decimals), so it lands where a re-run would.
 */
function compositeWith(factorScores: readonly Float64Array[], weights: readonly number[], total: number, client: number, f: number, score: number): number {
  let sum = 0;
  for (let g = 0; g < weights.length; g++) {
    const s = g === f ? score : factorScores[g][client];
    if (s === s && weights[g] !== 0) sum += weights[g] * s;
  }
  return roundScore(sum / total);
}

const CENT = 100;

/**
 * The least multiple of 0.01 strictly above x. Why not floor(x × 100 + 1) / 100: 291621.41 × 100 is 29162140.999999996 in
 * floating point, which would give 291621.41 back, a value that does not pass x.
 */
export function nextCentAbove(x: number): number {
  let c = Math.floor(x * CENT) + 1;
  while (c / CENT <= x) c++;
  while ((c - 1) / CENT > x) c--;
  return c / CENT;
}

/**
 * The smallest asset value on the 0.01 grid that lifts client `i` into `nextTier` with the other factors held, by
 * inverting the held scale: for a percentile scale, the least number of others it must pass (a binary search on that
 * count), then the next grid value above the last one passed; for min–max and log, the score needed solved for the
 * value, then moved cent by cent onto the least value that lands. Undefined when even the top score does not reach,
 * or the least landing value would skip past nextTier.
 */
function assetTarget(input: UpgradeInput, scale: HeldScale, f: number, weights: readonly number[], total: number, i: number, nextTier: number): number | undefined {
  const { factorScores, tierCutoffs } = input;
  const lands = (v: number): boolean => tierOfScore(compositeWith(factorScores, weights, total, i, f, scale.scoreAt(i, v)), tierCutoffs) <= nextTier;
  const own = (factorScores[f][i] === factorScores[f][i]) ? (input.table.factorColumns[f] as NumericColumn).values[i] : NaN;
  if (own !== own) return undefined;
  const sorted = scale.sorted;
  const top = Math.max(own, sorted[sorted.length - 1]);
  // The least grid value above every other value scores 100: if that does not land, nothing does.
  const ceiling = nextCentAbove(top);
  if (!lands(ceiling)) return undefined;
  let value: number;
  if (scale.scale === 'percentile') {
    // Others passed is a step function of v: search the least count that lands, then the value that passes them.
    const n = sorted.length;
    const others = (c: number): number => sorted[c < lowerBound(sorted, own) ? c : c + 1]; // c-th other value, ascending
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const score = n <= 1 ? 100 : (100 * mid) / (n - 1);
      if (tierOfScore(compositeWith(factorScores, weights, total, i, f, score), tierCutoffs) <= nextTier) hi = mid; else lo = mid + 1;
    }
    value = lo === 0 ? own : nextCentAbove(others(lo - 1));
  } else {
    value = Math.ceil(own * CENT) / CENT;
    let lo = Math.round(value * CENT);
    let hi = Math.round(ceiling * CENT);
    // Binary search on the cent grid between the current value and the ceiling: the held scale is monotone.
    while (lo < hi) {
      const mid = Math.floor((lo + hi) / 2);
      if (lands(mid / CENT)) hi = mid; else lo = mid + 1;
    }
    value = lo / CENT;
  }
  if (!lands(value)) return undefined;
  const landed = tierOfScore(compositeWith(factorScores, weights, total, i, f, scale.scoreAt(i, value)), tierCutoffs);
  return landed === nextTier && value > own ? value : undefined;
}

/**
 * Every scored client below the top tier with its step to the next tier; `withinReach` keeps those needing at most
 * `maxPoints`, or whose asset target is at most `maxAssetIncrease` above their assets, sorted by the smallest step
 * (points needed, then the asset increase).
 */
export function upgradePotential(input: UpgradeInput, options: UpgradeOptions = {}): UpgradeStep[] {
  const { model, factorScores, scores, tierIndex, tierCutoffs } = input;
  const maxPoints = options.maxPoints ?? 5;
  const maxIncrease = options.maxAssetIncrease ?? 0.2;
  const weights = model.factors.map((f) => f.weight);
  const total = weights.reduce((a, w) => a + w, 0);
  if (!(total > 0)) return [];
  const f = assetFactorIndex(input);
  const column = f >= 0 ? (input.table.factorColumns[f] as NumericColumn) : undefined;
  const scale = column && weights[f] > 0 ? heldScale(column.values, model.factors[f]) : undefined;
  const steps: UpgradeStep[] = [];
  const tiers = tierCutoffs.length;
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i];
    if (score !== score) continue;
    const tier = tierIndex[i];
    if (tier === 0) continue;
    const nextTier = tier < 0 ? tiers - 1 : tier - 1;
    const cutoff = tierCutoffs[nextTier];
    if (!Number.isFinite(cutoff)) continue;
    const pointsNeeded = cutoff - score;
    const assets = column && column.values[i] === column.values[i] ? column.values[i] : undefined;
    const assetsTarget = scale ? assetTarget(input, scale, f, weights, total, i, nextTier) : undefined;
    const near = pointsNeeded <= maxPoints;
    const cheap = assets !== undefined && assetsTarget !== undefined && assets > 0 && assetsTarget / assets - 1 <= maxIncrease;
    if (!near && !cheap) continue;
    const contributions = factorScores.map((column, g) => { const s = column[i]; return s === s ? (weights[g] * s) / total : 0; });
    steps.push({ client: i, tier, nextTier, cutoff, score, pointsNeeded, contributions, assets, assetsTarget });
  }
  const increase = (s: UpgradeStep): number => (s.assets && s.assetsTarget !== undefined ? s.assetsTarget / s.assets - 1 : Infinity);
  return steps.sort((a, b) => a.pointsNeeded - b.pointsNeeded || increase(a) - increase(b) || a.client - b.client);
}
