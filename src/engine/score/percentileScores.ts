import { radixArgsort } from './radixArgsort';

/**
 * 100 × (count of present values strictly below v) / (n − 1), i.e. PERCENTRANK.INC(col, v) × 100 at full
 * precision; 100 when only one value is present. NaN in, NaN out (missing stays missing).
 */
export function percentileScores(values: Float64Array): Float64Array {
  const { present, presentIndex } = presentValues(values);
  const out = new Float64Array(values.length).fill(NaN);
  const n = present.length;
  if (n === 0) return out;
  if (n === 1) { out[presentIndex[0]] = 100; return out; }
  const order = radixArgsort(present);
  const scale = 100 / (n - 1);
  let below = 0;
  let previous = NaN;
  for (let i = 0; i < n; i++) {
    const k = order[i];
    const v = present[k];
    if (v !== previous) { below = i; previous = v; }
    out[presentIndex[k]] = below * scale;
  }
  return out;
}

/** The non-NaN values and where each came from. */
export function presentValues(values: Float64Array): { present: Float64Array; presentIndex: Uint32Array } {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  const present = new Float64Array(n);
  const presentIndex = new Uint32Array(n);
  for (let i = 0, j = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) { present[j] = v; presentIndex[j++] = i; }
  }
  return { present, presentIndex };
}
