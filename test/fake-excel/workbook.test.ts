import { createFakeExcel, FakeExcel, FakeOfficeError } from './index';

function codeOf(fake: FakeExcel, batch: (ctx: Excel.RequestContext) => void): Promise<string> {
  return fake.host.run(async (ctx) => {
    batch(ctx);
    await ctx.sync();
  }).then(() => 'ok', (error: FakeOfficeError) => error.code);
}

describe('worksheets', () => {
  it('rejects duplicate names case-insensitively and invalid names', async () => {
    const fake = createFakeExcel({ sheets: { Sheet1: [], 客户清单: [] } });
    const add = (name: string) => codeOf(fake, (ctx) => ctx.workbook.worksheets.add(name));
    expect(await add('SHEET1')).toBe('ItemAlreadyExists');
    expect(await add('客户清单')).toBe('ItemAlreadyExists');
    for (const bad of ['a:b', 'a\\b', 'a/b', 'a?b', 'a*b', 'a[b', 'a]b', 'x'.repeat(32), '', "'quoted"]) {
      expect(await add(bad)).toBe('InvalidArgument');
    }
    expect(await add('x'.repeat(31))).toBe('ok');
    expect(await add('分级结果')).toBe('ok');
    expect(fake.sheetNames()).toEqual(['Sheet1', '客户清单', 'x'.repeat(31), '分级结果']);
  });

  it('renames, moves, hides and deletes sheets with Excel rules', async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [], C: [] } });
    expect(await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('C').position = 0; })).toBe('ok');
    expect(await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('A').name = 'b'; })).toBe('ItemAlreadyExists');
    expect(await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('A').name = 'Alpha'; })).toBe('ok');
    expect(fake.sheetNames()).toEqual(['C', 'Alpha', 'B']);
    expect(await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('B').visibility = 'Hidden'; })).toBe('ok');
    expect(await codeOf(fake, (ctx) => ctx.workbook.worksheets.getItem('C').delete())).toBe('ok');
    expect(await codeOf(fake, (ctx) => ctx.workbook.worksheets.getItem('Alpha').delete())).toBe('InvalidOperation');
  });

  it('returns sheet-qualified addresses and quotes sheet names the way Excel does', async () => {
    const fake = createFakeExcel({ sheets: { 'My Sheet': [], 客户清单: [], "It's": [], '2024': [] } });
    const addresses = await fake.host.run(async (ctx) => {
      const ranges = ['My Sheet', '客户清单', "It's", '2024'].map((name) => ctx.workbook.worksheets.getItem(name).getRange('a1:c3').load('address'));
      const column = ctx.workbook.worksheets.getItem('客户清单').getRange('B2').getEntireColumn().load('address');
      await ctx.sync();
      return [...ranges.map((r) => r.address), column.address];
    });
    expect(addresses).toEqual(["'My Sheet'!A1:C3", '客户清单!A1:C3', "'It''s'!A1:C3", "'2024'!A1:C3", '客户清单!B:B']);
  });

  it('navigates ranges: getCell, offsets, resize, rows, columns, used range and surrounding region', async () => {
    const fake = createFakeExcel({ sheets: { D: [[null, null], [null, 'a', 'b'], [null, 'c', 'd'], [], [null, null, null, 'far']] } });
    const read = await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('D');
      const base = sheet.getRange('B2:C3');
      const out = [
        base.getCell(1, 1), base.getOffsetRange(1, 1), base.getResizedRange(1, -1), base.getRow(1), base.getColumn(0),
        base.getLastRow(), sheet.getUsedRange(), sheet.getRange('B2').getSurroundingRegion(), sheet.getRange('A1').getEntireRow(),
      ].map((r) => r.load('address'));
      await ctx.sync();
      return out.map((r) => r.address);
    });
    expect(read).toEqual(['D!C3', 'D!C3:D4', 'D!B2:B4', 'D!B3:C3', 'D!B2:B3', 'D!B3:C3', 'D!B2:D5', 'D!B2:C3', 'D!1:1']);
  });

  it('gives a blank sheet A1 as used range and a null object from getUsedRangeOrNullObject', async () => {
    const fake = createFakeExcel({ sheets: { Empty: [] } });
    const read = await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Empty');
      const used = sheet.getUsedRange().load('address');
      const orNull = sheet.getUsedRangeOrNullObject();
      await ctx.sync();
      return [used.address, orNull.isNullObject];
    });
    expect(read).toEqual(['Empty!A1', true]);
  });

  it('shifts cells on insert and delete', async () => {
    const fake = createFakeExcel({ sheets: { D: [['h1', 'h2'], [1, 2], [3, 4]] } });
    await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('D');
      sheet.getRange('2:2').insert('Down');
      sheet.getRange('A2').values = [['new']];
      sheet.getRange('B:B').delete('Left');
      await ctx.sync();
    });
    expect(fake.sheet('D').grid()).toEqual([['h1'], ['new'], [1], [3]]);
  });
});

describe('protection and read-only workbooks', () => {
  it('rejects writes and formatting on a protected sheet with AccessDenied, until unprotected with the password', async () => {
    const fake = createFakeExcel({ sheets: { Locked: [['x']], Open: [] }, protectedSheets: { Locked: { password: 'pw' } } });
    expect(await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('Locked').getRange('A1').values = [['y']]; })).toBe('AccessDenied');
    expect(await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('Locked').getRange('A1').format.font.bold = true; })).toBe('AccessDenied');
    expect(await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('Open').getRange('A1').values = [['fine']]; })).toBe('ok');
    expect(await codeOf(fake, (ctx) => ctx.workbook.worksheets.getItem('Locked').protection.unprotect('wrong'))).toBe('BadPassword');
    const state = await fake.host.run(async (ctx) => {
      const protection = ctx.workbook.worksheets.getItem('Locked').protection.load('protected');
      await ctx.sync();
      const before = protection.protected;
      protection.unprotect('pw');
      ctx.workbook.worksheets.getItem('Locked').getRange('A1').values = [['y']];
      protection.load('protected');
      await ctx.sync();
      return [before, protection.protected];
    });
    expect(state).toEqual([true, false]);
    expect(fake.sheet('Locked').cell('A1')).toBe('y');
    expect(await codeOf(fake, (ctx) => ctx.workbook.worksheets.getItem('Open').protection.protect({ allowFormatCells: true }))).toBe('ok');
    expect(await codeOf(fake, (ctx) => ctx.workbook.worksheets.getItem('Open').protection.protect())).toBe('InvalidOperation');
    expect(await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('Open').getRange('A1').format.fill.color = '#FF0000'; })).toBe('ok');
  });

  it('rejects every write to a read-only workbook but allows reads', async () => {
    const fake = createFakeExcel({ sheets: { Data: [['x']] }, readOnly: true });
    expect(await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('Data').getRange('A1').values = [['y']]; })).toBe('AccessDenied');
    expect(await codeOf(fake, (ctx) => ctx.workbook.worksheets.add('New'))).toBe('AccessDenied');
    expect(await codeOf(fake, (ctx) => ctx.workbook.names.add('n', 'Data!A1'))).toBe('AccessDenied');
    const read = await fake.host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Data').getRange('A1').load('values');
      ctx.workbook.load('readOnly');
      await ctx.sync();
      return [range.values, ctx.workbook.readOnly];
    });
    expect(read).toEqual([[['x']], true]);
  });

  it('blocks structure changes when the workbook structure is protected', async () => {
    const fake = createFakeExcel({ sheets: { Data: [] }, workbookProtected: true });
    expect(await codeOf(fake, (ctx) => ctx.workbook.worksheets.add('New'))).toBe('AccessDenied');
    expect(await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('Data').getRange('A1').values = [[1]]; })).toBe('ok');
  });
});

describe('names', () => {
  it('adds, reads, re-points and deletes defined names', async () => {
    const fake = createFakeExcel({ sheets: { 客户清单: [['a'], ['b']] } });
    const read = await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('客户清单');
      ctx.workbook.names.add('TierInput', sheet.getRange('A1:A2'), 'client table');
      const item = ctx.workbook.names.getItem('tierinput').load('name, formula, type');
      const values = item.getRange().load('values');
      await ctx.sync();
      const first = [item.name, item.formula, item.type, values.values];
      item.formula = '=客户清单!$A$2';
      item.load('formula');
      await ctx.sync();
      return [...first, item.formula];
    });
    expect(read).toEqual(['TierInput', '=客户清单!$A$1:$A$2', 'Range', [['a'], ['b']], '=客户清单!$A$2']);
    expect(await codeOf(fake, (ctx) => ctx.workbook.names.add('tierINPUT', '=客户清单!A1'))).toBe('ItemAlreadyExists');
    expect(await codeOf(fake, (ctx) => ctx.workbook.names.add('A1', '=客户清单!A1'))).toBe('InvalidArgument');
    expect(await codeOf(fake, (ctx) => ctx.workbook.names.getItem('TierInput').delete())).toBe('ok');
    expect(fake.names()).toEqual([]);
  });
});

describe('requirement sets', () => {
  it('implements isSetSupported and throws ApiNotFound synchronously for members above the version', async () => {
    const fake = createFakeExcel({ sheets: { Data: [['f'], [1]] }, apiVersion: '1.7' });
    expect(fake.host.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(fake.host.isSetSupported('ExcelApi', '1.8')).toBe(false);
    await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Data');
      expect(() => sheet.pivotTables.add('p', 'Data!A1:A2', 'Data!C1')).toThrow(expect.objectContaining({
        code: 'ApiNotFound',
        message: 'The method or property PivotTableCollection.add is part of the ExcelApi 1.8 requirement set, which is not available in your version of Excel.',
      }));
      expect(() => sheet.getRange('A1').getTables()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => sheet.getRangeByIndexes(0, 0, 1, 1)).not.toThrow();
      await ctx.sync();
    });
  });

  it('can mark individual members unsupported', async () => {
    const fake = createFakeExcel({ unsupportedApis: ['WorksheetCollection.getItemOrNullObject'] });
    await fake.host.run(async (ctx) => {
      expect(() => ctx.workbook.worksheets.getItemOrNullObject('x')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });
});

describe('formats, application and misc', () => {
  it('records fonts, fills, alignment, widths, hidden rows and reports null for mixed formats', async () => {
    const fake = createFakeExcel({ sheets: { D: [['name', 'value'], ['张三丰', 1]] } });
    const read = await fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('D');
      const header = sheet.getRange('A1:B1');
      header.format.font.bold = true;
      header.format.font.color = 'red';
      header.format.fill.color = '#ffcc00';
      header.format.horizontalAlignment = 'Center';
      header.format.wrapText = true;
      sheet.getRange('A:A').format.columnWidth = 120;
      sheet.getRange('B:B').format.autofitColumns();
      sheet.getRange('3:4').rowHidden = true;
      sheet.freezePanes.freezeRows(1);
      sheet.getRange('B2:B9').conditionalFormats.add('ColorScale').colorScale.criteria = {
        minimum: { type: 'LowestValue', color: '#FFFFFF' },
        maximum: { type: 'HighestValue', color: '#63BE7B' },
      };
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ctx.workbook.application.calculationMode = 'Manual';
      const mixed = sheet.getRange('A1:A2').load('format/font/bold');
      await ctx.sync();
      return mixed.format.font.bold;
    });
    const sheet = fake.sheet('D');
    expect(read).toBeNull();
    expect([sheet.formatAt('B1', 'font.bold'), sheet.formatAt('A1', 'font.color'), sheet.formatAt('B1', 'fill.color')]).toEqual([true, '#FF0000', '#FFCC00']);
    expect([sheet.formatAt('A1', 'horizontalAlignment'), sheet.formatAt('A2', 'font.bold')]).toEqual(['Center', false]);
    expect([sheet.columnWidth(0), sheet.columnWidth(1) !== 48, sheet.isRowHidden(2), sheet.isRowHidden(4), sheet.frozen]).toEqual([120, true, true, false, { rows: 1, columns: 0 }]);
    expect(fake.conditionalFormats()).toEqual([expect.objectContaining({ address: 'D!B2:B9', type: 'ColorScale' })]);
    expect(fake.application()).toMatchObject({ calculationMode: 'Manual', suspendApiCalculationCalls: 1 });
  });

  it('takes a deep snapshot that stays unchanged when the workbook changes later', async () => {
    const fake = createFakeExcel({ sheets: { D: [['a']] } });
    const before = fake.snapshot();
    expect(fake.snapshot()).toEqual(before);
    await codeOf(fake, (ctx) => { ctx.workbook.worksheets.getItem('D').getRange('A1').format.font.bold = true; });
    expect(fake.snapshot()).not.toEqual(before);
  });

  it('returns the selection from getSelectedRange', async () => {
    const fake = createFakeExcel({ sheets: { A: [], B: [] } });
    fake.select('B', 'C3:D4');
    const address = await fake.host.run(async (ctx) => {
      const range = ctx.workbook.getSelectedRange().load('address');
      await ctx.sync();
      return range.address;
    });
    expect(address).toBe('B!C3:D4');
  });
});
