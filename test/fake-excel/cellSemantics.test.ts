import { createFakeExcel, FakeOfficeError, FORMULA_PLACEHOLDER } from './index';

async function writeAndRead(values: unknown[][], numberFormat?: string[][]) {
  const fake = createFakeExcel({ sheets: { Data: [] } });
  const read = await fake.host.run(async (ctx) => {
    const range = ctx.workbook.worksheets.getItem('Data').getRangeByIndexes(0, 0, values.length, values[0].length);
    if (numberFormat) range.numberFormat = numberFormat;
    range.values = values;
    range.load('values, formulas, text, valueTypes');
    await ctx.sync();
    return { values: range.values, formulas: range.formulas, text: range.text, valueTypes: range.valueTypes };
  });
  return { fake, read };
}

describe('values vs formulas', () => {
  it('turns a "=..." string written through values into a formula, exactly as Excel does', async () => {
    const { fake, read } = await writeAndRead([['=HYPERLINK("http://evil","点我")']]);
    expect(fake.sheet('Data').formulaAt('A1')).toBe('=HYPERLINK("http://evil","点我")');
    expect(read.values).toEqual([[FORMULA_PLACEHOLDER]]);
    expect(read.formulas).toEqual([['=HYPERLINK("http://evil","点我")']]);
  });

  it('also treats strings starting with "+" or "-" that are not numbers as formulas (Range.values docs)', async () => {
    const { fake } = await writeAndRead([['+86 138 0000 0000', '-abc', '-12.5', '+7']]);
    const sheet = fake.sheet('Data');
    expect([sheet.formulaAt('A1'), sheet.formulaAt('B1')]).toEqual(['=+86 138 0000 0000', '=-abc']);
    expect([sheet.cell('C1'), sheet.cell('D1'), sheet.formulaAt('C1')]).toEqual([-12.5, 7, null]);
  });

  it('stores text after a leading apostrophe, without the apostrophe', async () => {
    const { fake, read } = await writeAndRead([["'=HYPERLINK(\"x\")", "'00123"]]);
    expect(fake.sheet('Data').formulaAt('A1')).toBeNull();
    expect(read.values).toEqual([['=HYPERLINK("x")', '00123']]);
    expect(read.valueTypes).toEqual([['String', 'String']]);
  });

  it('stores "=..." and numeric-looking strings verbatim as text in cells formatted "@" first', async () => {
    const { fake, read } = await writeAndRead([['=SUM(A1)', '00123', 'TRUE']], [['@', '@', '@']]);
    expect(fake.sheet('Data').formulaAt('A1')).toBeNull();
    expect(read.values).toEqual([['=SUM(A1)', '00123', 'TRUE']]);
  });

  it('converts numeric, percent and boolean strings when the format is General (leading zeros are lost)', async () => {
    const { read } = await writeAndRead([['00123', '12.5%', 'true', '1e3', '12a']]);
    expect(read.values).toEqual([[123, 0.125, true, 1000, '12a']]);
    expect(read.valueTypes).toEqual([['Double', 'Double', 'Boolean', 'Double', 'String']]);
    expect(read.text).toEqual([['123', '0.125', 'TRUE', '1000', '12a']]);
  });

  it("reads empty cells back as '' (never null), clears on '' and leaves cells unchanged on null", async () => {
    const fake = createFakeExcel({ sheets: { Data: [['a', 'b', 'c']] } });
    const values = await fake.host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Data').getRange('A1:D1');
      range.values = [['', null, 'new', null]];
      range.load('values, valueTypes');
      await ctx.sync();
      return [range.values, range.valueTypes];
    });
    expect(values).toEqual([[['', 'b', 'new', '']], [['Empty', 'String', 'String', 'Empty']]]);
  });

  it('rejects input whose dimensions do not match the range, and null as a whole value', async () => {
    const fake = createFakeExcel({ sheets: { Data: [] } });
    const attempt = (values: unknown) => fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1:B2').values = values as unknown[][];
      await ctx.sync();
    }).then(() => 'ok', (error: FakeOfficeError) => error.code);
    expect(await attempt([[1, 2]])).toBe('InvalidArgument');
    expect(await attempt([[1], [2]])).toBe('InvalidArgument');
    expect(await attempt(null)).toBe('InvalidArgument');
    expect(await attempt([[1, 2], [3, 4]])).toBe('ok');
  });

  it('seeds "=..." strings as formulas with a placeholder value and {formula, value} with a cached value', async () => {
    const fake = createFakeExcel({ sheets: { Data: [['=1+1', { formula: '=SUM(B1:B2)', value: 42 }]] } });
    const read = await fake.host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Data').getRange('A1:B1').load('values, formulas');
      await ctx.sync();
      return [range.values, range.formulas];
    });
    expect(read).toEqual([[[FORMULA_PLACEHOLDER, 42]], [['=1+1', '=SUM(B1:B2)']]]);
  });

  it('resets a number format with "" and keeps per-cell formats with null entries', async () => {
    const fake = createFakeExcel({ sheets: { Data: [] } });
    const formats = await fake.host.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('Data').getRange('A1:C1');
      range.numberFormat = [['0.00', '@', '@']];
      range.numberFormat = [[null, '', null]];
      range.load('numberFormat');
      await ctx.sync();
      return range.numberFormat;
    });
    expect(formats).toEqual([['0.00', 'General', '@']]);
  });
});
