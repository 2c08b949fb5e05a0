import { columnLetters, isFormulaCell } from '../../src/engine';
import { excelInputOf } from '../../src/excel/excelInput';
import { addinPlan, findAndRead } from './pipeline';
import { CLIENT_SHEET, smallWorkbook } from './smallWorkbook';

const TRICKY = ['=HYPERLINK("http://x")', '+86 138 0000 0000', '-x', '@x', '00123', '12.5%', 'TRUE', "'quoted"];

describe('text safety: plain strings stay text wherever TierBook writes them', () => {
  it('sends every plain string with a leading apostrophe and only FormulaCells as formulas', () => {
    expect(excelInputOf('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(excelInputOf('00123')).toBe("'00123");
    expect(excelInputOf("'quoted")).toBe("''quoted");
    expect(excelInputOf({ formula: 'SUM(A1:A3)', result: 6 })).toBe('=SUM(A1:A3)');
    expect(excelInputOf(12.5)).toBe(12.5);
    expect(excelInputOf(Number.NaN)).toBeNull();
    expect(excelInputOf('')).toBeNull();
    expect(excelInputOf(null)).toBeNull();
    expect(excelInputOf(false)).toBe(false);
  });

  it('keeps clients named like formulas, numbers and booleans as text in the strategy sheets', async () => {
    const { fake, gateway } = smallWorkbook(40);
    // Typed in as text (seeding "=…" would make a formula): the names column B, as a user with a leading ' would.
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(CLIENT_SHEET).getRange('B2:B41').values = Array.from({ length: 40 }, (_, i) => [`'${TRICKY[i % TRICKY.length]}`]);
      await ctx.sync();
    });
    expect(fake.sheet(CLIENT_SHEET).cell('B2')).toBe(TRICKY[0]);
    expect(fake.sheet(CLIENT_SHEET).formulaAt('B2')).toBeNull();
    const before = fake.sheet(CLIENT_SHEET).grid();
    const read = await findAndRead(gateway);
    const { plan } = addinPlan(read, { strategySheets: true });
    await gateway.writePlan(plan);

    // Cell by cell, a formula exists exactly where the plan holds a FormulaCell (the model sheet's weight shares).
    const seen = new Set<string>();
    for (const planSheet of plan.sheets) {
      const sheet = fake.sheet(planSheet.preferredName);
      planSheet.rows.forEach((row, r) => row.forEach((cell, c) => {
        const a1 = `${columnLetters(c)}${r + 1}`;
        const formula = sheet.formulaAt(a1);
        if (isFormulaCell(cell)) {
          expect(formula).toBe(`=${cell.formula}`);
          return;
        }
        expect({ sheet: planSheet.preferredName, a1, formula }).toEqual({ sheet: planSheet.preferredName, a1, formula: null });
        if (typeof cell === 'string' && cell !== '') expect(sheet.cell(a1)).toBe(cell);
        if (typeof cell === 'string' && TRICKY.includes(cell)) seen.add(cell);
      }));
    }
    // Every tricky name reached some strategy sheet, verbatim.
    expect([...seen].sort()).toEqual([...TRICKY].sort());
    // The client sheet's own cells (ids "001000"…, names) are untouched.
    expect(fake.sheet(CLIENT_SHEET).grid().map((r) => r.slice(0, 7))).toEqual(before);
  });
});
