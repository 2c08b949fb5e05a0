import { radixSortOrder } from './radixArgsort';

/**
 * 100 × (count of present values strictly below v) / (n − 1), i.e. PERCENTRANK.INC(col, v) × 100 at full
 * precision; 100 when only one value is present. NaN in, NaN out (missing stays missing).
 */
export function percentileScores(values: Float64Array): Float64Array {
  const { present, presentIndex } = presentValues(values);
  const out = new Float64Array(values.length);
  if (presentIndex) out.fill(NaN);
  const n = present.length;
  if (n === 0) return out;
  if (n === 1) { out[presentIndex ? presentIndex[0] : 0] = 100; return out; }
  const { order, tiesPrevious } = radixSortOrder(present);
  // Where each sorted value goes: through presentIndex when missing values were taken out.
  const target = presentIndex ? Uint32Array.from(order, (k) => presentIndex[k]) : order;
  let score = 0;
  for (let i = 0; i < n; i++) {
    // 100 × below / (n − 1), in that order: below × (100 / (n − 1)) can give the top value 100.00000000000001.
    if (tiesPrevious[i] === 0) score = (100 * i) / (n - 1);
    out[target[i]] = score;
  }
  return out;
}

/** The non-NaN values and where each came from; when nothing is missing, the input itself and no index. */
export function presentValues(values: Float64Array): { present: Float64Array; presentIndex?: Uint32Array } {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  if (n === values.length) return { present: values };
  const present = new Float64Array(n);
  const presentIndex = new Uint32Array(n);
  for (let i = 0, j = 0; i < values.length; i++) {
    const v = values[i];
    if (v === v) { present[j] = v; presentIndex[j++] = i; }
  }
  return { present, presentIndex };
}
