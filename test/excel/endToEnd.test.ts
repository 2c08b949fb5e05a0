import { MODEL_RANGE_NAME, MODEL_SHEET_MARKER, OUTPUT_LABELS } from '../../src/engine';
import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { createFakeExcel, type SeedCell } from '../fake-excel';
import { addinPlan, findAndRead, loadSampleRows } from './pipeline';
import { sourcePart } from './sourceSnapshot';

describe('find → read → engine → writePlan on samples/clients.xlsx (fake Excel)', () => {
  let sample: { name: string; rows: SeedCell[][] };
  beforeAll(async () => { sample = await loadSampleRows(); });

  it('writes the engine\'s columns after the last used column and TierBook\'s sheets, names, pivots and chart', async () => {
    const fake = createFakeExcel({ sheets: { [sample.name]: sample.rows } });
    // The whole table selected: the fake's current-region search is quadratic in the rows (single-cell selections
    // are covered in findClientTable.test.ts on small grids).
    fake.select(sample.name, `A1:N${sample.rows.length}`);
    const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
    const read = await findAndRead(gateway);
    const lastColumn = sample.rows[0].length - 1;
    expect(read.source).toMatchObject({ sheetName: sample.name, firstRow: 0, firstColumn: 0, rowCount: sample.rows.length, columnCount: lastColumn + 1, lastUsedColumn: lastColumn });
    expect(read.chunks.reduce((n, c) => n + c.rows.length, 0)).toBe(sample.rows.length);
    const before = sourcePart(fake, sample.name, lastColumn);

    const { plan, result } = addinPlan(read, { mode: 'values' });
    const report = await gateway.writePlan(plan);
    expect(report.incomplete).toBe(false);

    const sheet = fake.sheet(sample.name);
    const col = (i: number): string => String.fromCharCode(65 + lastColumn + 1 + i);
    expect([0, 1, 2].map((i) => sheet.cell(`${col(i)}1`))).toEqual([OUTPUT_LABELS.scoreColumn['zh-CN'], OUTPUT_LABELS.tierColumn['zh-CN'], OUTPUT_LABELS.issuesColumn['zh-CN']]);
    expect(sheet.formatAt(`${col(0)}1`, 'font.bold')).toBe(true);
    expect(report.columns).toEqual(plan.columns.map((c) => c.header));
    for (let i = 0; i < result.table.size; i++) {
      const row = result.table.rowNumbers[i];
      expect(sheet.cell(`${col(0)}${row}`)).toBe(result.scores[i]);
      expect(sheet.cell(`${col(1)}${row}`)).toBe(result.model.tiers[result.tierIndex[i]].name);
    }
    expect(sheet.numberFormatAt(`${col(0)}2`)).toBe('0.00');
    expect(sourcePart(fake, sample.name, lastColumn)).toEqual(before);

    const names = new Map(fake.names().map((n) => [n.name, n.formula]));
    expect(names.get('_TierBook_col_score')).toBe(`=${sample.name}!$${col(0)}$1`);
    expect(names.get('_TierBook_col_tier')).toBe(`=${sample.name}!$${col(1)}$1`);
    expect(names.get('_TierBook_sheet_model')).toBe('=分级模型!$A$1');
    expect(names.get('_TierBook_sheet_summary')).toBe('=分级汇总!$A$1');
    expect(names.get('_TierBook_sheet_log')).toBe('=运行日志!$A$1');
    expect(names.get(MODEL_RANGE_NAME)).toMatch(/^=分级模型!\$A\$1:\$J\$\d+$/u);
    expect(fake.sheet('分级模型').grid('A1:A10').map((r) => r[0])).toContain(MODEL_SHEET_MARKER);
    expect(fake.sheet('运行日志').grid().length).toBe(2);
    expect(report.sheets).toEqual(expect.arrayContaining(['分级模型', '分级汇总', '运行日志']));
    expect(fake.sheetNames()[0]).toBe(sample.name);

    // The summary sheet's tier block and the tier PivotTable (computed by the fake) agree with the engine's counts.
    const summary = fake.sheet('分级汇总');
    const counts = result.model.tiers.map((t, k) => [t.name, result.tierCounts[k]]);
    const summaryRows = summary.grid().filter((r) => counts.some(([name]) => r[0] === name)).map((r) => [r[0], r[1]]);
    expect(summaryRows).toEqual(counts);
    const tierPivot = fake.pivots().find((p) => p.name === 'TierBook_TierPivot');
    expect(tierPivot).toBeDefined();
    const pivotCounts = new Map(tierPivot!.grid.slice(1).map((r) => [r[0], r[1]]));
    for (const [name, count] of counts) expect(pivotCounts.get(name)).toBe(count);
    expect(tierPivot!.grid[0]).toEqual([OUTPUT_LABELS.tierColumn['zh-CN'], '客户数', '资产合计', '平均得分']);
    expect(report.pivots).toEqual(expect.arrayContaining(['TierBook_TierPivot', 'TierBook_RiskPivot']));
    const charts = fake.charts();
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ sheet: '分级汇总', chartType: 'ColumnClustered', title: '各等级客户数', name: 'TierBook_tierChart' });
    expect(report.charts).toEqual(['各等级客户数']);
  });
});
