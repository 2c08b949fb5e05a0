import {
  buildClientTable, factorScore, locateSheetLayout, logScores, minmaxScores, percentileScores, radixArgsort, radixSortOrder, tierGrid,
  type CellValue, type FactorSpec, type NumericColumn, type TierModel,
} from '../../src/engine';

const f64 = (values: number[]): Float64Array => Float64Array.from(values);

/** Excel's PERCENTRANK.INC for a value in the column, by its definition: (count below) / (n − 1), truncated to `significance` digits. */
function percentRankInc(column: readonly number[], v: number, significance: number): number {
  const below = column.filter((x) => x < v).length;
  const exact = below / (column.length - 1);
  const scale = 10 ** significance;
  return Math.trunc(exact * scale) / scale;
}

function numericColumn(values: number[]): NumericColumn {
  return { kind: 'numeric', values: f64(values), fromText: new Uint8Array(values.length) };
}

describe('percentile scale', () => {
  it('is 100 × (count strictly below) / (n − 1), with ties sharing the lower rank', () => {
    // present: 10, 20, 20, 30, 40 → n − 1 = 4; below: 10→0, 20→1, 30→3, 40→4
    const scores = percentileScores(f64([10, 20, 20, 30, NaN, 40]));
    expect(Array.from(scores)).toEqual([0, 25, 25, 75, NaN, 100]); // 0/4, 1/4, 1/4, 3/4, –, 4/4
  });

  it('gives 100 to a single present value', () => {
    expect(Array.from(percentileScores(f64([NaN, 7, NaN])))).toEqual([NaN, 100, NaN]);
  });

  it('gives 0 to everyone when all values tie (nobody is strictly below)', () => {
    expect(Array.from(percentileScores(f64([5, 5, 5])))).toEqual([0, 0, 0]);
  });

  it('treats −0 and +0 as one value and handles negatives', () => {
    // -1 → 0 below; ±0 → 1 below of n − 1 = 2 → 50
    expect(Array.from(percentileScores(f64([-0, 0, -1])))).toEqual([50, 50, 0]);
  });

  it('gives the top value exactly 100, never a hair above (n = 12: 11 × (100/11) would be 100.00000000000001)', () => {
    const values = [5, 1, 12, 3, 7, 2, 9, 11, 4, 6, 10, 8];
    const scores = percentileScores(f64(values));
    expect(scores[2]).toBe(100); // 12 has 11 values below: 100 × 11 / 11
    expect(scores[1]).toBe(0); // 1 has none below
    expect(scores[0]).toBeCloseTo((100 * 4) / 11, 12); // 5 has 4 below: 36.36…
    for (const s of scores) expect(s).toBeLessThanOrEqual(100);
  });

  it('matches PERCENTRANK.INC(col, v, 15) × 100 on a column with ties', () => {
    const column = [10, 20, 20, 30, 40, 40, 40, 50, 60, 70, 80, 80, 90]; // n = 13, n − 1 = 12
    // PERCENTRANK.INC by hand, truncated to 15 digits as Excel does:
    const excel: Record<number, number> = {
      10: 0, // 0/12
      20: 0.083333333333333, // 1/12
      30: 0.25, // 3/12
      40: 0.333333333333333, // 4/12
      50: 0.583333333333333, // 7/12
      60: 0.666666666666666, // 8/12
      70: 0.75, // 9/12
      80: 0.833333333333333, // 10/12
      90: 1, // 12/12
    };
    const scores = percentileScores(f64(column));
    column.forEach((v, i) => {
      expect(percentRankInc(column, v, 15)).toBeCloseTo(excel[v], 15);
      // Excel truncates to 15 digits while the engine keeps full precision: they differ by less than 1e-15.
      expect(Math.abs(scores[i] / 100 - excel[v])).toBeLessThan(1e-15);
    });
  });
});

describe('minmax scale', () => {
  it('is 100 × (v − min) / (max − min) over present values', () => {
    // min 1, max 5: 1→0, 3→100×2/4=50, 5→100
    expect(Array.from(minmaxScores(f64([1, 3, 5, NaN])))).toEqual([0, 50, 100, NaN]);
    // min −10, max 30: 0 → 100 × 10/40 = 25
    expect(Array.from(minmaxScores(f64([-10, 0, 30])))).toEqual([0, 25, 100]);
  });

  it('gives 100 to everyone when max = min', () => {
    expect(Array.from(minmaxScores(f64([7, NaN, 7])))).toEqual([100, NaN, 100]);
  });

  it('keeps the extremes at exactly 0 and 100 (0.1 and 0.3: 100 × 0.2 / 0.2 must not be 100.00000000000001)', () => {
    expect(Array.from(minmaxScores(f64([0.1, 0.3])))).toEqual([0, 100]);
    expect(Array.from(minmaxScores(f64([0.1, 0.8, 0.45])))[1]).toBe(100);
  });

  it('is all NaN when nothing is present', () => {
    expect(Array.from(minmaxScores(f64([NaN, NaN])))).toEqual([NaN, NaN]);
  });
});

describe('log scale', () => {
  it('is minmax on log10(1 + v)', () => {
    // log10(1+v): 0, 1, 2, 3 → 0, 33.33…, 66.66…, 100
    const scores = logScores(f64([0, 9, 99, 999]));
    expect(scores[0]).toBe(0);
    expect(scores[1]).toBeCloseTo(100 / 3, 12);
    expect(scores[2]).toBeCloseTo(200 / 3, 12);
    expect(scores[3]).toBe(100);
  });

  it('counts negative values as 0 before the log', () => {
    // log10(1 + max(v, 0)): −50 → 0, 0 → 0, 9 → 1
    expect(Array.from(logScores(f64([-50, 0, 9, NaN])))).toEqual([0, 0, 100, NaN]);
  });

  it('gives 100 when every value is the same, and exactly 100 to the top (log10(6)/log10(6))', () => {
    expect(Array.from(logScores(f64([5, 5])))).toEqual([100, 100]);
    expect(Array.from(logScores(f64([0, 5])))).toEqual([0, 100]);
  });
});

describe('category scale', () => {
  const model: TierModel = {
    idColumn: '客户号',
    factors: [{ key: 'risk', column: '风险等级', weight: 1, scale: 'category', categories: { C1: 0, C2: 25, C3: 50, 'Ｃ５': 100 } }],
    tiers: [{ name: 'A', minScore: 50 }, { name: 'B', minScore: 0 }],
    missing: 'zero',
  };
  const grid: CellValue[][] = [
    ['客户号', '风险等级'],
    ['a', 'C3'], ['b', 'c3'], ['c', 'Ｃ３'], ['d', ' C3 '], ['e', 'c5'], ['f', 'C9'], ['g', null], ['h', 'C1'],
  ];

  it('maps labels after NFKC, trimming and case-folding, on both the cell and the map key', () => {
    const table = buildClientTable(grid, locateSheetLayout(grid, model), model);
    // C3 → 50 however written; c5 finds the full-width key Ｃ５ → 100; C9 unmapped and blank → missing
    expect(Array.from(factorScore(table.factorColumns[0], model.factors[0]))).toEqual([50, 50, 50, 50, 100, NaN, NaN, 0]);
  });

  it('reports an unmapped label as unknown_category and scores it as missing', () => {
    const result = tierGrid(grid, model);
    const unknown = result.issues.filter((i) => i.problem === 'unknown_category');
    expect(unknown.map((i) => [i.row, i.column, i.value])).toEqual([[7, '风险等级', 'C9']]);
    expect(unknown[0].message['zh-CN']).toContain('C9');
    expect(unknown[0].message['en-US']).toContain('C9');
    expect(result.scores[5]).toBe(0); // missing: zero
    expect(result.missingFactors[5]).toBe(1);
  });
});

describe('direction: lower', () => {
  it('turns each scale\'s score s into 100 − s and leaves missing values missing', () => {
    const column = numericColumn([1, 3, 5, NaN]);
    const lower = (scale: FactorSpec['scale']): number[] =>
      Array.from(factorScore(column, { key: 'k', column: 'c', weight: 1, scale, direction: 'lower' }));
    expect(lower('minmax')).toEqual([100, 50, 0, NaN]); // 100 − (0, 50, 100)
    expect(lower('percentile')).toEqual([100, 50, 0, NaN]); // below 0,1,2 of n − 1 = 2 → 0, 50, 100
    // log10(2) = 0.30103, log10(4) = 0.60206, log10(6) = 0.77815 → minmax 0, 62.04…, 100
    const log = lower('log');
    expect(log[0]).toBe(100);
    expect(log[1]).toBeCloseTo(100 - (100 * (Math.log10(4) - Math.log10(2))) / (Math.log10(6) - Math.log10(2)), 12);
    expect(log[2]).toBe(0);
  });

  it('applies to category scores too', () => {
    const model: TierModel = {
      factors: [{ key: 'risk', column: '风险等级', weight: 1, scale: 'category', direction: 'lower', categories: { C1: 0, C2: 25 } }],
      tiers: [{ name: 'A', minScore: 0 }],
    };
    const result = tierGrid([['客户号', '风险等级'], ['a', 'C1'], ['b', 'C2']], model);
    expect(Array.from(result.factorScores[0])).toEqual([100, 75]); // 100 − 0, 100 − 25
  });
});

/** A small seeded generator (mulberry32), so the random data is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The order a plain stable comparator sort gives: ascending values, ties (−0 = +0 included) in index order. */
function comparatorArgsort(values: Float64Array): number[] {
  return Array.from(values.keys()).sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : a - b));
}

describe('radixArgsort', () => {
  it('sorts like a comparator sort on random data with negatives, −0, duplicates, huge and tiny magnitudes', () => {
    const random = mulberry32(20240601);
    const special = [0, -0, 5e-324, -5e-324, 2.2250738585072014e-308, -2.2250738585072014e-308, 1.7976931348623157e308,
      -1.7976931348623157e308, 1e300, -1e300, Infinity, -Infinity, 1, -1, 0.1, -0.1];
    for (let trial = 0; trial < 40; trial++) {
      const n = 1 + Math.floor(random() * 400);
      const values = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const pick = random();
        if (pick < 0.2) values[i] = special[Math.floor(random() * special.length)];
        else if (pick < 0.4) values[i] = Math.floor(random() * 10) - 5; // many duplicates
        else if (pick < 0.6 && i > 0) values[i] = values[Math.floor(random() * i)]; // copy an earlier value
        else values[i] = (random() - 0.5) * 10 ** (Math.floor(random() * 600) - 300);
      }
      const copy = Float64Array.from(values);
      expect(Array.from(radixArgsort(values))).toEqual(comparatorArgsort(values));
      expect(Array.from(values)).toEqual(Array.from(copy)); // input untouched
    }
  });

  it('sorts long runs that share a high word, and marks exactly the ties, on the radix path', () => {
    const random = mulberry32(20261125);
    // 1 + k·2⁻⁴⁰ share their high 32 bits, so each run is settled by the low word (runs past the insertion limit too).
    const sameHighWord = Float64Array.from({ length: 3000 }, () => 1 + Math.floor(random() * 700) * 2 ** -40);
    // Integers only: every low word is 0, so a run of equal high words is one tie.
    const integers = Float64Array.from({ length: 3000 }, () => Math.floor(random() * 50) - 25);
    for (const values of [sameHighWord, integers]) {
      const { order, tiesPrevious } = radixSortOrder(values);
      expect(Array.from(order)).toEqual(comparatorArgsort(values));
      const expectedTies = Array.from(order, (o, i) => (i > 0 && values[o] === values[order[i - 1]] ? 1 : 0));
      expect(Array.from(tiesPrevious)).toEqual(expectedTies);
    }
  });

  it('handles the empty and one-element cases', () => {
    expect(Array.from(radixArgsort(new Float64Array(0)))).toEqual([]);
    expect(Array.from(radixArgsort(f64([42])))).toEqual([0]);
  });

  it('sorts a subarray view without reading outside it', () => {
    const buffer = f64([9, 3, -1, 2, -7]);
    const view = buffer.subarray(1, 4); // 3, −1, 2
    expect(Array.from(radixArgsort(view))).toEqual([1, 2, 0]);
  });
});
