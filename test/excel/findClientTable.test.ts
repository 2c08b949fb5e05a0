import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { createFakeExcel, type SeedCell } from '../fake-excel';
import { addinPlan, findAndRead, generatedClients } from './pipeline';
import { smallWorkbook } from './smallWorkbook';

const clients = generatedClients(8);

describe('findClientTable', () => {
  it('takes the current region of the selection, with the first rows for header search and the sheet\'s last used column', async () => {
    // A title block, a blank row, the table, a blank column, then a note far right.
    const rows: SeedCell[][] = [['客户资产明细（内部）'], [], ...clients.map((r) => [...r, null, null, null])];
    rows[5][9] = '备注';
    const fake = createFakeExcel({ sheets: { 清单: rows } });
    fake.select('清单', 'C6');
    const source = await createOfficeWorkbookGateway(fake.host).findClientTable();
    expect(source).toMatchObject({ sheetName: '清单', address: 'A3:G11', firstRow: 2, firstColumn: 0, rowCount: 9, columnCount: 7, lastUsedColumn: 9 });
    expect(source.topRows).toHaveLength(9);
    expect(source.topRows[0]).toEqual(clients[0]);
    expect(source.tableName).toBeUndefined();
  });

  it('takes the Excel table under the selection', async () => {
    const fake = createFakeExcel({ sheets: { 清单: [...clients, [], ['附注']] } });
    await fake.host.run(async (ctx) => {
      // Smaller than the current region around it, so the two can be told apart.
      ctx.workbook.worksheets.getItem('清单').tables.add('A1:G5', true).name = '客户表';
      await ctx.sync();
    });
    fake.select('清单', 'D4');
    const source = await createOfficeWorkbookGateway(fake.host).findClientTable();
    expect(source).toMatchObject({ tableName: '客户表', address: 'A1:G5', rowCount: 5, columnCount: 7 });
    fake.select('清单', 'D8');
    const region = await createOfficeWorkbookGateway(fake.host).findClientTable();
    expect(region.address).toBe('A1:G9');
    expect(region.tableName).toBeUndefined();
  });

  it('falls back to the used range when the selection is in an empty area', async () => {
    const fake = createFakeExcel({ sheets: { 清单: clients } });
    fake.select('清单', 'K20');
    const source = await createOfficeWorkbookGateway(fake.host).findClientTable();
    expect(source).toMatchObject({ address: 'A1:G9', rowCount: 9 });
  });

  it('leaves TierBook\'s own columns out of the table after a run, and refuses TierBook\'s own sheets', async () => {
    const { fake, gateway } = smallWorkbook(12);
    const read = await findAndRead(gateway);
    await gateway.writePlan(addinPlan(read, { strategySheets: false }).plan);
    fake.select('客户清单', 'J5'); // inside TierBook's data-issues column
    const again = await gateway.findClientTable();
    expect(again).toMatchObject({ address: read.source.address, columnCount: 7, lastUsedColumn: 6 });
    fake.select('分级汇总', 'A3');
    await expect(gateway.findClientTable()).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });

  it('says so when the sheet is empty', async () => {
    const fake = createFakeExcel({ sheets: { 空表: [] } });
    await expect(createOfficeWorkbookGateway(fake.host).findClientTable()).rejects.toMatchObject({ code: 'INPUT_NOT_FOUND' });
  });
});

describe('readRows', () => {
  it('reads in budget-sized chunks with 1-based first row numbers and progress, and stops with CANCELLED between chunks', async () => {
    const { gateway } = smallWorkbook(500, {}, { bytes: 5_000 });
    const source = await gateway.findClientTable();
    const starts: number[] = [];
    let rows = 0;
    const progress: number[] = [];
    await gateway.readRows(source, (chunk, first) => { starts.push(first); rows += chunk.length; }, { onProgress: (p) => progress.push(p.done) });
    expect(rows).toBe(501);
    expect(starts[0]).toBe(1);
    expect(starts.length).toBeGreaterThan(5);
    expect(progress[progress.length - 1]).toBe(501);

    const controller = new AbortController();
    let chunks = 0;
    const reading = gateway.readRows(source, () => { chunks++; }, { signal: controller.signal, onProgress: (p) => { if (p.done > 0) controller.abort(); } });
    await expect(reading).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(chunks).toBe(1);
  });
});
