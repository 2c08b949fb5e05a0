import fc from 'fast-check';
import { ahpWeights, criticWeights, entropyWeights, isTierBookError, type ObjectiveWeights } from '../../src/engine';

/*
 * Properties of the three weightings (issue 12): weights sum to 100 and are non-negative; entropy is unchanged when a
 * factor's scores are multiplied by a positive constant; all three are unchanged when the clients are reordered.
 */
const RUNS = { numRuns: 300 } as const;

/** A table of 2–40 clients × 1–6 factors of scores in 0–100 (some repeated, some 0; on a 0.0001 grid, so no subnormal underflows when scaled), column-major. */
const scoreTable = fc.integer({ min: 1, max: 6 }).chain((n) => fc.array(
  fc.array(fc.oneof(fc.constant(0), fc.constant(100), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1_000_000 }).map((x) => x / 10_000)), { minLength: n, maxLength: n }),
  { minLength: 2, maxLength: 40 },
).map((rows) => Array.from({ length: n }, (_, j) => Float64Array.from(rows.map((r) => r[j])))));

/** The weights, or null when the table has no varying factor (the one documented error). */
function orNoVariation(run: () => ObjectiveWeights): number[] | null {
  try { return run().weights; } catch (e) {
    if (isTierBookError(e) && e.code === 'INVALID_WEIGHTS' && /no factor varies/.test(e.messages['en-US'])) return null;
    throw e;
  }
}

function expectWeightsShape(w: readonly number[]): void {
  for (const x of w) expect(x).toBeGreaterThanOrEqual(0);
  expect(w.reduce((a, x) => a + x, 0)).toBeCloseTo(100, 8);
}

function expectSame(a: readonly number[] | null, b: readonly number[] | null, digits = 7): void {
  if (a === null || b === null) { expect(a).toBe(b); return; }
  a.forEach((x, j) => expect(b[j]).toBeCloseTo(x, digits));
}

/** A seeded shuffle of the client order (the same permutation for every column). */
function reorder(columns: readonly Float64Array[], seed: number): Float64Array[] {
  const m = columns[0].length;
  const order = Array.from({ length: m }, (_, i) => i);
  let state = seed >>> 0;
  for (let i = m - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const k = state % (i + 1);
    [order[i], order[k]] = [order[k], order[i]];
  }
  return columns.map((c) => Float64Array.from(order, (i) => c[i]));
}

describe.each([['entropy', entropyWeights], ['CRITIC', criticWeights]] as const)('%s weights', (_name, method) => {
  it('sum to 100 and are non-negative', () => {
    fc.assert(fc.property(scoreTable, (table) => {
      const w = orNoVariation(() => method(table));
      if (w !== null) expectWeightsShape(w);
    }), RUNS);
  });

  it('are unchanged when the clients are reordered', () => {
    fc.assert(fc.property(scoreTable, fc.integer(), (table, seed) => {
      expectSame(orNoVariation(() => method(table)), orNoVariation(() => method(reorder(table, seed))));
    }), RUNS);
  });
});

describe('entropy weights', () => {
  it('are unchanged when every score of one factor is multiplied by a positive constant', () => {
    fc.assert(fc.property(scoreTable, fc.nat(), fc.double({ min: 0.01, max: 100, noNaN: true }), (table, pick, factor) => {
      const j = pick % table.length;
      const scaled = table.map((c, k) => (k === j ? c.map((s) => s * factor) : c));
      expectSame(orNoVariation(() => entropyWeights(table)), orNoVariation(() => entropyWeights(scaled)));
    }), RUNS);
  });
});

/** A reciprocal matrix on Saaty's scale from upper-triangle judgements. */
const judgementMatrix = fc.integer({ min: 1, max: 10 }).chain((n) => fc.array(
  fc.oneof(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }).map((x) => 1 / x)), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 },
).map((upper) => {
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) { a[i][j] = upper[k++]; a[j][i] = 1 / a[i][j]; }
  return a;
}));

describe('AHP weights', () => {
  it('sum to 100, are positive, λmax ≥ n, and a suggestion appears exactly when CR ≥ 0.1 lowers CR', () => {
    fc.assert(fc.property(judgementMatrix, (a) => {
      const keys = a.map((_, i) => `f${i}`);
      const r = ahpWeights(keys, a);
      expectWeightsShape(r.weights);
      for (const w of r.weights) expect(w).toBeGreaterThan(0);
      expect(r.lambdaMax).toBeGreaterThan(a.length - 1e-9);
      expect(r.consistent).toBe(r.cr < 0.1);
      if (r.suggestion) {
        expect(r.consistent).toBe(false);
        expect(r.suggestion.row).toBeLessThan(r.suggestion.column);
        expect(r.suggestion.crAfter).toBeLessThan(r.cr);
      }
    }), { numRuns: 200 });
  });

  it('are unchanged when the factors are reordered (rows and columns together)', () => {
    fc.assert(fc.property(judgementMatrix, fc.integer(), (a, seed) => {
      const n = a.length;
      const order = reorder([Float64Array.from({ length: n }, (_, i) => i)], seed)[0];
      const permuted = Array.from(order, (i) => Array.from(order, (j) => a[i][j]));
      const keys = a.map((_, i) => `f${i}`);
      const r = ahpWeights(keys, a);
      const p = ahpWeights(Array.from(order, (i) => keys[i]), permuted);
      Array.from(order).forEach((i, pos) => expect(p.weights[pos]).toBeCloseTo(r.weights[i], 7));
      expect(p.cr).toBeCloseTo(r.cr, 7);
    }), { numRuns: 200 });
  });
});
