import { createFakeExcel, FakeOfficeError } from './index';

const seed = { 客户清单: [['姓名', '资产'], ['张三', 100], ['李四', 200]] };

async function rejection(promise: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await promise;
  } catch (error) {
    return error as FakeOfficeError;
  }
  throw new Error('expected a rejection');
}

describe('load/sync semantics', () => {
  it('throws PropertyNotLoaded, shaped like Office.js, when reading an unloaded property', async () => {
    const fake = createFakeExcel({ sheets: seed });
    await fake.host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('客户清单').getRange('A1:B3');
      let caught: unknown;
      try {
        void range.values;
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({
        name: 'RichApi.Error',
        code: 'PropertyNotLoaded',
        message: 'The property \'values\' is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
      });
      range.load('values');
      expect(() => range.values).toThrow(/not available/); // loaded but not yet synced
      await ctx.sync();
      expect(range.values).toEqual([['姓名', '资产'], ['张三', 100], ['李四', 200]]);
      expect(() => range.address).toThrow(/'address' is not available/); // only what was loaded
    });
  });

  it('accepts every load form: string, array, property bag, select/expand, and no argument', async () => {
    const fake = createFakeExcel({ sheets: seed });
    await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('客户清单');
      const a = sheet.getRange('A1').load('address, values');
      const b = sheet.getRange('B2').load(['rowIndex', 'format/font/bold']);
      const c = sheet.getRange('A2:B2').load({ values: true, format: { fill: { color: true } } });
      const d = sheet.getRange('B3').load({ select: 'text', expand: 'format' });
      const e = sheet.getRange('A3').load();
      await ctx.sync();
      expect([a.address, a.values]).toEqual(['客户清单!A1', [['姓名']]]);
      expect([b.rowIndex, b.format.font.bold]).toEqual([1, false]);
      expect([c.values, c.format.fill.color]).toEqual([[['张三', 100]], '#FFFFFF']);
      expect(d.text).toEqual([['200']]);
      expect([e.values, e.formulas, e.numberFormat, e.cellCount]).toEqual([[['李四']], [['李四']], [['General']], 1]);
    });
  });

  it('executes commands in order and snapshots loaded values when the load executes', async () => {
    const fake = createFakeExcel({ sheets: seed });
    await fake.host.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('客户清单').getRange('B2');
      const before = ctx.workbook.worksheets.getItem('客户清单').getRange('B2').load('values');
      cell.values = [[999]];
      const after = ctx.workbook.worksheets.getItem('客户清单').getRange('B2').load('values');
      await ctx.sync();
      expect(before.values).toEqual([[100]]);
      expect(after.values).toEqual([[999]]);
    });
    expect(fake.sheet('客户清单').cell('B2')).toBe(999);
  });

  it('keeps an assigned value readable locally, as office.js does', async () => {
    const fake = createFakeExcel({ sheets: seed });
    await fake.host.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem('客户清单').getRange('A1');
      cell.values = [['x']];
      expect(cell.values).toEqual([['x']]);
    });
  });

  it('fails the sync with ItemNotFound for getItem on a missing sheet, even without a load', async () => {
    const fake = createFakeExcel({ sheets: seed });
    const error = await rejection(fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('不存在');
      await ctx.sync();
    }));
    expect(error.code).toBe('ItemNotFound');
  });

  it('gives *OrNullObject results an isNullObject readable after sync (no load needed) and throws before', async () => {
    const fake = createFakeExcel({ sheets: seed });
    await fake.host.run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject('不存在');
      const present = ctx.workbook.worksheets.getItemOrNullObject('客户清单');
      const name = ctx.workbook.names.getItemOrNullObject('nothing');
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      await ctx.sync();
      expect([missing.isNullObject, present.isNullObject, name.isNullObject]).toEqual([true, false, true]);
    });
  });

  it('loads collection items and resolves ClientResult values only after sync', async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [], C: [] } });
    await fake.host.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load('items/name');
      const count = ctx.workbook.worksheets.getCount();
      expect(() => sheets.items).toThrow(/'items' is not available/);
      expect(() => count.value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['A', 'B', 'C']);
      expect(count.value).toBe(3);
    });
  });

  it('flushes queued commands at the end of run and rejects objects used after run', async () => {
    const fake = createFakeExcel({ sheets: seed });
    let leaked: Excel.Range | null = null;
    await fake.host.run(async (ctx) => {
      leaked = ctx.workbook.worksheets.getItem('客户清单').getRange('C1');
      leaked.values = [['written without an explicit sync']];
    });
    expect(fake.sheet('客户清单').cell('C1')).toBe('written without an explicit sync');
    expect(fake.metrics.syncCount).toBe(1);
    expect(() => (leaked as unknown as Excel.Range).load('values')).toThrow(expect.objectContaining({ code: 'InvalidObjectPath' }));
  });

  it('applies statements that ran before a failing one (no transaction), like Excel', async () => {
    const fake = createFakeExcel({ sheets: seed });
    const error = await rejection(fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('客户清单').getRange('C1').values = [['first']];
      ctx.workbook.worksheets.getItem('missing').getRange('A1').values = [['second']];
      await ctx.sync();
    }));
    expect(error.code).toBe('ItemNotFound');
    expect(fake.sheet('客户清单').cell('C1')).toBe('first');
  });
});
