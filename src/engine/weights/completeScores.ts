/** The factor scores of the clients that have every factor present, one column per factor (the S of docs/weights.md). */
export interface CompleteScores {
  readonly columns: readonly Float64Array[];
  /** m: how many clients have every factor. */
  readonly clients: number;
}

/**
 * Keeps the rows where no factor score is NaN. Why: the objective weights are defined on complete clients only, so a
 * missing value neither counts as 0 nor shifts another factor's spread.
 */
export function completeScores(factorScores: readonly Float64Array[]): CompleteScores {
  const n = factorScores.length > 0 ? factorScores[0].length : 0;
  const keep = new Uint8Array(n).fill(1);
  let clients = n;
  for (const column of factorScores) {
    for (let i = 0; i < n; i++) {
      const s = column[i];
      if (s !== s && keep[i] === 1) { keep[i] = 0; clients--; }
    }
  }
  if (clients === n) return { columns: factorScores, clients };
  const columns = factorScores.map((column) => {
    const out = new Float64Array(clients);
    let k = 0;
    for (let i = 0; i < n; i++) if (keep[i] === 1) out[k++] = column[i];
    return out;
  });
  return { columns, clients };
}
