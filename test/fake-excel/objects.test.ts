import { createFakeExcel, FakeOfficeError } from './index';
import * as pivotGrid from './pivotGrid';

const clients = [
  ['经理', '等级', '资产'],
  ['王', 'A', 100],
  ['王', 'B', 50],
  ['李', 'A', 30],
  ['李', 'A', 20],
  ['张', 'B', ''],
];

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(() => 'ok', (error: FakeOfficeError) => error.code);
}

describe('tables', () => {
  it('creates tables with unique header names and exposes header, body, columns and rows', async () => {
    const fake = createFakeExcel({ sheets: { D: [['名称', '名称', ''], ['a', 1, true], ['b', 2, false]] } });
    const read = await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('D');
      const table = sheet.tables.add('A1:C3', true);
      table.load('name');
      const body = table.getDataBodyRange().load('address');
      const header = table.getHeaderRowRange().load('values');
      const columns = table.columns.load('items/name');
      await ctx.sync();
      table.columns.add(undefined, [['分级'], ['A'], ['B']]);
      table.rows.add(undefined, [['c', 3, true, 'C']]);
      const scoped = sheet.getRange('B2').getTables().load('items/name');
      const bodyAfter = table.getDataBodyRange().load('address');
      await ctx.sync();
      return [table.name, body.address, header.values, columns.items.map((c) => c.name), scoped.items.map((t) => t.name), bodyAfter.address];
    });
    expect(read).toEqual(['Table1', 'D!A2:C3', [['名称', '名称2', 'Column3']], ['名称', '名称2', 'Column3'], ['Table1'], 'D!A2:D4']);
    expect(fake.tables()).toEqual([{ name: 'Table1', sheet: 'D', address: 'D!A1:D4', headers: ['名称', '名称2', 'Column3', '分级'], dataRowCount: 3 }]);
    expect(fake.sheet('D').grid('A4:D4')).toEqual([['c', 3, true, 'C']]);
  });

  it('shifts data down to make room for generated headers when hasHeaders is false, and rejects overlaps', async () => {
    const fake = createFakeExcel({ sheets: { D: [['x', 1], ['y', 2]] } });
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('D').tables.add('D!A1:B2', false);
      await ctx.sync();
    });
    expect(fake.sheet('D').grid()).toEqual([['Column1', 'Column2'], ['x', 1], ['y', 2]]);
    expect(await codeOf(fake.host.run(async (ctx) => {
      ctx.workbook.tables.add('D!B2:C5', true);
      await ctx.sync();
    }))).toBe('InvalidOperation');
  });
});

describe('pivot tables', () => {
  it('computes the grouped grid with Sum, Count and Average and writes it to the destination', async () => {
    const fake = createFakeExcel({ sheets: { 客户: clients, 透视: [] } });
    await fake.host.run(async (ctx) => {
      const source = ctx.workbook.worksheets.getItem('客户').getRange('A1:C6');
      const pivot = ctx.workbook.worksheets.getItem('透视').pivotTables.add('按经理', source, '透视!B2');
      pivot.rowHierarchies.add(pivot.hierarchies.getItem('经理'));
      pivot.columnHierarchies.add(pivot.hierarchies.getItem('等级'));
      pivot.dataHierarchies.add(pivot.hierarchies.getItem('资产'));
      await ctx.sync();
    });
    expect(fake.pivots()[0]).toMatchObject({
      name: '按经理', rows: ['经理'], columns: ['等级'], data: [{ name: 'Sum of 资产', field: '资产', summarizeBy: 'Sum' }], address: '透视!B2:E6',
    });
    expect(fake.pivots()[0].grid).toEqual([
      ['经理', 'A', 'B', 'Grand Total'],
      ['张', null, 0, 0],
      ['李', 50, null, 50],
      ['王', 100, 50, 150],
      ['Grand Total', 150, 50, 200],
    ]);
    await fake.host.run(async (ctx) => {
      const data = ctx.workbook.pivotTables.getItem('按经理').dataHierarchies.getItem('Sum of 资产');
      data.summarizeBy = 'Average';
      await ctx.sync();
    });
    expect(fake.pivots()[0].grid.map((row) => row.slice(1))).toEqual([
      ['A', 'B', 'Grand Total'], [null, '#DIV/0!', '#DIV/0!'], [25, null, 25], [100, 50, 75], [50, 50, 50],
    ]);
    expect(fake.pivots()[0].data[0].name).toBe('Average of 资产');
  });

  it('counts text fields by default, reflects source edits only after refresh, and exposes layout ranges', async () => {
    const fake = createFakeExcel({ sheets: { 客户: clients } });
    const read = await fake.host.run(async (ctx) => {
      const pivot = ctx.workbook.pivotTables.add('P', '客户!A1:C6', '客户!F1');
      pivot.rowHierarchies.add(pivot.hierarchies.getItem('等级'));
      const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem('经理')).load('name, summarizeBy');
      pivot.layout.showColumnGrandTotals = false;
      const range = pivot.layout.getRange().load('address');
      const body = pivot.layout.getDataBodyRange().load('values');
      await ctx.sync();
      ctx.workbook.worksheets.getItem('客户').getRange('B2').values = [['C']];
      await ctx.sync();
      const stale = pivot.layout.getDataBodyRange().load('values');
      await ctx.sync();
      pivot.refresh();
      const fresh = pivot.layout.getDataBodyRange().load('values');
      await ctx.sync();
      return [data.name, data.summarizeBy, range.address, body.values, stale.values, fresh.values];
    });
    expect(read).toEqual(['Count of 经理', 'Count', '客户!F1:G3', [[3], [2]], [[3], [2]], [[2], [2], [1]]]);
  });

  it('aggregates once per run of layout commands in a request, drawn before anything in it reads the sheet', async () => {
    const fake = createFakeExcel({ sheets: { 客户: clients } });
    const computed = jest.spyOn(pivotGrid, 'computePivotGrid');
    try {
      const read = await fake.host.run(async (ctx) => {
        const pivot = ctx.workbook.pivotTables.add('P', '客户!A1:C6', '客户!F1');
        pivot.rowHierarchies.add(pivot.hierarchies.getItem('经理'));
        pivot.columnHierarchies.add(pivot.hierarchies.getItem('等级'));
        const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem('资产'));
        data.summarizeBy = 'Count';
        data.name = '客户数';
        const drawn = ctx.workbook.worksheets.getItem('客户').getRange('F1:I1').load('values');
        pivot.layout.showRowGrandTotals = false;
        await ctx.sync();
        return drawn.values;
      });
      // Five layout changes, then a read: drawn once for the read, once for the change after it.
      expect(computed).toHaveBeenCalledTimes(2);
      expect(read).toEqual([['经理', 'A', 'B', 'Grand Total']]);
      expect(fake.pivots()[0].grid[0]).toEqual(['经理', 'A', 'B']);
      // A statement that fails leaves the layout changes before it drawn, as Office applies them.
      computed.mockClear();
      expect(await codeOf(fake.host.run(async (ctx) => {
        const pivot = ctx.workbook.pivotTables.getItem('P');
        pivot.layout.showRowGrandTotals = true;
        pivot.dataHierarchies.getItem('客户数').name = '资产';
        await ctx.sync();
      }))).toBe('InvalidArgument');
      expect(computed).toHaveBeenCalledTimes(1);
      expect(fake.pivots()[0].grid[0]).toEqual(['经理', 'A', 'B', 'Grand Total']);
      // A PivotTable deleted before it was drawn leaves nothing on the sheet.
      await fake.host.run(async (ctx) => {
        const pivot = ctx.workbook.pivotTables.add('Q', '客户!A1:C6', '客户!K1');
        pivot.rowHierarchies.add(pivot.hierarchies.getItem('等级'));
        pivot.delete();
        await ctx.sync();
      });
      expect(fake.sheet('客户').grid('K1:L4')).toEqual([[null, null], [null, null], [null, null], [null, null]]);
    } finally {
      computed.mockRestore();
    }
  });

  it('rejects unknown fields, a data caption equal to a source field, and duplicate pivot names', async () => {
    const fake = createFakeExcel({ sheets: { 客户: clients } });
    const make = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem('客户').pivotTables.add('P', '客户!A1:C6', '客户!H1');
    expect(await codeOf(fake.host.run(async (ctx) => {
      make(ctx).rowHierarchies.add(ctx.workbook.pivotTables.getItem('P').hierarchies.getItem('不存在'));
      await ctx.sync();
    }))).toBe('ItemNotFound');
    expect(await codeOf(fake.host.run(async (ctx) => {
      const data = ctx.workbook.pivotTables.getItem('P').dataHierarchies.add(ctx.workbook.pivotTables.getItem('P').hierarchies.getItem('资产'));
      data.name = '资产';
      await ctx.sync();
    }))).toBe('InvalidArgument');
    expect(await codeOf(fake.host.run(async (ctx) => {
      make(ctx);
      await ctx.sync();
    }))).toBe('ItemAlreadyExists');
    const gone = await fake.host.run(async (ctx) => {
      ctx.workbook.pivotTables.getItem('P').delete();
      const again = ctx.workbook.pivotTables.getItemOrNullObject('P');
      await ctx.sync();
      return again.isNullObject;
    });
    expect(gone).toBe(true);
    expect(fake.sheet('客户').grid('H1:I3')).toEqual([[null, null], [null, null], [null, null]]);
  });
});

describe('charts', () => {
  it('records type, source range, series orientation, title and position', async () => {
    const fake = createFakeExcel({ sheets: { 图表: [['级别', '人数'], ['A', 3], ['B', 5]] } });
    const read = await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('图表');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('A1:B3'), 'Columns');
      chart.title.text = '客户分级分布';
      chart.setPosition('D2', 'J20');
      chart.load('name');
      const missing = sheet.charts.getItemOrNullObject('nope');
      const all = sheet.charts.load('items/name');
      await ctx.sync();
      return [chart.name, missing.isNullObject, all.items.length];
    });
    expect(read).toEqual(['Chart 1', true, 1]);
    expect(fake.charts()).toEqual([{
      name: 'Chart 1', sheet: '图表', chartType: 'ColumnClustered', source: '图表!A1:B3', seriesBy: 'Columns', title: '客户分级分布',
      position: { start: '图表!D2', end: '图表!J20' },
    }]);
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('图表').charts.getItem('Chart 1').delete();
      await ctx.sync();
    });
    expect(fake.charts()).toEqual([]);
  });
});

describe('events', () => {
  it('delivers onChanged after registration is synced, lets handlers read the range, and stops after remove', async () => {
    const fake = createFakeExcel({ sheets: { Data: [['a', 'b'], ['c', 'd']] }, apiWritesFireEvents: false });
    const seen: Array<[string, unknown]> = [];
    const handler = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
      const values = await fake.host.run(async (ctx) => {
        const range = args.getRange(ctx).load('values');
        await ctx.sync();
        return range.values;
      });
      seen.push([args.address, values]);
    };
    const registration = await fake.host.run(async (ctx) => {
      const result = ctx.workbook.worksheets.getItem('Data').onChanged.add(handler);
      await fake.fireChanged('Data', 'A1'); // not registered until the next sync
      await ctx.sync();
      return result;
    });
    await fake.fireChanged('Data', 'B2');
    expect(seen).toEqual([['B2', [['d']]]]);
    registration.remove();
    await fake.fireChanged('Data', 'A1');
    expect(seen).toHaveLength(1);
    expect(fake.eventHandlerCount()).toBe(0);
  });

  it('fires onChanged for the add-in\'s own writes unless events are disabled', async () => {
    const fake = createFakeExcel({ sheets: { Data: [] } });
    const addresses: string[] = [];
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.onChanged.add(async (args) => { addresses.push(args.address); });
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Data').getRange('A1:B2').values = [[1, 2], [3, 4]];
      await ctx.sync();
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('Data').getRange('C1').values = [['quiet']];
      await ctx.sync();
    });
    await fake.settle();
    expect(addresses).toEqual(['A1:B2']);
  });

  it('surfaces handler errors through settle()', async () => {
    const fake = createFakeExcel({ sheets: { Data: [] } });
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').onChanged.add(async () => { throw new Error('handler bug'); });
      await ctx.sync();
    });
    void fake.fireChanged('Data', 'A1');
    await expect(fake.settle()).rejects.toThrow('handler bug');
  });
});
