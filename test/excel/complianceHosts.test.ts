import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  ADDIN_EXTRA_ROLES, ClientTableBuilder, composeOutputPlan, createDefaultModel, locateSheetLayout, tierClientTable, type CellValue, type OutputPlan,
} from '../../src/engine';
import { ExtraColumnsBuilder } from '../../src/engine/table/extraColumns';
import { createOfficeWorkbookGateway, type OfficeWorkbookGateway } from '../../src/excel/officeWorkbookGateway';
import { runCli } from '../cli/runCli';
import { createFakeExcel, type FakeExcel, type SeedCell } from '../fake-excel';
import { makeTempDir, removeTempDir, writeGridXlsx } from '../fixtures/writeGridXlsx';
import { readCell } from '../support/exceljsCell';
import { findAndRead } from './pipeline';

const RUN_DATE = '2026-06-30';
const SHEET = '客户';
const HEADER = ['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '风险测评日期', '专业投资者标志', '客户类型', '金融资产', '投资经验年限', '最低类别'];
const RISK = ['C1', 'C2', 'C3', 'C4', 'C5'];

/** 30 clients: every assessment status (by hand, run date 2026-06-30, 2 years, 30 days), flags, a 最低类别, a bad date. */
function clients(): SeedCell[][] {
  const rows: SeedCell[][] = [HEADER];
  for (let i = 0; i < 30; i++) {
    const assessed = ['2025-01-15', '2024-06-30', '2024-07-20', null, '2024-07-01', '2024-06-29'][i % 6];
    rows.push([`H${100 + i}`, 80_000 + ((i * 7919) % 89) * 12_000, (i * 37) % 150, i % 3 === 0 ? '专业投资' : '基础理财', RISK[(i * 2) % 5], (i * 7) % 25,
      i === 29 ? '2027-01-01' : assessed, i % 5 === 0 ? '是' : i % 5 === 1 ? '否' : null, '个人', i % 4 === 0 || i === 1 ? 8_000_000 : 200_000, i % 3 === 0 || i === 1 ? 5 : 1, i === 4 ? '是' : null]);
  }
  return rows;
}

/** What the runner writes: everything but PivotTables and charts (src/cli/runPlan.ts). */
const RUNNER_CHOICES = { mode: 'values', pivots: false, chart: false, strategySheets: true, runLog: true, segments: true, suitabilityColumns: true } as const;

async function addinRun(gateway: OfficeWorkbookGateway, previousStates?: ReadonlyMap<string, string>): Promise<OutputPlan> {
  // As the pane does: the workbook's templates when it has them, else the defaults, written for the user to edit.
  const templates = await gateway.readStoredTemplates();
  const read = await findAndRead(gateway);
  const model = createDefaultModel();
  const found = locateSheetLayout(read.source.topRows, model, read.source.sheetName);
  const layout = { ...found, headerRow: found.headerRow + read.source.firstRow };
  const builder = new ClientTableBuilder(layout, model, read.source.sheetName, { runDate: RUN_DATE });
  const extraBuilder = new ExtraColumnsBuilder(layout, ADDIN_EXTRA_ROLES, model);
  for (const chunk of read.chunks) {
    const skip = Math.max(0, layout.headerRow + 1 - chunk.firstRowNumber);
    builder.appendRows(chunk.rows.slice(skip), chunk.firstRowNumber + skip);
    extraBuilder.appendRows(chunk.rows.slice(skip), chunk.firstRowNumber + skip);
  }
  const result = tierClientTable(builder.finish(), model);
  const plan = composeOutputPlan({
    result, locale: 'zh-CN', extras: extraBuilder.finish(result.table.rowNumbers), choices: RUNNER_CHOICES, confirmedChecks: true,
    run: { timestamp: '2026-06-30T09:30:00.000Z', tool: 'test' }, previousComplianceStates: previousStates,
    playbooks: templates?.playbooks, templatesSheet: templates ? 'found' : 'missing',
    source: { sheetName: read.source.sheetName, lastUsedColumn: read.source.lastUsedColumn, lastRow: read.source.firstRow + read.source.rowCount },
  });
  expect((await gateway.writePlan(plan)).incomplete).toBe(false);
  return plan;
}

async function sheetGrid(file: string, name: string): Promise<CellValue[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: CellValue[][] = [];
  sheet.eachRow((row, n) => {
    const cells: CellValue[] = [];
    row.eachCell((cell, c) => { cells[c - 1] = readCell(cell, false) as CellValue; });
    rows[n - 1] = Array.from(cells, (v) => v ?? null);
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Trailing blanks and blank-vs-null differences are not differences. */
function tidy(grid: readonly (readonly CellValue[])[]): CellValue[][] {
  const rows = grid.map((r) => {
    const cells = r.map((v) => (v === '' ? null : v));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** The named columns of a sheet's header row 1, as column arrays. */
function columns(grid: readonly (readonly CellValue[])[], headers: readonly string[]): CellValue[][] {
  return headers.map((h) => {
    const c = grid[0].indexOf(h);
    expect({ header: h, found: c >= 0 }).toEqual({ header: h, found: true });
    return grid.map((r) => (r[c] === '' ? null : r[c] ?? null));
  });
}

const COMPLIANCE_HEADERS = ['测评状态', '测评到期日', '可推介产品', '合规快照', '投资者分类', '适当性可购买范围', '综合得分', '客户等级'];

describe('compliance on both hosts, cell for cell', () => {
  let dir: string;
  let fake: FakeExcel;
  let gateway: OfficeWorkbookGateway;
  let cliOut: string;
  beforeAll(async () => {
    dir = makeTempDir('tierbook-compliance-hosts-');
    const input = await writeGridXlsx(clients() as CellValue[][], SHEET, path.join(dir, 'in.xlsx'));
    cliOut = path.join(dir, 'out.xlsx');
    expect((await runCli([input, '-o', cliOut, '--run-date', RUN_DATE, '--formulas', 'values'])).code).toBe(0);
    fake = createFakeExcel({ sheets: { [SHEET]: clients() } });
    fake.select(SHEET, 'A1');
    gateway = createOfficeWorkbookGateway(fake.host, { displayLanguage: () => 'zh-CN' });
    await addinRun(gateway);
  }, 120_000);
  afterAll(() => removeTempDir(dir));

  it('writes the same 合规检查 sheet, compliance columns and per-tier shelves', async () => {
    const cli = await sheetGrid(cliOut, '合规检查');
    expect(tidy(fake.sheet('合规检查').grid())).toEqual(tidy(cli));
    const cliClients = await sheetGrid(cliOut, SHEET);
    expect(columns(tidy(fake.sheet(SHEET).grid()), COMPLIANCE_HEADERS)).toEqual(columns(tidy(cliClients), COMPLIANCE_HEADERS));
    for (const tier of ['策略-钻石', '策略-普通']) expect(tidy(fake.sheet(tier).grid())).toEqual(tidy(await sheetGrid(cliOut, tier)));
    // The statuses by hand: i % 6 = 0 current, 1 expired (on the expiry day), 2 expiring (20 days to go), 3 not
    // assessed, 4 expiring (the day before expiry), 5 expired (the day after); row 31 (i = 29) is a future date.
    const [status, expiry] = columns(tidy(cliClients), ['测评状态', '测评到期日']);
    expect(status.slice(1, 7)).toEqual(['正常', '已过期', '即将过期', '未测评', '即将过期', '已过期']);
    expect(expiry.slice(1, 7)).toEqual(['2027-01-15', '2026-06-30', '2026-07-20', null, '2026-07-01', '2026-06-29']);
    expect(status[30]).toBe('未测评');
    const rows = tidy(cli);
    const kinds = new Set(rows.map((r) => r[10]));
    for (const kind of ['above_level', 'lowest_category', 'assessment_lapsed', 'not_assessed', 'flag_professional_fails_test', 'flag_ordinary_passes_test', 'bad_assessment_date']) {
      expect({ kind, listed: kinds.has(kind) }).toEqual({ kind, listed: true });
    }
    expect(rows.find((r) => r[10] === 'bad_assessment_date')?.[8]).toBe("'客户'!G31");
  }, 120_000);

  it('lists the same notices on a re-run in both hosts after a risk level and a 最低类别 flag change', async () => {
    const edited = path.join(dir, 'edited.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(cliOut);
    const sheet = wb.getWorksheet(SHEET) as ExcelJS.Worksheet;
    sheet.getCell('E2').value = 'C5'; // H100: C1 → C5
    sheet.getCell('L4').value = '是'; // H102 becomes 最低类别
    await wb.xlsx.writeFile(edited);
    const second = path.join(dir, 'second.xlsx');
    const run = await runCli([edited, '-o', second, '--run-date', RUN_DATE, '--formulas', 'values', '--json']);
    expect(run.code).toBe(0);

    fake.sheet(SHEET).set('E2', [['C5']]);
    fake.sheet(SHEET).set('L4', [['是']]);
    const read = await findAndRead(gateway);
    const previous = await gateway.readPreviousComplianceStates?.(read.source);
    expect(previous?.get('H100')).toBe('risk=C1;lowest=0;class=professional');
    await addinRun(gateway, previous);

    const cli = tidy(await sheetGrid(second, '合规检查'));
    expect(tidy(fake.sheet('合规检查').grid())).toEqual(cli);
    const notices = cli.filter((r) => ['risk_level_changed', 'became_lowest', 'left_lowest', 'professional_changed'].includes(String(r[10])));
    expect(notices.map((r) => [r[10], r[2], r[6], r[7], r[1]])).toEqual([
      ['risk_level_changed', 'H100', 'C1', 'C5', '第二十一条'],
      ['became_lowest', 'H102', '否', '是', '第十九条、第二十一条'],
    ]);
    expect((JSON.parse(run.stdout) as { compliance: Record<string, number> }).compliance).toMatchObject({ risk_level_changed: 1, became_lowest: 1, left_lowest: 0 });
  }, 120_000);

  it('goes on with a product whose R-level the templates lack: unsuitable for every client of the tier, with the cell, on both hosts', async () => {
    const TEMPLATES = '策略模板';
    const second = path.join(dir, 'second.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(second);
    const sheet = wb.getWorksheet(TEMPLATES) as ExcelJS.Worksheet;
    let row = 0;
    sheet.eachRow((r, n) => { if (row === 0 && r.getCell(1).value === 'tier-gold' && r.getCell(2).value === '推荐产品') row = n; });
    expect(row).toBeGreaterThan(0);
    const product = String(sheet.getCell(`C${row}`).value);
    sheet.getCell(`E${row}`).value = 'R7';
    const edited = path.join(dir, 'unrated.xlsx');
    await wb.xlsx.writeFile(edited);
    const third = path.join(dir, 'third.xlsx');
    const run = await runCli([edited, '-o', third, '--run-date', RUN_DATE, '--formulas', 'values', '--json']);
    expect(run.code).toBe(0);

    expect(fake.sheet(TEMPLATES).cell(`A${row}`)).toBe('tier-gold');
    fake.sheet(TEMPLATES).set(`E${row}`, [['R7']]);
    const read = await findAndRead(gateway);
    const templates = await gateway.readStoredTemplates();
    expect(templates?.playbooks.find((p) => p.key === 'tier-gold')?.products?.[0].unrated).toEqual({ cell: `'${TEMPLATES}'!E${row}`, typed: 'R7' });
    await addinRun(gateway, await gateway.readPreviousComplianceStates?.(read.source));

    const cli = tidy(await sheetGrid(third, '合规检查'));
    expect(tidy(fake.sheet('合规检查').grid())).toEqual(cli);
    const unrated = cli.filter((r) => r[10] === 'unrated_product');
    const golds = columns(tidy(await sheetGrid(third, SHEET)), ['客户等级'])[0].filter((t) => t === '黄金').length;
    expect(golds).toBeGreaterThan(0);
    expect(unrated).toHaveLength(golds);
    for (const r of unrated) {
      expect([r[1], r[4], r[5], r[7], r[8]]).toEqual(['第二十二条', '黄金', `${product}（R?）`, 'R?', `'${TEMPLATES}'!E${row}`]);
      expect(r[9]).toContain(`风险等级「R7」无法识别（单元格 '${TEMPLATES}'!E${row}，应为 R1–R5）`);
    }
    expect((JSON.parse(run.stdout) as { compliance: Record<string, number> }).compliance.unrated_product).toBe(golds);
    const shelves = columns(tidy(fake.sheet(SHEET).grid()), ['客户等级', '可推介产品']);
    shelves[0].forEach((tier, i) => { if (tier === '黄金') expect(String(shelves[1][i])).not.toContain(product); });
    expect(columns(tidy(fake.sheet(SHEET).grid()), COMPLIANCE_HEADERS)).toEqual(columns(tidy(await sheetGrid(third, SHEET)), COMPLIANCE_HEADERS));
  }, 120_000);
});
