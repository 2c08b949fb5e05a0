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
  const at = (k: number): number => (presentIndex ? presentIndex[k] : k);
  if (n === 1) { out[at(0)] = 100; return out; }
  const { order, keyHi, keyLo } = radixSortOrder(present);
  let below = 0;
  // Equal values have equal keys, so ties are found by reading the sorted keys in sequence.
  for (let i = 0; i < n; i++) {
    if (i > 0 && (keyHi[i] !== keyHi[i - 1] || keyLo[i] !== keyLo[i - 1])) below = i;
    // 100 × below / (n − 1), in that order: below × (100 / (n − 1)) can give the top value 100.00000000000001.
    out[at(order[i])] = (100 * below) / (n - 1);
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
