import { createFakeExcel, FakeOfficeError } from './index';

/** Range.dataValidation in the fake: recorded as set, checked as Office.js documents it, stricter where it is silent. */

async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(() => 'ok', (error: FakeOfficeError) => error.code);
}

const LIST: Excel.DataValidationRule = { list: { inCellDropDown: true, source: '电话,面谈' } };

describe('DataValidation', () => {
  it('records a rule, its prompt and a warning alert, and reads them back after a load', async () => {
    const fake = createFakeExcel({ sheets: { S: [['x']] } });
    const read = await fake.host.run(async (ctx) => {
      const v = ctx.workbook.worksheets.getItem('S').getRange('B2:B5').dataValidation;
      v.rule = LIST;
      v.prompt = { showPrompt: true, title: '', message: '选择' };
      v.errorAlert = { showAlert: true, style: 'Warning', title: '', message: '选择' };
      v.load('type, rule, ignoreBlanks');
      await ctx.sync();
      return { type: v.type, rule: v.rule, ignoreBlanks: v.ignoreBlanks };
    });
    expect(read).toEqual({ type: 'List', rule: LIST, ignoreBlanks: true });
    expect(fake.dataValidations()).toEqual([{
      sheet: 'S', address: 'S!B2:B5', type: 'List', rule: LIST, ignoreBlanks: true,
      prompt: { showPrompt: true, title: '', message: '选择' }, errorAlert: { showAlert: true, style: 'Warning', title: '', message: '选择' },
    }]);
  });

  it('refuses a rule over cells that have one until they are cleared; clear() over a larger range removes it', async () => {
    const fake = createFakeExcel({ sheets: { S: [['x']] } });
    const set = (address: string, clearFirst: string | undefined): Promise<void> => fake.host.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('S');
      if (clearFirst) sheet.getRange(clearFirst).dataValidation.clear();
      sheet.getRange(address).dataValidation.rule = { wholeNumber: { formula1: 1, formula2: 5, operator: 'Between' } };
      await ctx.sync();
    });
    await set('C2:C10', undefined);
    expect(await codeOf(set('C5:C20', undefined))).toBe('InvalidOperation');
    expect(fake.dataValidations().map((v) => v.address)).toEqual(['S!C2:C10']);
    expect(await codeOf(set('C5:C20', 'C2:C1048576'))).toBe('ok');
    expect(fake.dataValidations().map((v) => v.address)).toEqual(['S!C5:C20']);
    // The fake clears whole rules only.
    expect(await codeOf(fake.host.run(async (ctx) => { ctx.workbook.worksheets.getItem('S').getRange('C6').dataValidation.clear(); await ctx.sync(); }))).toBe('InvalidOperation');
  });

  it.each([
    ['two criteria', { list: { inCellDropDown: true, source: 'a' }, wholeNumber: { formula1: 1, operator: 'GreaterThan' } }],
    ['no criterion', {}],
    ['an unknown operator', { wholeNumber: { formula1: 1, operator: 'Above' } }],
    ['Between without formula2', { wholeNumber: { formula1: 1, operator: 'Between' } }],
    ['a date that is not ISO', { date: { formula1: '5/11/2026', operator: 'GreaterThan' } }],
    ['an empty list', { list: { inCellDropDown: true, source: '' } }],
    ['a list over 255 characters', { list: { inCellDropDown: true, source: 'x'.repeat(256) } }],
  ])('rejects a rule with %s (InvalidArgument) and keeps nothing of the request', async (_, rule) => {
    const fake = createFakeExcel({ sheets: { S: [['x']] } });
    const code = await codeOf(fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['changed']];
      ctx.workbook.worksheets.getItem('S').getRange('B2').dataValidation.rule = rule as Excel.DataValidationRule;
      await ctx.sync();
    }));
    expect(code).toBe('InvalidArgument');
    expect(fake.dataValidations()).toEqual([]);
  });

  it('needs the rule before a prompt or an alert, a known alert style, and Excel\'s title and message limits', async () => {
    const fake = createFakeExcel({ sheets: { S: [['x']] } });
    const run = (f: (v: Excel.DataValidation) => void): Promise<string> => codeOf(fake.host.run(async (ctx) => {
      f(ctx.workbook.worksheets.getItem('S').getRange('D2:D3').dataValidation);
      await ctx.sync();
    }));
    expect(await run((v) => { v.prompt = { showPrompt: true, title: '', message: 'm' }; })).toBe('InvalidOperation');
    expect(await run((v) => { v.clear(); v.rule = LIST; v.errorAlert = { showAlert: true, style: 'Loud' as Excel.DataValidationAlertStyle, title: '', message: 'm' }; })).toBe('InvalidArgument');
    expect(await run((v) => { v.clear(); v.rule = LIST; v.prompt = { showPrompt: true, title: 't'.repeat(33), message: 'm' }; })).toBe('InvalidArgument');
    expect(await run((v) => { v.clear(); v.rule = LIST; v.errorAlert = { showAlert: true, style: 'Stop', title: '', message: 'm'.repeat(256) }; })).toBe('InvalidArgument');
    expect(await run((v) => { v.clear(); v.rule = LIST; v.prompt = { showPrompt: true, title: 't', message: 'm' }; })).toBe('ok');
  });

  it('is ExcelApi 1.8: an older Excel throws ApiNotFound; a protected sheet refuses it; deleting the sheet drops its rules', async () => {
    const old = createFakeExcel({ sheets: { S: [['x']] }, apiVersion: '1.7' });
    expect(await codeOf(old.host.run(async (ctx) => { ctx.workbook.worksheets.getItem('S').getRange('A1').dataValidation.rule = LIST; await ctx.sync(); }))).toBe('ApiNotFound');
    const locked = createFakeExcel({ sheets: { S: [['x']] }, protectedSheets: { S: {} } });
    expect(await codeOf(locked.host.run(async (ctx) => { ctx.workbook.worksheets.getItem('S').getRange('A1').dataValidation.rule = LIST; await ctx.sync(); }))).toBe('AccessDenied');
    const fake = createFakeExcel({ sheets: { S: [['x']], T: [['y']] } });
    await fake.host.run(async (ctx) => { ctx.workbook.worksheets.getItem('S').getRange('A1:A3').dataValidation.rule = LIST; await ctx.sync(); });
    await fake.host.run(async (ctx) => { ctx.workbook.worksheets.getItem('S').delete(); await ctx.sync(); });
    expect(fake.dataValidations()).toEqual([]);
  });
});
