/** 100 · x_j / Σ x_k: every weighting TierBook reports sums to 100, so weights read as percentages. */
export function normalizeTo100(values: readonly number[]): number[] {
  const total = values.reduce((a, v) => a + v, 0);
  return values.map((v) => (100 * v) / total);
}
