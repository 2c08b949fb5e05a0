import { MODEL_RANGE_NAME } from '../../src/engine';
import { addinPlan, findAndRead } from './pipeline';
import { CLIENT_SHEET, smallWorkbook } from './smallWorkbook';

describe('live mode', () => {
  it('puts each spill formula in its column\'s first cell only and leaves the cells below empty for the spill', async () => {
    const { fake, gateway } = smallWorkbook(50);
    const { plan } = addinPlan(await findAndRead(gateway), { mode: 'live', pivots: false, chart: false, strategySheets: false });
    const report = await gateway.writePlan(plan);
    const sheet = fake.sheet(CLIENT_SHEET);
    expect(sheet.formulaAt('H2')).toMatch(new RegExp(`^=TIER\\.SCORES\\(.*,${MODEL_RANGE_NAME}\\)$`, 'u'));
    expect(sheet.formulaAt('I2')).toBe(`=TIER.TIERS(H2#,${MODEL_RANGE_NAME})`);
    for (let row = 3; row <= 51; row++) {
      expect([sheet.cell(`H${row}`), sheet.formulaAt(`H${row}`), sheet.cell(`I${row}`), sheet.formulaAt(`I${row}`)]).toEqual([null, null, null, null]);
    }
    // The score column's number format covers the rows the spill will fill.
    expect(sheet.numberFormatAt('H51')).toBe('0.00');
    expect(fake.names().find((n) => n.name === MODEL_RANGE_NAME)?.formula).toMatch(/^=分级模型!\$A\$1:\$J\$\d+$/u);
    expect(report.incomplete).toBe(false);
  });

  it('warns that PivotTables over live formulas need a refresh', async () => {
    const { gateway } = smallWorkbook(20);
    const { plan } = addinPlan(await findAndRead(gateway), { mode: 'live', pivots: true, chart: false, strategySheets: false });
    const report = await gateway.writePlan(plan);
    expect(report.warnings.some((w) => w['zh-CN'].includes('全部刷新') && w['en-US'].includes('Refresh All'))).toBe(true);
  });
});
