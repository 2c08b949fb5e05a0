import { presentValues } from '../score/percentileScores';
import { radixSortOrder } from '../score/radixArgsort';

/** The frozen population of a percentile factor: distinct values, largest first, with how many values lie below each. */
export interface PercentileSnapshot {
  /** −v for each distinct v, ascending (so v descending): LOOKUP(−x, …) finds the smallest v ≥ x. */
  readonly negatedValues: Float64Array;
  /** Count of snapshot values strictly below v. */
  readonly belowCounts: Float64Array;
  /** Number of present values (duplicates included). */
  readonly count: number;
}

/**
 * Builds the table that lets a per-row LOOKUP reproduce the percentile rule: for any x, count(values < x) equals
 * below(smallest v ≥ x), and is n when x is above every value. One binary search per row, no column scan.
 */
export function percentileSnapshot(values: Float64Array): PercentileSnapshot {
  const { present } = presentValues(values);
  const n = present.length;
  if (n === 0) return { negatedValues: new Float64Array(0), belowCounts: new Float64Array(0), count: 0 };
  const { order, tiesPrevious } = radixSortOrder(present);
  const distinct: number[] = [];
  const below: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i === 0 || tiesPrevious[i] === 0) { distinct.push(present[order[i]]); below.push(i); }
  }
  const m = distinct.length;
  const negatedValues = new Float64Array(m);
  const belowCounts = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    negatedValues[k] = -distinct[m - 1 - k] || 0; // || 0 turns −0 into 0
    belowCounts[k] = below[m - 1 - k];
  }
  return { negatedValues, belowCounts, count: n };
}
