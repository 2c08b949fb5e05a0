import { normalizeTo100 } from './normalizeTo100';
import { noFactorVaries, weightsSizeMismatch } from './weightsError';

/** Entropy weights and what they were computed from. */
export interface ObjectiveWeights {
  /** Aligned with the columns; sums to 100. */
  readonly weights: number[];
  /** m: clients the weights rest on. */
  readonly clients: number;
}

/**
 * d_j = 1 − e_j of one column. Σ_i p ln p with p = s/T equals (Σ s ln s)/T − ln T, so one pass of logs suffices.
 * A constant column is exactly 0 (not 1e-16), a column summing to 0 is 0 by definition.
 */
export function entropyDivergence(column: Float64Array): number {
  const m = column.length;
  if (m < 2) return 0;
  const first = column[0];
  let total = 0;
  let sLogS = 0;
  let constant = true;
  for (let i = 0; i < m; i++) {
    const s = column[i];
    total += s;
    if (s > 0) sLogS += s * Math.log(s); // 0 · ln 0 = 0
    if (s !== first) constant = false;
  }
  if (constant || total <= 0) return 0;
  const e = (Math.log(total) - sLogS / total) / Math.log(m);
  return Math.max(0, 1 - e);
}

/** The entropy weight method (熵权法) on complete scores S: w_j = 100 · d_j / Σ d_k. */
export function entropyWeights(columns: readonly Float64Array[]): ObjectiveWeights {
  const clients = columns.length > 0 ? columns[0].length : 0;
  columns.forEach((c, j) => { if (c.length !== clients) throw weightsSizeMismatch(`factor column ${j + 1}`, clients, c.length); });
  const d = columns.map(entropyDivergence);
  if (!d.some((x) => x > 0)) throw noFactorVaries('熵权法 / entropy', clients);
  return { weights: normalizeTo100(d), clients };
}
