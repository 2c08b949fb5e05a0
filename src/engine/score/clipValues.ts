import type { FactorSpec } from '../model/types';
import { presentValues } from './percentileScores';

/** A factor's clip as value bounds on this data: values below `low` count as `low`, above `high` as `high`. */
export interface ClipBounds {
  readonly low: number;
  readonly high: number;
}

/** The present (non-NaN) values, ascending, in a fresh array. */
export function sortedPresent(values: Float64Array): Float64Array {
  return Float64Array.from(presentValues(values).present).sort();
}

/**
 * PERCENTILE.INC(values, p / 100) over values already sorted ascending: linear interpolation between the order
 * statistics at rank (n − 1) × p / 100, as Excel, Calc, numpy and pandas do by default, so a user can check it.
 */
export function percentileInc(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = ((n - 1) * p) / 100;
  const below = Math.floor(h);
  if (below >= n - 1) return sorted[n - 1];
  const fraction = h - below;
  return fraction === 0 ? sorted[below] : sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
}

/** The value bounds of a clip [p_low, p_high] (percentiles) on a column; undefined when nothing is present. */
export function clipBounds(values: Float64Array, clip: readonly [number, number]): ClipBounds | undefined {
  const sorted = sortedPresent(values);
  if (sorted.length === 0) return undefined;
  return { low: percentileInc(sorted, clip[0]), high: percentileInc(sorted, clip[1]) };
}

/** Winsorising: each value pulled into [low, high]; missing stays missing. */
export function winsorize(values: Float64Array, bounds: ClipBounds): Float64Array {
  const out = new Float64Array(values.length);
  const { low, high } = bounds;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = v < low ? low : v > high ? high : v; // NaN fails both tests and stays NaN
  }
  return out;
}

/** A numeric factor's values as the scales see them: winsorised when the model gives the factor a clip. */
export function clippedFactorValues(values: Float64Array, factor: Pick<FactorSpec, 'clip'>): { values: Float64Array; bounds?: ClipBounds } {
  if (!factor.clip) return { values };
  const bounds = clipBounds(values, factor.clip);
  return bounds ? { values: winsorize(values, bounds), bounds } : { values };
}
