import { createDefaultModel, isFormulaCell, type CellValue, type PlanCell, type TierModel } from '../../src/engine';
import { readModelSheet } from '../../src/engine/modelSheet/readModelSheet';
import { writeModelSheet } from '../../src/engine/modelSheet/writeModelSheet';

/** What a spreadsheet would hand back: formulas come back as their values. */
function asValues(rows: PlanCell[][]): CellValue[][] {
  return rows.map((r) => r.map((c) => (isFormulaCell(c) ? c.result ?? null : c)));
}

const quotaModel: TierModel = {
  name: '配额模型', version: '7', idColumn: '资金账号', missing: 'exclude',
  factors: [
    { key: 'assets', column: '日均资产', weight: 40, scale: 'log', label: { 'zh-CN': '资产', 'en-US': 'Assets' }, clip: [1, 99.5] },
    { key: 'risk', column: '风险等级', weight: 60, scale: 'category', direction: 'lower', categories: { C1: 0, C2: 25, 稳健型: 50 } },
  ],
  tiers: [{ name: 'A', topShare: 0.05 }, { name: 'B', topShare: 0.2, label: { 'zh-CN': '乙', 'en-US': 'B tier' } }, { name: 'D' }],
};

describe('model sheet round trip', () => {
  it.each([
    ['default model, zh-CN', createDefaultModel(), 'zh-CN' as const],
    ['default model, en-US', createDefaultModel(), 'en-US' as const],
    ['quota model with labels and categories', quotaModel, 'zh-CN' as const],
    ['a category factor reading bare digits (digitPrefix)', { ...createDefaultModel(), factors: createDefaultModel().factors.map((f) => (f.key === 'risk' ? { ...f, digitPrefix: 'C' } : f)) }, 'en-US' as const],
  ])('%s: JSON → sheet → JSON is lossless', (_name, model, locale) => {
    const { rows } = writeModelSheet(model, locale);
    const back = readModelSheet(asValues(rows), '分级模型');
    const expected = JSON.parse(JSON.stringify({ ...model, missing: model.missing ?? 'zero' })) as TierModel;
    for (const f of expected.factors) f.direction = f.direction ?? 'higher';
    expect(back).toEqual(expected);
  });

  it('writes a clip into the factor row\'s clip cells (I:J), blank for a factor without one', () => {
    const { rows, anchors } = writeModelSheet(quotaModel, 'en-US');
    expect(rows[anchors.factorRows[0]].slice(8, 10)).toEqual([1, 99.5]);
    expect(rows[anchors.factorRows[1]].slice(8, 10)).toEqual([null, null]);
    expect(rows[anchors.factorRows[0] - 1].slice(8, 10)).toEqual(['Clip low (percentile)', 'Clip high (percentile)']);
  });

  it('names the cell of a half-filled or reversed clip', () => {
    const { rows, anchors } = writeModelSheet(createDefaultModel(), 'en-US');
    const grid = asValues(rows);
    const [first, second] = anchors.factorRows;
    grid[first][8] = 5;
    grid[second][8] = 90;
    grid[second][9] = 10;
    let message = '';
    try { readModelSheet(grid, 'M'); } catch (e) { message = (e as Error).message; }
    expect(message).toContain(`M!J${first + 1}: a clip needs both its low and high percentile (or neither)`);
    expect(message).toContain(`M!I${second + 1}: the clip's low percentile 90 must be below its high 10`);
  });

  it('names the cell of a text weight, in both languages', () => {
    const { rows, anchors } = writeModelSheet(createDefaultModel(), 'zh-CN');
    const grid = asValues(rows);
    grid[anchors.factorRows[1]][4] = 'abc';
    expect(() => readModelSheet(grid, '分级模型')).toThrow(`'分级模型'!E${anchors.factorRows[1] + 1}: weight "abc" is not a number`);
    try { readModelSheet(grid, '分级模型'); } catch (e) {
      expect((e as { messages: Record<string, string> }).messages['zh-CN']).toContain(`E${anchors.factorRows[1] + 1}：权重「abc」不是数字`);
    }
  });

  it('names the cell of a tier out of order and of a negative weight', () => {
    const { rows, anchors } = writeModelSheet(createDefaultModel(), 'en-US');
    const grid = asValues(rows);
    grid[anchors.tierRows[2]][3] = 95;
    grid[anchors.factorRows[0]][4] = -5;
    let message = '';
    try { readModelSheet(grid, 'Tier Model'); } catch (e) { message = (e as Error).message; }
    expect(message).toContain(`'Tier Model'!D${anchors.tierRows[2] + 1}: tiers out of order`);
    expect(message).toContain(`'Tier Model'!E${anchors.factorRows[0] + 1}: the weight cannot be negative (-5)`);
  });

  it('rejects a sheet without the marker', () => {
    expect(() => readModelSheet([['hello']], 'Sheet1')).toThrow('no TIERBOOK-MODEL marker');
  });

  it('reports a category row whose factor key is unknown', () => {
    const { rows, anchors } = writeModelSheet(createDefaultModel(), 'zh-CN');
    const grid = asValues(rows);
    const r = anchors.categoryRows[0].row;
    grid[r][0] = 'nosuch';
    expect(() => readModelSheet(grid, 'M')).toThrow(`M!A${r + 1}: factor key "nosuch" is not in the factor table`);
  });
});
