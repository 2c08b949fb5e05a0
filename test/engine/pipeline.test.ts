import { createDefaultModel, tierGrid, type CellValue, type TierModel } from '../../src/engine';

/**
 * A small export as brokers' systems produce it: title rows, a full-width unit in a header, numeric and text ids,
 * amounts in 万/亿/¥, a dash for a missing count, mixed-width labels, a blank row, an id-less row, an unreadable
 * number, an unknown category, a duplicate id and a totals row.
 */
const MESSY_GRID: CellValue[][] = [
  ['2024年第三季度客户明细', null, null, null, null, null, null], // 1
  ['导出时间：2024-10-01', null, null, null, null, null, null], // 2
  [null, null, null, null, null, null, null], // 3
  ['客户号', '客户姓名', '总资产（元）', '年交易次数', '客户需求', '风险等级', '开户年限'], // 4: header
  ['C001', '张三', '¥1,200,000', 120, '专业投资', 'C5', 8], // 5
  [1002, '李四', '50万', '36', '基础理财', '稳健型', 3], // 6
  ['C003', '王五', 300000, '--', ' 基础理财 ', 'ｃ２', '5'], // 7
  [null, null, null, null, null, null, null], // 8: blank
  ['C004', '赵六', '1.2亿', 240, '专业投资', 'C4', 12], // 9
  [null, null, 5000, 3, '基础理财', 'C2', 2], // 10: no id
  ['C005', '钱七', 'abc', 12, '其他', 'C3', 0], // 11
  ['1002', '孙八', '0.5万', 6, '基础理财', 'C1', 1], // 12: duplicate of row 6
  ['合计', null, 121805000, 417, null, null, null], // 13: totals
];

/*
 * Hand computation with the default model (weights 35, 20, 15, 15, 15; Σ = 100).
 *
 * assets (percentile), present for 5 clients, n − 1 = 4:
 *   0.5万 = 5,000 → 0 below → 0;  300,000 → 1 → 25;  50万 = 500,000 → 2 → 50;  ¥1,200,000 → 3 → 75;
 *   1.2亿 = 120,000,000 → 4 → 100;  'abc' → missing
 * frequency (percentile), present for 5, n − 1 = 4: 6 → 0, 12 → 25, 36 → 50, 120 → 75, 240 → 100; '--' missing
 * needs (category): 专业投资 100, 基础理财 30 (trimmed); 其他 unmapped → missing
 * risk (category): C5 100, 稳健型 = C3 50, ｃ２ = C2 25, C4 75, C3 50, C1 0
 * loyalty (minmax), min 0, max 12: 8 → 66.67, 3 → 25, 5 → 41.67, 12 → 100, 0 → 0, 1 → 8.33
 *
 *   C001:  35·75  + 20·75  + 15·100 + 15·100 + 15·66.67 = 2625 + 1500 + 1500 + 1500 + 1000 = 8125 → 81.25
 *   1002:  35·50  + 20·50  + 15·30  + 15·50  + 15·25    = 1750 + 1000 +  450 +  750 +  375 = 4325 → 43.25
 *   C003:  35·25  + 20·0   + 15·30  + 15·25  + 15·41.67 =  875 +    0 +  450 +  375 +  625 = 2325 → 23.25
 *   C004:  35·100 + 20·100 + 15·100 + 15·75  + 15·100   = 3500 + 2000 + 1500 + 1125 + 1500 = 9625 → 96.25
 *   C005:  35·0   + 20·25  + 15·0   + 15·50  + 15·0     =    0 +  500 +    0 +  750 +    0 = 1250 → 12.50
 *   1002b: 35·0   + 20·0   + 15·30  + 15·0   + 15·8.33  =    0 +    0 +  450 +    0 +  125 =  575 →  5.75
 */
const IDS = ['C001', '1002', 'C003', 'C004', 'C005', '1002'];
const ROWS = [5, 6, 7, 9, 11, 12];
const FACTOR_SCORES = [
  [75, 50, 25, 100, NaN, 0],
  [75, 50, NaN, 100, 25, 0],
  [100, 30, 30, 100, NaN, 30],
  [100, 50, 25, 75, 50, 0],
  [(100 * 8) / 12, 25, (100 * 5) / 12, 100, 0, (100 * 1) / 12],
];
const SCORES = [81.25, 43.25, 23.25, 96.25, 12.5, 5.75];

function expectClose(actual: ArrayLike<number>, expected: readonly number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => {
    if (Number.isNaN(e)) expect(actual[i]).toBeNaN();
    else expect(Math.abs(actual[i] - e)).toBeLessThanOrEqual(1e-9);
  });
}

describe('tierGrid end to end on a messy export (default model, missing: zero)', () => {
  const result = tierGrid(MESSY_GRID, createDefaultModel(), '客户明细');

  it('finds the header below the title rows', () => {
    expect(result.table.layout.headerRow).toBe(4);
    expect(result.table.layout.factors[0].header).toBe('总资产（元）');
  });

  it('reads the six clients in sheet order', () => {
    expect(result.table.ids).toEqual(IDS);
    expect(Array.from(result.table.rowNumbers)).toEqual(ROWS);
  });

  it('computes every factor score as by hand', () => {
    FACTOR_SCORES.forEach((expected, f) => expectClose(result.factorScores[f], expected));
  });

  it('computes every composite as by hand', () => {
    expectClose(result.scores, SCORES);
  });

  it('flags missing factors: frequency for C003, assets and needs for C005', () => {
    expect(Array.from(result.missingFactors)).toEqual([0, 0, 0b00010, 0, 0b00101, 0]);
  });

  it('assigns threshold tiers: 钻石 ≥ 80, 黄金 ≥ 60, 白银 ≥ 40, 普通 ≥ 0', () => {
    // 81.25 钻石, 43.25 白银, 23.25 普通, 96.25 钻石, 12.5 普通, 5.75 普通
    expect(Array.from(result.tierIndex)).toEqual([0, 2, 3, 0, 3, 3]);
    expect(Array.from(result.tierCounts)).toEqual([2, 0, 1, 3]);
  });

  it('reports the issues in row order', () => {
    expect(result.issues.map((i) => [i.row, i.problem, i.column, i.value])).toEqual([
      [6, 'duplicate_id', '客户号', '1002'],
      [7, 'missing_value', '年交易次数', '--'],
      [11, 'invalid_number', '总资产（元）', 'abc'],
      [11, 'unknown_category', '客户需求', '其他'],
      [12, 'duplicate_id', '客户号', '1002'],
    ]);
  });

  it('reports the non-client rows', () => {
    expect(result.excluded.map((e) => [e.row, e.reason])).toEqual([[10, 'empty_id'], [13, 'total_row']]);
  });
});

describe('tierGrid with missing: exclude', () => {
  const model: TierModel = { ...createDefaultModel(), missing: 'exclude' };
  const result = tierGrid(MESSY_GRID, model);

  it('leaves clients with a missing factor unscored and untiered; the rest score as before', () => {
    // factor scores are computed over present values, so they do not change; C003 and C005 lose their score
    expectClose(result.scores, [81.25, 43.25, NaN, 96.25, NaN, 5.75]);
    expect(Array.from(result.tierIndex)).toEqual([0, 2, -1, 0, -1, 3]);
    expect(Array.from(result.tierCounts)).toEqual([2, 0, 1, 1]);
  });

  it('reports them as excluded, unscored, naming the missing column', () => {
    expect(result.excluded.map((e) => [e.row, e.reason])).toEqual([[7, 'unscored'], [10, 'empty_id'], [11, 'unscored'], [13, 'total_row']]);
    const c003 = result.excluded[0];
    expect(c003.message['zh-CN']).toContain('年交易次数');
    expect(c003.message['en-US']).toContain('年交易次数');
  });
});

describe('tierGrid with quota tiers', () => {
  const model: TierModel = { ...createDefaultModel(), tiers: [{ name: 'A', topShare: 0.2 }, { name: 'B', topShare: 0.5 }, { name: 'C' }] };
  const result = tierGrid(MESSY_GRID, model);

  it('cuts at ceil(share × n) of the descending scores', () => {
    // descending: 96.25, 81.25, 43.25, 23.25, 12.5, 5.75 (n = 6)
    // A: ceil(0.2 × 6) = ceil(1.2) = 2 → 81.25;  B: ceil(0.5 × 6) = 3 → 43.25;  C: the rest
    expect(Array.from(result.tierCutoffs)).toEqual([81.25, 43.25, -Infinity]); // composites are rounded, so exact
    expect(Array.from(result.tierIndex)).toEqual([0, 1, 2, 0, 2, 2]);
    expect(Array.from(result.tierCounts)).toEqual([2, 1, 3]);
  });
});
