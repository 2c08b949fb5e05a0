import { addinPlan, findAndRead } from './pipeline';
import { CLIENT_SHEET, smallWorkbook } from './smallWorkbook';

/** How many Excel.run calls asked for one undo group. */
const mergedRuns = (runs: readonly Excel.RunOptions[]): number => runs.filter((r) => r.mergeUndoGroup === true).length;

// One Ctrl+Z per run where Excel can group it (ExcelApi 1.20, mergeUndoGroup), and a plain write where it can't.
describe('undo grouping of a write', () => {
  it('groups the whole write into one undo step on ExcelApi 1.20 when the plan has no PivotTable or chart', async () => {
    const { fake, gateway } = smallWorkbook(30, { apiVersion: '1.20' });
    const { plan } = addinPlan(await findAndRead(gateway), { pivots: false, chart: false });
    const before = fake.runOptions.length;
    const report = await gateway.writePlan(plan);
    expect(report.incomplete).toBe(false);
    expect(fake.runOptions.slice(before)).toEqual([{ mergeUndoGroup: true }]);
    expect(fake.sheet(CLIENT_SHEET).grid('A1:Z1')[0]).toContain('客户等级');
  });

  it('does not group a plan with PivotTables or a chart, nor on an Excel older than 1.20', async () => {
    const withPivots = smallWorkbook(30, { apiVersion: '1.20' });
    await withPivots.gateway.writePlan(addinPlan(await findAndRead(withPivots.gateway), { pivots: true, chart: true }).plan);
    expect(mergedRuns(withPivots.fake.runOptions)).toBe(0);
    const older = smallWorkbook(30, { apiVersion: '1.19' });
    await older.gateway.writePlan(addinPlan(await findAndRead(older.gateway), { pivots: false, chart: false }).plan);
    expect(mergedRuns(older.fake.runOptions)).toBe(0);
  });

  it('writes again the plain way when Excel answers UndoNotSupported, and the output is complete', async () => {
    const { fake, gateway } = smallWorkbook(30, { apiVersion: '1.20', undoNotSupportedInMergedRuns: true });
    const { plan } = addinPlan(await findAndRead(gateway), { pivots: false, chart: false });
    const before = fake.runOptions.length;
    const report = await gateway.writePlan(plan);
    expect(report.incomplete).toBe(false);
    expect(fake.runOptions.slice(before)).toEqual([{ mergeUndoGroup: true }, {}]);
    expect(report.columns).toEqual(plan.columns.map((c) => c.header));
    const header = fake.sheet(CLIENT_SHEET).grid('A1:Z1')[0];
    expect(header.filter((h) => h === '客户等级')).toHaveLength(1);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(report.sheets));
  });
});
