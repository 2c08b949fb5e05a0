import { presentExtent } from '../score/minmaxScores';

const BUCKETS = 65536;
/** Below this size sorting a copy is cheaper than a 64K-bucket histogram. */
const SMALL_INPUT = 1024;

/**
 * The values at 1-based positions `positions` of `values` sorted descending (NaN ignored), without sorting all
 * of them: one histogram pass over [min, max], then a sort of only the buckets that hold those positions.
 * Why: quota cutoffs need a handful of order statistics, and a full sort of a million scores is most of a run.
 */
export function kthLargest(values: Float64Array, positions: readonly number[]): number[] {
  const extent = presentExtent(values);
  if (!extent) return positions.map(() => NaN);
  const { min, max } = extent;
  if (min === max) return positions.map(() => min);
  if (values.length < SMALL_INPUT) {
    const sorted = Array.from(values).filter((v) => v === v).sort((a, b) => b - a);
    return positions.map((p) => sorted[p - 1]);
  }
  const scale = (BUCKETS - 1) / (max - min);
  const counts = new Uint32Array(BUCKETS);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) counts[Math.floor((v - min) * scale)]++;
  }
  return positions.map((position) => {
    // Walk buckets from the top until the position falls inside one, then rank inside that bucket only.
    let above = 0;
    for (let b = BUCKETS - 1; b >= 0; b--) {
      if (above + counts[b] < position) { above += counts[b]; continue; }
      const members: number[] = [];
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (v === v && Math.floor((v - min) * scale) === b) members.push(v);
      }
      members.sort((x, y) => y - x);
      return members[position - above - 1];
    }
    return NaN;
  });
}
