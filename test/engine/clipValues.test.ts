import { clipBounds, createDefaultModel, factorScore, percentileInc, tierGrid, winsorize, type CellValue, type FactorSpec, type NumericColumn } from '../../src/engine';

const f64 = (values: number[]): Float64Array => Float64Array.from(values);
const column = (values: number[]): NumericColumn => ({ kind: 'numeric', values: f64(values), fromText: new Uint8Array(values.length) });

describe('percentileInc (PERCENTILE.INC)', () => {
  it('interpolates between order statistics at rank (n − 1) × p / 100', () => {
    const sorted = f64([1, 2, 3, 4, 10]);
    expect(percentileInc(sorted, 0)).toBe(1);
    expect(percentileInc(sorted, 100)).toBe(10);
    expect(percentileInc(sorted, 50)).toBe(3);
    expect(percentileInc(sorted, 90)).toBeCloseTo(7.6, 12); // rank 3.6: 4 + 0.6 × (10 − 4)
    expect(percentileInc(sorted, 25)).toBe(2);
  });
});

describe('clip (winsorising before scaling)', () => {
  it('finds the bounds over present values only and keeps missing values missing', () => {
    const values = f64([NaN, 10, -3, 5, 7, NaN, 8]);
    // present sorted: −3, 5, 7, 8, 10; p25 → rank 1 → 5; p75 → rank 3 → 8
    expect(clipBounds(values, [25, 75])).toEqual({ low: 5, high: 8 });
    expect(Array.from(winsorize(values, { low: 5, high: 8 }))).toEqual([NaN, 8, 5, 5, 7, NaN, 8]);
  });

  it('scales a minmax factor on the winsorised values', () => {
    const factor: FactorSpec = { key: 'x', column: 'X', weight: 1, scale: 'minmax', clip: [25, 75] };
    // −3 → 5, 10 → 8: scale runs 5…8
    expect(Array.from(factorScore(column([-3, 5, 6.5, 8, 10]), factor))).toEqual([0, 0, 50, 100, 100]);
    const { clip: _clip, ...unclipped } = factor;
    expect(Array.from(factorScore(column([-3, 5, 6.5, 8, 10]), unclipped))).toEqual([0, 100 * (8 / 13), 100 * (9.5 / 13), 100 * (11 / 13), 100]);
  });

  it('clips a log factor on the raw values, before the log', () => {
    const factor: FactorSpec = { key: 'x', column: 'X', weight: 1, scale: 'log', clip: [0, 50] };
    // sorted 9, 99, 999: p50 = 99, so 999 counts as 99: log10(10) = 1 … log10(100) = 2
    expect(Array.from(factorScore(column([9, 99, 999]), factor))).toEqual([0, 100, 100]);
  });

  it('turns a percentile factor\'s clipped tail into ties', () => {
    const factor: FactorSpec = { key: 'x', column: 'X', weight: 1, scale: 'percentile', clip: [0, 50] };
    // 1, 2, 3, 4, 5 with p50 = 3: 4 and 5 count as 3 → below counts 0, 1, 2, 2, 2 over n − 1 = 4
    expect(Array.from(factorScore(column([1, 2, 3, 4, 5]), factor))).toEqual([0, 25, 50, 50, 50]);
  });

  it('reaches the tiers through tierGrid (direction lower still applies after the clip)', () => {
    const model = { ...createDefaultModel(), factors: [{ key: 'loyalty', column: '开户年限', weight: 1, scale: 'minmax' as const, direction: 'lower' as const, clip: [0, 75] as [number, number] }] };
    const grid: CellValue[][] = [['客户号', '开户年限'], ['a', 0], ['b', 1], ['c', 2], ['d', 100]];
    // sorted 0, 1, 2, 100: p75 → rank 2.25 → 2 + 0.25 × 98 = 26.5; scale 0…26.5, lower: 100 − s
    const result = tierGrid(grid, model);
    expect(result.scores[3]).toBe(0);
    expect(result.scores[0]).toBe(100);
    expect(result.scores[2]).toBeCloseTo(100 - (100 * 2) / 26.5, 9);
  });
});
