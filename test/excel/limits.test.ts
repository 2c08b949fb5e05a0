import { ClientTableBuilder, buildOutputPlan, createDefaultModel, locateSheetLayout, tierClientTable, type PlanColumn } from '../../src/engine';
import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { createFakeExcel } from '../fake-excel';
import { SYNTHETIC_CLIENT_HEADERS, syntheticClientSheet } from '../fake-excel/syntheticClients';

/**
 * Chunking against Excel's limits. `npm test` runs 200,000 rows × 12 columns so that it stays quick on a shared
 * machine; `npm run bench` (scripts/bench/workbookBench.js) runs the same pipeline at Excel's full 1,048,575 rows.
 */
const ROWS = 200_000;
const COLUMNS = SYNTHETIC_CLIENT_HEADERS.length;
const MB4 = 4_000_000;
describe(`request limits at ${ROWS.toLocaleString('en-US')} rows × ${COLUMNS} columns`, () => {
  it('reads and writes in requests of at most 4 MB, within ceil(payload / 4 MB) + 10 syncs', async () => {
    const fake = createFakeExcel({ sheets: { 客户清单: syntheticClientSheet(ROWS) } });
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
