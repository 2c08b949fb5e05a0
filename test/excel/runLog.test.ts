import { lastRunReport, parseRunLog } from '../../src/engine';
import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { sheetOfKey } from '../../src/excel/workbookGateway';
import { createFakeExcel, type SeedCell } from '../fake-excel';
import { addinPlan, findAndRead } from './pipeline';

/** 120 clients with varied figures, in A1:G121. */
function clientRows(): SeedCell[][] {
  const rows: SeedCell[][] = [['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '客户姓名']];
  for (let i = 0; i < 120; i++) rows.push([`C${i}`, (i * 37 % 101) * 10000, i % 23, i % 3 ? '基础理财' : '专业投资', `C${i % 5 + 1}`, i % 17 + 0.5, `客户${i}`]);
  return rows;
}

describe('the run log read back, and sheets shown, on the fake', () => {
  it('reads each run\'s row and finds the sheets by marker after a rename; activateSheet shows a sheet', async () => {
    const fake = createFakeExcel({ sheets: { 客户: clientRows() } });
    fake.select('客户', 'A1:G121');
    const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
    expect(await gateway.readRunLog()).toBeUndefined();
    const read = await findAndRead(gateway);
    await gateway.writePlan(addinPlan(read).plan);
    await gateway.writePlan(addinPlan(read).plan);
    await fake.host.run(async (context) => { context.workbook.worksheets.getItem('分级汇总').name = '汇总（改名）'; await context.sync(); });

    const log = await gateway.readRunLog();
    expect(log?.sheetName).toBe('运行日志');
    const entries = parseRunLog(log?.rows ?? []);
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ sourceSheet: '客户', rowsRead: 120, tiered: 120, mode: 'values', checks: [] });
    const report = lastRunReport(entries);
    expect(report?.tiers.map((t) => t.change)).toEqual([0, 0, 0, 0]);
    expect(report?.tiers.reduce((n, t) => n + t.count, 0)).toBe(120);
    expect(entries[1].sheetKeys).toContain('summary');
    expect(log && sheetOfKey(log, 'summary')).toBe('汇总（改名）');

    await gateway.activateSheet('汇总（改名）');
    expect(fake.activeSheetName()).toBe('汇总（改名）');
    await expect(gateway.activateSheet('没有这张表')).rejects.toMatchObject({ code: 'SHEET_NOT_FOUND' });
  });
});
