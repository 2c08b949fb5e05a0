/** Power iteration stops when no component of the sum-1 vector moves by more than this. */
export const POWER_ITERATION_TOLERANCE = 1e-12;
const MAX_ITERATIONS = 100_000;

/** A·w for a dense n × n matrix. */
export function matrixTimesVector(a: readonly (readonly number[])[], w: readonly number[]): number[] {
  return a.map((row) => row.reduce((s, aij, j) => s + aij * w[j], 0));
}

/**
 * The principal right eigenvector of a positive matrix, normalised to sum 1, by power iteration from the uniform vector.
 * A positive matrix has one (Perron) and the iteration converges to it.
 */
export function principalEigenvector(a: readonly (readonly number[])[]): number[] {
  const n = a.length;
  let w = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = matrixTimesVector(a, w);
    const total = next.reduce((s, x) => s + x, 0);
    for (let i = 0; i < n; i++) next[i] /= total;
    const change = next.reduce((worst, x, i) => Math.max(worst, Math.abs(x - w[i])), 0);
    w = next;
    if (change < POWER_ITERATION_TOLERANCE) break;
  }
  return w;
}
