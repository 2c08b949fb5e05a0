import { presentExtent } from '../score/minmaxScores';

const BUCKETS = 65536;
/** Below this size sorting a copy is cheaper than a 64K-bucket histogram. */
const SMALL_INPUT = 1024;

/**
 * The values at 1-based positions `positions` of `values` sorted descending (NaN ignored), without sorting all
 * of them: one histogram pass over [min, max], one pass collecting the few buckets that hold those positions, and
 * a sort of those buckets only. Why: quota cutoffs need a handful of order statistics, and a full sort of a
 * million scores would be most of a run.
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
    if (v === v) counts[((v - min) * scale) | 0]++;
  }
  // For each wanted position: its bucket, and how many values lie in higher buckets.
  const targets = positions.map((position) => {
    let above = 0;
    for (let b = BUCKETS - 1; b >= 0; b--) {
      if (above + counts[b] >= position) return { bucket: b, rank: position - above - 1 };
      above += counts[b];
    }
    return { bucket: -1, rank: 0 };
  });
  // Only the few buckets holding a wanted position are collected; a flag per bucket keeps that pass a table read.
  const wantedBucket = new Uint8Array(BUCKETS);
  const members = new Map<number, number[]>();
  for (const t of targets) if (t.bucket >= 0) { wantedBucket[t.bucket] = 1; members.set(t.bucket, []); }
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    const bucket = ((v - min) * scale) | 0;
    if (wantedBucket[bucket] === 1) (members.get(bucket) as number[]).push(v);
  }
  for (const list of members.values()) list.sort((x, y) => y - x);
  return targets.map((t) => (t.bucket < 0 ? NaN : (members.get(t.bucket) as number[])[t.rank]));
}
