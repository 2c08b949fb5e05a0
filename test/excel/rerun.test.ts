import { createDefaultModel } from '../../src/engine';
import { buildModelSavePlan } from '../../src/engine/plan/composeOutputPlan';
import { addinPlan, findAndRead } from './pipeline';
import { CLIENT_SHEET, smallWorkbook } from './smallWorkbook';
import { expectConsistent, tierBookMarkers } from './workbookChecks';

const USER_SUMMARY = [['我自己的汇总', null], ['不要动它', 42]];

describe('re-runs replace only what TierBook marked', () => {
  it('leaves a user sheet named 分级汇总 alone and writes its own summary under a free name', async () => {
    const { fake, gateway } = smallWorkbook(30, { sheets: { 分级汇总: USER_SUMMARY } });
    const { plan } = addinPlan(await findAndRead(gateway), { pivots: false, chart: false, strategySheets: false });
    const report = await gateway.writePlan(plan);
    expect(fake.sheet('分级汇总').grid()).toEqual(USER_SUMMARY);
    expect(report.sheets).toContain('分级汇总 (2)');
    expect(tierBookMarkers(fake).get('_TierBook_sheet_summary')).toBe("='分级汇总 (2)'!$A$1");
    expect(fake.sheet('分级汇总 (2)').cell('A1')).toBe('客户分级汇总');
  });

  it('on a second run replaces its columns and sheets in place, appends one log row and keeps the sheet count', async () => {
    const { fake, gateway, rows } = smallWorkbook(30, { sheets: { 分级汇总: USER_SUMMARY } });
    const lastSourceColumn = rows[0].length - 1;
    const first = addinPlan(await findAndRead(gateway));
    await gateway.writePlan(first.plan);
    const sheetsAfterFirst = fake.sheetNames();
    const columnsAfterFirst = fake.sheet(CLIENT_SHEET).grid('A1:L1')[0];
    const logRows = fake.sheet('运行日志').grid().length;

    // The second run reads the table again: TierBook's own columns are not part of it.
    const read = await findAndRead(gateway);
    expect(read.source.columnCount).toBe(lastSourceColumn + 1);
    expect(read.source.lastUsedColumn).toBe(lastSourceColumn);
    const second = addinPlan(read);
    const report = await gateway.writePlan(second.plan);
    expect(report.incomplete).toBe(false);

    expect(fake.sheetNames()).toEqual(sheetsAfterFirst);
    expect(fake.sheet(CLIENT_SHEET).grid('A1:L1')[0]).toEqual(columnsAfterFirst);
    expect(fake.sheet('运行日志').grid()).toHaveLength(logRows + 1);
    expect(fake.sheet('分级汇总').grid()).toEqual(USER_SUMMARY);
    expect(fake.pivots().map((p) => p.name).sort()).toEqual(['TierBook_RiskPivot', 'TierBook_TierPivot']);
    expect(fake.charts()).toHaveLength(1);
    expectConsistent(fake, [CLIENT_SHEET, '分级汇总'], CLIENT_SHEET, lastSourceColumn);
  });

  it('keeps writing to its summary after the user renamed it, and drops strategy sheets a later run does not choose', async () => {
    const { fake, gateway } = smallWorkbook(30);
    const first = addinPlan(await findAndRead(gateway), { strategySheets: true }).plan;
    await gateway.writePlan(first);
    const strategySheets = first.sheets.filter((s) => s.role === 'strategy').map((s) => s.preferredName);
    expect(strategySheets.length).toBeGreaterThan(1);
    for (const s of strategySheets) expect(fake.sheetNames()).toContain(s);
    await fake.host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('分级汇总').name = '我的汇总';
      await ctx.sync();
    });
    const beforeCount = fake.sheetNames().length;
    await gateway.writePlan(addinPlan(await findAndRead(gateway), { strategySheets: false }).plan);
    expect(fake.sheetNames()).toContain('我的汇总');
    expect(fake.sheetNames()).not.toContain('分级汇总');
    expect(fake.sheet('我的汇总').cell('A1')).toBe('客户分级汇总');
    const strategyMarkers = [...tierBookMarkers(fake).keys()].filter((n) => n.startsWith('_TierBook_sheet_strategy'));
    expect(strategyMarkers).toEqual([]);
    expect(fake.sheetNames().length).toBeLessThan(beforeCount);
    for (const s of strategySheets) expect(fake.sheetNames()).not.toContain(s);
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['分级模型', '运行日志']));
  });

  it('"save model" rewrites the model sheet only, leaving columns and other sheets alone', async () => {
    const { fake, gateway } = smallWorkbook(30);
    await gateway.writePlan(addinPlan(await findAndRead(gateway)).plan);
    const before = fake.snapshot() as { sheets: { name: string; cells: unknown }[] };
    const model = { ...createDefaultModel(), name: '改过的模型' };
    await gateway.writePlan(buildModelSavePlan(model, 'zh-CN'));
    const after = fake.snapshot() as { sheets: { name: string; cells: unknown }[] };
    expect(after.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    for (const sheet of after.sheets) {
      if (sheet.name === '分级模型') continue;
      expect(sheet.cells).toEqual(before.sheets.find((s) => s.name === sheet.name)?.cells);
    }
    expect((await gateway.readStoredModel())?.model.name).toBe('改过的模型');
  });
});
