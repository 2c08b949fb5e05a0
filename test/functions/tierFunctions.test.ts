import { createDefaultModel, isFormulaCell, MODEL_BLOCK_WIDTH, tierGrid, writeModelSheet, type CellValue, type TierModel } from '../../src/engine';
import { factor, resultPayloadBytes, scores, tier, tiers, type ExcelArgCell, type ResultCell } from '../../src/functions/tierFunctions';

/** A model range as Excel hands it to a function: formulas come as their values, blanks as "". */
function modelRange(model: TierModel, cutoffs?: Float64Array): ExcelArgCell[][] {
  const { rows } = writeModelSheet(model, 'zh-CN', cutoffs);
  const width = MODEL_BLOCK_WIDTH; // the TierBook_Model name's width, clip columns included
  return rows.map((r) => Array.from({ length: width }, (_, c) => { const v = r[c]; return v === undefined || v === null ? '' : isFormulaCell(v) ? (v.result ?? '') : v; }));
}

const data: ExcelArgCell[][] = [
  ['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'],
  ['1', '1.2万', 10, '专业投资', 'C3', 5],
  ['2', 1234.5, 3, '基础理财', 'C5', 1],
  ['', '', '', '', '', ''],
  ['3', 500000, 50, '专业投资', 'C1', 10],
  ['合计', 513234.5, 63, '', '', ''],
];

function expectError(fn: () => unknown, code: string, text: string): void {
  let thrown: unknown;
  try { fn(); } catch (e) { thrown = e; }
  expect(thrown).toBeInstanceOf(CustomFunctions.Error);
  expect((thrown as CustomFunctions.Error).code).toBe(code);
  expect((thrown as CustomFunctions.Error).message).toContain(text);
}

describe('TIER.FACTOR with a clip in the model range', () => {
  // 开户年限 5, 1, 10 (rows 2, 3, 5). clip [0, 50]: PERCENTILE.INC at 50 of {1, 5, 10} is 5, so 10 counts as 5 and the
  // min–max scale runs 1…5: row 2 → 100, row 3 → 0, row 5 → 100. Without the clip row 2 would be 100 × 4 / 9.
  const clipped: TierModel = { ...createDefaultModel(), factors: createDefaultModel().factors.map((f) => (f.key === 'loyalty' ? { ...f, clip: [0, 50] as [number, number] } : f)) };

  it('winsorises before scaling, read from the sheet\'s clip cells', () => {
    const out = factor(data, modelRange(clipped), 'loyalty');
    expect([out[0][0], out[1][0], out[3][0]]).toEqual([100, 0, 100]);
    expect(factor(data, modelRange(createDefaultModel()), 'loyalty')[0][0]).toBeCloseTo((100 * 4) / 9, 12);
  });

  it('gives the scores the engine gives', () => {
    const engine = tierGrid(data.map((r) => r.map((c) => (c === '' ? null : c))) as CellValue[][], clipped);
    const out = scores(data, modelRange(clipped));
    expect([out[0][0], out[1][0], out[3][0]]).toEqual([engine.scores[0], engine.scores[1], engine.scores[2]]);
  });
});

describe('TIER.SCORES', () => {
  it('spills one score per data row below the header, matching the engine', () => {
    const engine = tierGrid(data.map((r) => r.map((c) => (c === '' ? null : c))) as CellValue[][], createDefaultModel());
    const out = scores(data, modelRange(createDefaultModel()));
    expect(out).toHaveLength(5);
    expect(out[0][0]).toBeCloseTo(engine.scores[0], 12);
    expect(out[1][0]).toBeCloseTo(engine.scores[1], 12);
    expect(out[2][0]).toBe('');
    expect(out[3][0]).toBeCloseTo(engine.scores[2], 12);
    const total = out[4][0] as CustomFunctions.Error;
    expect(total).toBeInstanceOf(CustomFunctions.Error);
    expect(total.code).toBe('#N/A');
    expect(total.message).toContain('totals row');
  });

  it('raises #VALUE! naming a column that is not in the data headers', () => {
    const noAssets = data.map((r) => r.filter((_, c) => c !== 1));
    expectError(() => scores(noAssets, modelRange(createDefaultModel())), '#VALUE!', 'column "总资产" not found');
  });

  it('raises #VALUE! naming the model cell when a weight is text', () => {
    const model = modelRange(createDefaultModel());
    const row = writeModelSheet(createDefaultModel(), 'zh-CN').anchors.factorRows[0];
    model[row][4] = 'abc';
    expectError(() => scores(data, model), '#VALUE!', `E${row + 1}: weight "abc" is not a number`);
  });

  it('gives #N/A with the reason to clients left unscored by missing: exclude', () => {
    const model = { ...createDefaultModel(), missing: 'exclude' as const };
    const gap = data.map((r) => [...r]);
    gap[1][2] = '';
    const out = scores(gap, modelRange(model));
    expect((out[0][0] as CustomFunctions.Error).code).toBe('#N/A');
    expect((out[0][0] as CustomFunctions.Error).message).toContain('年交易次数');
    expect(typeof out[1][0]).toBe('number');
  });

  it('refuses a result above the 5 MB web limit with advice, instead of failing in the host', () => {
    // 60,000 tier names of 40 Chinese characters are about 7 MB of UTF-8 JSON.
    const longName = '长'.repeat(40);
    const model: TierModel = { ...createDefaultModel(), tiers: [{ name: longName, minScore: 0 }] };
    const column = Array.from({ length: 60000 }, (_, i): ExcelArgCell[] => [i % 100]);
    expectError(() => tiers(column, modelRange(model)), '#VALUE!', 'write values');
    expect(tiers(column.slice(0, 1000), modelRange(model))).toHaveLength(1000);
  });
});

describe('TIER.FACTOR', () => {
  it('spills one factor score per row, and names the factors when the key is unknown', () => {
    const out = factor(data, modelRange(createDefaultModel()), 'assets');
    // 12000, 1234.5, 500000 → below counts 1, 0, 2 of n − 1 = 2.
    expect(out.map((r) => r[0]).filter((v) => typeof v === 'number')).toEqual([50, 0, 100]);
    expectError(() => factor(data, modelRange(createDefaultModel()), 'wealth'), '#VALUE!', 'factor "wealth" is not in the model (factors: assets, frequency, needs, risk, loyalty)');
  });
});

describe('TIER.TIERS and TIER.TIER', () => {
  it('tiers a score column with thresholds, leaving blanks blank', () => {
    const out = tiers([[85], [60], [59.999], ['']], modelRange(createDefaultModel()));
    expect(out).toEqual([['钻石'], ['黄金'], ['白银'], ['']]);
  });

  it('computes quota cutoffs from the whole score column', () => {
    const quota: TierModel = { ...createDefaultModel(), tiers: [{ name: 'A', topShare: 0.2 }, { name: 'B', topShare: 0.6 }, { name: 'C' }] };
    // 10 scores; A = top ceil(2) → cutoff 90; B = top ceil(6) → cutoff 50.
    const column = [[100], [90], [80], [70], [60], [50], [40], [30], [20], [10]];
    expect(tiers(column, modelRange(quota)).map((r) => r[0])).toEqual(['A', 'A', 'B', 'B', 'B', 'B', 'C', 'C', 'C', 'C']);
  });

  it('TIER.TIER uses thresholds directly and stored cutoffs for quotas', () => {
    expect(tier(80, modelRange(createDefaultModel()))).toBe('钻石');
    expect(tier('79.5', modelRange(createDefaultModel()))).toBe('黄金');
    const quota: TierModel = { ...createDefaultModel(), tiers: [{ name: 'A', topShare: 0.2 }, { name: 'B' }] };
    expect(tier(91, modelRange(quota, Float64Array.from([90, -Infinity])))).toBe('A');
    expect(tier(89, modelRange(quota, Float64Array.from([90, -Infinity])))).toBe('B');
    expectError(() => tier(95, modelRange(quota)), '#N/A', 'run TierBook once');
    expectError(() => tier('abc', modelRange(createDefaultModel())), '#VALUE!', '"abc" is not a score');
  });
});

describe('payload estimate', () => {
  it('counts bytes like JSON for numbers and UTF-8 text', () => {
    const cells: ResultCell[][] = [[1.5], ['钻石']];
    expect(resultPayloadBytes(cells)).toBeGreaterThanOrEqual(JSON.stringify([[1.5], ['钻石']]).length);
  });
});
