import { fisherJenks } from '../../src/engine/cutoffs/fisherJenks';
import { scoreHistogram } from '../../src/engine/cutoffs/scoreHistogram';
import { suggestCutoffs } from '../../src/engine/cutoffs/suggestCutoffs';
import { seededRandom } from '../../src/engine/clusters/seededRandom';

/** Within-class sum of squares of a split given by class starts, by the definition. */
function sse(values: number[], counts: number[], starts: number[]): number {
  let total = 0;
  starts.forEach((s, c) => {
    const end = c + 1 < starts.length ? starts[c + 1] : values.length;
    let w = 0; let sum = 0;
    for (let i = s; i < end; i++) { w += counts[i]; sum += counts[i] * values[i]; }
    const mean = sum / w;
    for (let i = s; i < end; i++) total += counts[i] * (values[i] - mean) ** 2;
  });
  return total;
}

/** Every split of n values into k classes (for the brute-force check). */
function* splits(n: number, k: number, from = 1): Generator<number[]> {
  if (k === 1) { yield [0]; return; }
  for (let s = from; s <= n - k + 1; s++) for (const rest of splits(n, k - 1, s + 1)) yield [0, ...rest.slice(1), s].sort((a, b) => a - b);
}

describe('Fisher–Jenks natural breaks', () => {
  it('splits 1,2,3 | 10,11,12 | 20,21,22 where the eye does, with SSE 3 × 2 = 6', () => {
    const values = Float64Array.from([1, 2, 3, 10, 11, 12, 20, 21, 22]);
    const breaks = fisherJenks(values, new Float64Array(9).fill(1), 3);
    expect(breaks.classStarts).toEqual([0, 3, 6]);
    expect(breaks.lowerBounds).toEqual([1, 10, 20]);
    expect(breaks.withinSumOfSquares).toBeCloseTo(6, 10);
  });

  it('weights a value by its count: 0 ×1, 4 ×1, 5 ×10 splits off the 0 (hand: {0} {4,5×10} SSE 10/11)', () => {
    const breaks = fisherJenks(Float64Array.from([0, 4, 5]), Float64Array.from([1, 1, 10]), 2);
    expect(breaks.lowerBounds).toEqual([0, 4]);
    // {4, 5×10}: mean 54/11, SSE = (4 − 54/11)² + 10 (5 − 54/11)² = 100/121 + 10/121 = 10/11
    expect(breaks.withinSumOfSquares).toBeCloseTo(10 / 11, 12);
  });

  it('is optimal: equals the best of every split on random weighted data', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 30; trial++) {
      const n = 5 + Math.floor(random() * 8);
      const values = Array.from({ length: n }, (_, i) => i * 3 + Math.floor(random() * 3));
      const counts = Array.from({ length: n }, () => 1 + Math.floor(random() * 5));
      const k = 2 + Math.floor(random() * 3);
      let best = Infinity;
      for (const s of splits(n, k)) best = Math.min(best, sse(values, counts, s));
      const found = fisherJenks(Float64Array.from(values), Float64Array.from(counts), k);
      expect(sse(values, counts, [...found.classStarts])).toBeCloseTo(best, 9);
      expect(found.withinSumOfSquares).toBeCloseTo(best, 6);
    }
  });

  it('gives fewer classes than asked when there are fewer distinct values', () => {
    expect(fisherJenks(Float64Array.from([5, 7]), Float64Array.from([3, 4]), 4).lowerBounds).toEqual([5, 7]);
  });
});

describe('score histogram and suggested cutoffs', () => {
  it('bins scores on the 0.01 grid and ignores unscored clients', () => {
    const h = scoreHistogram(Float64Array.from([80.004, 79.996, 80, NaN, 12.345]));
    expect(Array.from(h.values)).toEqual([12.35, 80]);
    expect(Array.from(h.counts)).toEqual([1, 3]);
    expect(h.total).toBe(4);
  });

  it('quantiles split the clients into equal shares (PERCENTILE.INC), natural breaks into the visible groups', () => {
    // 12 scores in three groups; 4 tiers asked → quantiles at 75%, 50%, 25%, and the minimum.
    const scores = Float64Array.from([10, 11, 12, 13, 50, 51, 52, 53, 90, 91, 92, 93]);
    const s = suggestCutoffs(scores, 3);
    // PERCENTILE.INC at 2/3: rank 11 × 2/3 = 7.333 → 53 + 0.333 × (90 − 53) = 65.333…; at 1/3: rank 3.667 → 13 + 0.667 × 37
    expect(s.quantiles[0]).toBeCloseTo(53 + (1 / 3) * 37, 10);
    expect(s.quantiles[1]).toBeCloseTo(13 + (2 / 3) * 37, 10);
    expect(s.quantiles[2]).toBe(10);
    expect(s.naturalBreaks).toEqual([90, 50, 10]);
    expect(s.naturalBreakCounts).toEqual([4, 4, 4]);
    expect(s.clients).toBe(12);
  });
});
