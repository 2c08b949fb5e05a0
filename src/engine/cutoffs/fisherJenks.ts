/** The optimal split of weighted values into classes: where each class starts, and the within-class sum of squares. */
export interface NaturalBreaks {
  /** Index into the values of each class's first value, ascending (classStarts[0] = 0). */
  readonly classStarts: readonly number[];
  /** Each class's lowest value, ascending. */
  readonly lowerBounds: readonly number[];
  /** Σ over classes of Σ count × (value − class mean)²: what the breaks minimise. */
  readonly withinSumOfSquares: number;
}

/**
 * Fisher–Jenks natural breaks: the split of `values` (ascending, distinct) weighted by `counts` into `classes`
 * contiguous classes with the least within-class sum of squares, found exactly by dynamic programming. Why divide
 * and conquer over the split points: in one dimension the best start of the last class never moves left as the
 * class end moves right, so each class costs O(n log n) instead of O(n²) (as in Ckmeans.1d.dp).
 */
export function fisherJenks(values: Float64Array, counts: Float64Array, classes: number): NaturalBreaks {
  const n = values.length;
  const k = Math.max(1, Math.min(classes, n));
  if (n === 0) return { classStarts: [], lowerBounds: [], withinSumOfSquares: 0 };
  // Prefix sums of count, count × value and count × value², shifted by the mean value for precision.
  const shift = values[0] + (values[n - 1] - values[0]) / 2;
  const W = new Float64Array(n + 1);
  const S = new Float64Array(n + 1);
  const Q = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const x = values[i] - shift;
    const w = counts[i];
    W[i + 1] = W[i] + w; S[i + 1] = S[i] + w * x; Q[i + 1] = Q[i] + w * x * x;
  }
  /** Sum of squares of values[a..b], inclusive. */
  const cost = (a: number, b: number): number => {
    const w = W[b + 1] - W[a];
    if (w <= 0) return 0;
    const s = S[b + 1] - S[a];
    const c = Q[b + 1] - Q[a] - (s * s) / w;
    return c > 0 ? c : 0;
  };
  let previous = new Float64Array(n);
  for (let i = 0; i < n; i++) previous[i] = cost(0, i);
  const starts: Int32Array[] = [new Int32Array(n)];
  for (let c = 1; c < k; c++) {
    const current = new Float64Array(n).fill(Infinity);
    const start = new Int32Array(n);
    const prev = previous;
    // current[i] = min over j in [c, i] of prev[j − 1] + cost(j, i); the best j is monotone in i.
    const solve = (lo: number, hi: number, optLo: number, optHi: number): void => {
      if (lo > hi) return;
      const mid = (lo + hi) >> 1;
      let best = Infinity;
      let bestJ = Math.max(optLo, c);
      for (let j = Math.max(optLo, c); j <= Math.min(mid, optHi); j++) {
        const v = prev[j - 1] + cost(j, mid);
        if (v < best) { best = v; bestJ = j; }
      }
      current[mid] = best; start[mid] = bestJ;
      solve(lo, mid - 1, optLo, bestJ);
      solve(mid + 1, hi, bestJ, optHi);
    };
    solve(c, n - 1, c, n - 1);
    starts.push(start);
    previous = current;
  }
  const classStarts = new Array<number>(k);
  let end = n - 1;
  for (let c = k - 1; c >= 0; c--) {
    const s = c === 0 ? 0 : starts[c][end];
    classStarts[c] = s;
    end = s - 1;
  }
  return { classStarts, lowerBounds: classStarts.map((s) => values[s]), withinSumOfSquares: previous[n - 1] };
}
