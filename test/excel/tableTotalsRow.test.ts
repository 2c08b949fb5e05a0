import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { createFakeExcel } from '../fake-excel';
import { findAndRead, generatedClients, tierTable } from './pipeline';

const clients = generatedClients(5); // header + 5 clients: A1:G6

/** A workbook whose client table is an Excel table with its totals row on, labelled 共 5 户 (no totals word). */
async function tableWithTotals(showTotals: boolean) {
  const fake = createFakeExcel({ sheets: { 清单: clients } });
  await fake.host.run(async (ctx) => {
    const table = ctx.workbook.worksheets.getItem('清单').tables.add('A1:G6', true);
    table.name = '客户表';
    table.showTotals = showTotals;
    await ctx.sync();
    if (showTotals) {
      ctx.workbook.worksheets.getItem('清单').getRange('A7:C7').values = [['共 5 户', null, 12_345_678]];
      await ctx.sync();
    }
  });
  fake.select('清单', 'B3');
  return fake;
}

describe("an Excel table's totals row in the add-in", () => {
  it('findClientTable reports the table range\'s last row as its totals row when showTotals is on', async () => {
    const on = await tableWithTotals(true);
    expect(await createOfficeWorkbookGateway(on.host).findClientTable()).toMatchObject({ tableName: '客户表', address: 'A1:G7', totalsRows: [7] });
    const off = await tableWithTotals(false);
    expect((await createOfficeWorkbookGateway(off.host).findClientTable()).totalsRows).toBeUndefined();
  });

  it('the engine excludes that row, though its first cell is no totals word', async () => {
    const read = await findAndRead(createOfficeWorkbookGateway((await tableWithTotals(true)).host));
    const { result } = tierTable(read);
    expect(result.table.size).toBe(5);
    expect(result.table.ids).not.toContain('共 5 户');
    expect(result.excluded.map((e) => [e.row, e.reason])).toEqual([[7, 'total_row']]);
    // Without the host's word the row would be a client called 共 5 户.
    const { result: blind } = tierTable({ ...read, source: { ...read.source, totalsRows: undefined } });
    expect(blind.table.ids).toContain('共 5 户');
  });
});
