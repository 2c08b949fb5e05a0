import type { ObjectiveWeights } from './entropyWeights';
import { normalizeTo100 } from './normalizeTo100';
import { noFactorVaries, weightsSizeMismatch } from './weightsError';

/** Clients per block: the centred block of every column stays in L1/L2 cache while the cross products run. */
const BLOCK = 2048;

/** Σ a_i·b_i over [0, len), with four accumulators so additions overlap. */
function dot(a: Float64Array, b: Float64Array, len: number): number {
  let s0 = 0; let s1 = 0; let s2 = 0; let s3 = 0;
  let i = 0;
  for (; i + 3 < len; i += 4) {
    s0 += a[i] * b[i]; s1 += a[i + 1] * b[i + 1]; s2 += a[i + 2] * b[i + 2]; s3 += a[i + 3] * b[i + 3];
  }
  for (; i < len; i++) s0 += a[i] * b[i];
  return (s0 + s1) + (s2 + s3);
}

/**
 * Means shifted by each column's first value, so that a constant column centres to exactly 0 and gets σ = 0, not 1e-14.
 */
function shiftedMeans(columns: readonly Float64Array[], m: number): { shift: number[]; mean: number[] } {
  const shift = columns.map((c) => c[0]);
  const mean = columns.map((c, j) => {
    const s0 = shift[j];
    let total = 0;
    for (let i = 0; i < m; i++) total += c[i] - s0;
    return total / m;
  });
  return { shift, mean };
}

/** The co-moment matrix Σ_i (s_ij − μ_j)(s_ik − μ_k), block by block (two-pass, as stable as numpy's). */
function coMoments(columns: readonly Float64Array[], m: number): Float64Array {
  const n = columns.length;
  const { shift, mean } = shiftedMeans(columns, m);
  const centred = columns.map(() => new Float64Array(BLOCK));
  const moments = new Float64Array(n * n);
  for (let start = 0; start < m; start += BLOCK) {
    const len = Math.min(BLOCK, m - start);
    for (let j = 0; j < n; j++) {
      const c = columns[j]; const out = centred[j]; const s0 = shift[j]; const mu = mean[j];
      for (let i = 0; i < len; i++) out[i] = (c[start + i] - s0) - mu;
    }
    for (let j = 0; j < n; j++) for (let k = j; k < n; k++) moments[j * n + k] += dot(centred[j], centred[k], len);
  }
  for (let j = 0; j < n; j++) for (let k = 0; k < j; k++) moments[j * n + k] = moments[k * n + j];
  return moments;
}

/** σ_j (population) and r_jk (Pearson; 0 when either σ is 0; r_jj = 1) of complete scores S. */
export function spreadAndCorrelation(columns: readonly Float64Array[]): { sigma: number[]; r: number[][] } {
  const n = columns.length;
  const m = n > 0 ? columns[0].length : 0;
  const moments = m > 0 ? coMoments(columns, m) : new Float64Array(n * n);
  const sigma = columns.map((_, j) => (m > 0 ? Math.sqrt(Math.max(0, moments[j * n + j]) / m) : 0));
  const r = columns.map((_, j) => columns.map((__, k) => {
    if (j === k) return 1;
    if (sigma[j] === 0 || sigma[k] === 0) return 0;
    // Clamped: rounding can put a perfect correlation a hair past ±1.
    return Math.max(-1, Math.min(1, moments[j * n + k] / Math.sqrt(moments[j * n + j] * moments[k * n + k])));
  }));
  return { sigma, r };
}

/** CRITIC weights on complete scores S: C_j = σ_j · Σ_k (1 − r_jk), w_j = 100 · C_j / Σ C_k. */
export function criticWeights(columns: readonly Float64Array[]): ObjectiveWeights {
  const clients = columns.length > 0 ? columns[0].length : 0;
  columns.forEach((c, j) => { if (c.length !== clients) throw weightsSizeMismatch(`factor column ${j + 1}`, clients, c.length); });
  const { sigma, r } = spreadAndCorrelation(columns);
  const information = sigma.map((s, j) => s * r[j].reduce((a, rjk) => a + (1 - rjk), 0));
  if (!information.some((c) => c > 0)) throw noFactorVaries('CRITIC', clients);
  return { weights: normalizeTo100(information), clients };
}
