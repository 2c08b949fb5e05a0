import * as path from 'path';
import ExcelJS from 'exceljs';
import { readCell } from '../support/exceljsCell';
import { createOfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { runCli } from '../cli/runCli';
import { createFakeExcel, type SeedCell, type SeedSheet } from '../fake-excel';
import { makeTempDir, removeTempDir, writeGridXlsx } from '../fixtures/writeGridXlsx';
import { addinPlan, findAndRead, generatedClients } from './pipeline';
import { expectConsistent, tierBookMarkers } from './workbookChecks';

/** An .xlsx as the fake's seed: every sheet's values (formulas as their cached results) and its defined names. */
async function seedFromFile(file: string): Promise<{ sheets: Record<string, SeedSheet>; names: Record<string, string> }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const date1904 = Boolean(workbook.properties.date1904);
  const sheets: Record<string, SeedSheet> = {};
  for (const sheet of workbook.worksheets) {
    const rows: SeedCell[][] = [];
    const width = sheet.columnCount; // a getter that scans every row: read it once
    sheet.eachRow((row, n) => {
      const cells = new Array<SeedCell>(width).fill(null);
      row.eachCell((cell, c) => { cells[c - 1] = readCell(cell, date1904); });
      rows[n - 1] = cells;
    });
    sheets[sheet.name] = Array.from(rows, (r) => r ?? []);
  }
  const names = Object.fromEntries(workbook.definedNames.model.map((n) => [n.name, `=${n.ranges[0]}`]));
  return { sheets, names };
}

describe('a workbook written by the tierbook CLI, re-run in the add-in', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-excel-cli-'); });
  afterAll(() => removeTempDir(dir));

  it('finds the CLI\'s columns and sheets by their markers and replaces them instead of adding new ones', async () => {
    // 300 generated clients rather than the 5,000 of samples/clients.xlsx: the same markers, in a fraction of the time.
    const input = await writeGridXlsx(generatedClients(300), '客户清单', path.join(dir, 'clients.xlsx'));
    const output = path.join(dir, 'clients-tiered.xlsx');
    expect((await runCli([input, '-o', output])).code).toBe(0);
    const seed = await seedFromFile(output);
    expect(Object.keys(seed.names)).toEqual(expect.arrayContaining(['_TierBook_col_score', '_TierBook_col_tier', '_TierBook_sheet_model', '_TierBook_sheet_log']));
    const fake = createFakeExcel(seed);
    const clientSheet = Object.keys(seed.sheets)[0];
    fake.select(clientSheet, 'B2');
    const sheetsBefore = fake.sheetNames();
    const logBefore = fake.sheet('运行日志').grid().length;
    const markersBefore = tierBookMarkers(fake);

    const gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
    const read = await findAndRead(gateway);
    // The CLI's columns are not part of the client table, so the add-in's columns go where the CLI's were.
    expect(read.source.columnCount).toBe(7);
    expect(read.source.lastUsedColumn).toBe(6);
    const report = await gateway.writePlan(addinPlan(read, { strategySheets: false, pivots: true, chart: true }).plan);
    expect(report.incomplete).toBe(false);

    const header = fake.sheet(clientSheet).grid('A1:T1')[0];
    expect(header.filter((h) => h === '综合得分')).toHaveLength(1);
    expect(header.filter((h) => h === '客户等级')).toHaveLength(1);
    expect(tierBookMarkers(fake).get('_TierBook_col_score')).toBe(markersBefore.get('_TierBook_col_score')?.replace(/^='?([^'!]+)'?!/u, `=${clientSheet}!`));
    // The CLI's model, summary and log sheets are the add-in's now (no "(2)" copies); its strategy overview and
    // per-tier strategy sheets are dropped because this run does not choose strategy sheets, while the editable
    // templates (the user's settings) stay; sheets the CLI does not write are new and marked.
    for (const key of ['model', 'summary', 'log']) {
      expect(tierBookMarkers(fake).get(`_TierBook_sheet_${key}`)?.replace(/'/gu, '')).toBe(markersBefore.get(`_TierBook_sheet_${key}`)?.replace(/'/gu, ''));
    }
    const strategySheets = sheetsBefore.filter((s) => s === '服务策略' || s.startsWith('策略-'));
    expect(strategySheets).toEqual(['服务策略', '策略-钻石', '策略-黄金', '策略-白银', '策略-普通']);
    // The watchlist, the manager load and the effect evaluation are output like the strategy sheets (dropped here); the
    // roster, plan, service log, effect history and client snapshot are kept.
    strategySheets.push('流失预警', '客户经理负荷', '效果评估');
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['客户经理名册', '回访计划', '服务记录', '效果历史', '客户快照']));
    expect(fake.sheetNames()).toContain('策略模板');
    expect(fake.sheetNames().some((s) => s.endsWith(' (2)'))).toBe(false);
    // The CLI's 合规检查 sheet goes too: it comes with the suitability columns, which this run does not choose.
    expect(fake.sheetNames().filter((s) => sheetsBefore.includes(s))).toEqual(sheetsBefore.filter((s) => !strategySheets.includes(s) && s !== '合规检查'));
    expect(fake.sheet('运行日志').grid()).toHaveLength(logBefore + 1);
    expectConsistent(fake, [clientSheet], clientSheet, 6);
  });
});
