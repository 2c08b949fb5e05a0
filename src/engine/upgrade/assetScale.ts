import type { FactorSpec } from '../model/types';
import { log1pClamped } from '../score/minmaxScores';

/**
 * One numeric factor's scale as the run saw it, able to score a new value for one client with every other client's
 * value held: the same score the engine would give that client if only its own cell changed.
 */
export interface HeldScale {
  /** The factor score (0–100, direction "higher") client `client` would get with raw value `v`. */
  scoreAt(client: number, v: number): number;
  /** The present values, ascending (for the percentile inversion). */
  readonly sorted: Float64Array;
  readonly scale: 'percentile' | 'minmax' | 'log';
}

/** Index of the first element ≥ v in an ascending array. */
export function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (sorted[mid] < v) lo = mid + 1; else hi = mid; }
  return lo;
}

/** The two lowest and two highest present values with where the extreme ones are, for "extent without client i". */
function extremes(values: Float64Array): { min: number; min2: number; minAt: number; max: number; max2: number; maxAt: number } {
  let min = Infinity, min2 = Infinity, max = -Infinity, max2 = -Infinity, minAt = -1, maxAt = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    if (v < min) { min2 = min; min = v; minAt = i; } else if (v < min2) min2 = v;
    if (v > max) { max2 = max; max = v; maxAt = i; } else if (v > max2) max2 = v;
  }
  return { min, min2, minAt, max, max2, maxAt };
}

/**
 * The held scale of an asset-like factor, or undefined when it cannot be inverted exactly: a category scale, direction
 * "lower", or a clip (its bounds are percentiles of the column, which the new value itself would move).
 */
export function heldScale(values: Float64Array, factor: Pick<FactorSpec, 'scale' | 'direction' | 'clip'>): HeldScale | undefined {
  if (factor.scale === 'category' || factor.direction === 'lower' || factor.clip) return undefined;
  const scale = factor.scale;
  const sorted = Float64Array.from(values.filter((v) => v === v)).sort();
  const n = sorted.length;
  if (scale === 'percentile') {
    return {
      scale, sorted,
      // PERCENTRANK.INC × 100 with this client's own value replaced: others strictly below v, over n − 1.
      scoreAt: (client, v) => {
        if (n <= 1) return 100;
        const own = values[client];
        const below = lowerBound(sorted, v) - (own < v ? 1 : 0);
        return (100 * below) / (n - 1);
      },
    };
  }
  const transform = scale === 'log' ? log1pClamped : (v: number) => v;
  const mapped = scale === 'log' ? values.map((v) => (v !== v ? NaN : log1pClamped(v))) : values;
  const e = extremes(mapped);
  return {
    scale, sorted,
    // min–max over the others plus the new value, exactly as minmaxScores would see the column.
    scoreAt: (client, v) => {
      const x = transform(v);
      if (n <= 1) return 100;
      const lowOthers = client === e.minAt ? e.min2 : e.min;
      const highOthers = client === e.maxAt ? e.max2 : e.max;
      const lo = Math.min(lowOthers, x);
      const hi = Math.max(highOthers, x);
      const range = hi - lo;
      return range === 0 ? 100 : 100 * ((x - lo) / range);
    },
  };
}
