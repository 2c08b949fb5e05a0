/** The smallest and largest present (non-NaN) value; undefined when none is present. */
export function presentExtent(values: Float64Array): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : undefined;
}

/** 100 × (v − min) / (max − min) over the present values; 100 for all when max = min. */
export function minmaxScores(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  const extent = presentExtent(values);
  if (!extent) return out.fill(NaN);
  const { min, max } = extent;
  const range = max - min;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // Divide first: (v − min) / range is exactly 1 at the max, so the max scores 100, never 100.00000000000001.
    out[i] = v !== v ? NaN : range === 0 ? 100 : 100 * ((v - min) / range);
  }
  return out;
}

/** The log scale's transform: log10(1 + max(v, 0)), so heavy-tailed assets spread out and negatives count as 0. */
export function log1pClamped(v: number): number {
  return Math.log10(1 + Math.max(v, 0));
}

/** minmax on log10(1 + max(v, 0)). */
export function logScores(values: Float64Array): Float64Array {
  const logged = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) { const v = values[i]; logged[i] = v !== v ? NaN : log1pClamped(v); }
  return minmaxScores(logged);
}
