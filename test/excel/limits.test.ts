import { ClientTableBuilder, buildOutputPlan, createDefaultModel, locateSheetLayout, tierClientTable, type PlanColumn } from '../../src/engine';
import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { createFakeExcel, type CellValue } from '../fake-excel';

/**
 * Chunking against Excel's limits. `npm test` runs 200,000 rows × 12 columns so that it stays quick on a shared
 * machine; `npm run bench` (scripts/bench/workbookBench.js) runs the same pipeline at Excel's full 1,048,575 rows.
 */
const ROWS = 200_000;
const COLUMNS = 12;
const MB4 = 4_000_000;
const HEADERS = ['客户号', '客户姓名', '客户类型', '开户营业部', '开户日期', '总资产', '金融资产', '年交易次数', '客户需求', '风险等级', '开户年限', '近一年佣金贡献'];

function clientCell(row: number, column: number): CellValue {
  if (row === 0) return HEADERS[column];
  const i = row - 1;
  switch (column) {
    case 0: return `3100${String(i).padStart(8, '0')}`;
    case 1: return `客户${i % 9973}`;
    case 2: return i % 33 === 0 ? '机构' : '个人';
    case 3: return `营业部${i % 12}`;
    case 4: return 38000 + (i % 7000);
    case 5: return Math.round(((i * 7919) % 1000003) * 13.37) / 100;
    case 6: return Math.round(((i * 7919) % 1000003) * 12.1) / 100;
    case 7: return (i * 31) % 617;
    case 8: return i % 3 === 0 ? '专业投资' : '基础理财';
    case 9: return ['C1', 'C2', 'C3', 'C4', 'C5'][i % 5];
    case 10: return ((i * 17) % 250) / 10;
    default: return (i * 13) % 5000;
  }
}

describe(`request limits at ${ROWS.toLocaleString('en-US')} rows × ${COLUMNS} columns`, () => {
  it('reads and writes in requests of at most 4 MB, within ceil(payload / 4 MB) + 10 syncs', async () => {
    const fake = createFakeExcel({ sheets: { 客户清单: { rows: ROWS + 1, columns: COLUMNS, cell: clientCell } } });
    fake.select('客户清单', `A1:L${ROWS + 1}`);
    const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
    const source = await gateway.findClientTable();
    expect(source).toMatchObject({ rowCount: ROWS + 1, columnCount: COLUMNS, lastUsedColumn: COLUMNS - 1 });

    const model = createDefaultModel();
    const found = locateSheetLayout(source.topRows, model, source.sheetName);
    const builder = new ClientTableBuilder(found, model, source.sheetName);
    let chunks = 0;
    await gateway.readRows(source, (rows, first) => {
      chunks++;
      const skip = Math.max(0, found.headerRow + 1 - first);
      builder.appendRows(skip ? rows.slice(skip) : rows, first + skip);
    });
    const afterRead = { ...fake.metrics };
    expect(afterRead.cellsRead).toBeGreaterThanOrEqual((ROWS + 1) * COLUMNS);
    expect(afterRead.cellsRead).toBeLessThan((ROWS + 1) * COLUMNS + 31 * COLUMNS + 10);
    expect(chunks).toBeGreaterThan(1);

    const result = tierClientTable(builder.finish(), model);
    expect(result.table.size).toBe(ROWS);
    const length = ROWS;
    const segment: PlanColumn = { key: 'segment', header: '客户分群', length, cellAt: (o) => (o % 2 === 0 ? '高频' : '低频') };
    const plan = buildOutputPlan(result, {
      locale: 'zh-CN', mode: 'values', sourceSheet: source.sheetName, lastUsedColumn: source.lastUsedColumn, lastRow: ROWS + 1, extraColumns: [segment],
    });
    expect(plan.columns).toHaveLength(4);
    const report = await gateway.writePlan(plan);
    expect(report.incomplete).toBe(false);

    const m = fake.metrics;
    expect(m.largestRequestBytes).toBeLessThanOrEqual(MB4);
    expect(m.failedSyncCount).toBe(0);
    expect(m.syncCount).toBeLessThanOrEqual(Math.ceil(m.totalPayloadBytes / MB4) + 10);
    expect(m.cellsWritten - afterRead.cellsWritten).toBeGreaterThanOrEqual(4 * ROWS);
    const sheet = fake.sheet('客户清单');
    const last = ROWS + 1;
    expect(sheet.cell(`M${last}`)).toBe(result.scores[ROWS - 1]);
    expect(sheet.cell(`N${last}`)).toBe(result.model.tiers[result.tierIndex[ROWS - 1]].name);
    expect(sheet.cell(`P${last}`)).toBe(segment.cellAt(ROWS - 1));
    expect(sheet.cell('A2')).toBe('310000000000');
  });
});
