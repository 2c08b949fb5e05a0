import * as path from 'path';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir, writeGridXlsx } from '../fixtures/writeGridXlsx';
import { runCli } from './runCli';

const HEADER = ['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '风险测评日期', '专业投资者标志', '客户类型', '金融资产', '投资经验年限'];
const RISK = ['C1', 'C2', 'C3', 'C4', 'C5'];

/** 40 clients with varied factors, assessment dates around the run date 2026-06-30, and a few professional flags. */
function clients(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [HEADER];
  for (let i = 0; i < 40; i++) {
    const assessed = ['2025-01-15', '2024-06-30', '2024-07-20', null, '2026-01-02'][i % 5];
    rows.push([`V${100 + i}`, 50_000 + ((i * 7919) % 97) * 10_000, (i * 37) % 120, i % 3 === 0 ? '专业投资' : '基础理财', RISK[(i * 3) % 5], (i * 13) % 20,
      assessed, i % 7 === 0 ? '是' : null, '个人', i % 7 === 0 ? 100_000 : 6_000_000, i % 2 === 0 ? 1 : 4]);
  }
  return rows;
}

/** Opens the .xlsx, lets `edit` change it, and saves it under a new name. */
async function edited(file: string, out: string, edit: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb);
  await wb.xlsx.writeFile(out);
  return out;
}

/** The 1-based column of a header in row 1 of a sheet. */
function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  let found = -1;
  sheet.getRow(1).eachCell((cell, c) => { if (cell.value === header) found = c; });
  if (found < 0) throw new Error(`no column ${header}`);
  return found;
}

describe('tierbook verify', () => {
  let dir: string;
  let output: string;
  beforeAll(async () => {
    dir = makeTempDir('tierbook-verify-');
    const input = await writeGridXlsx(clients(), '客户', path.join(dir, 'in.xlsx'));
    output = path.join(dir, 'out.xlsx');
    const run = await runCli([input, '-o', output, '--run-date', '2026-06-30', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { compliance?: Record<string, number> };
    // By hand: flagged professional: i = 0, 7, 14, 21, 28, 35, all with 100,000 of assets;
    // the even ones have 1 year of experience and fail Art. 8 whatever their income; the odd ones (4 years, no income
    // column) cannot be decided, so they are not listed.
    expect(json.compliance?.flag_professional_fails_test).toBe(3);
    expect(Object.keys(json.compliance ?? {})).toContain('above_level');
  }, 60_000);
  afterAll(() => removeTempDir(dir));

  it('passes on an untouched output (exit 0)', async () => {
    const run = await runCli(['verify', output], { confirmDataChecks: false });
    expect(run.stdout).toContain('核对通过');
    expect(run.code).toBe(0);
  }, 60_000);

  it('fails naming the cell after one score is edited by hand (exit 3)', async () => {
    const file = await edited(output, path.join(dir, 'score.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('客户') as ExcelJS.Worksheet;
      sheet.getCell(5, columnOf(sheet, '综合得分')).value = 99.5;
    });
    const run = await runCli(['verify', file, '--lang', 'en-US'], { confirmDataChecks: false });
    expect(run.code).toBe(3);
    const col = String.fromCharCode(64 + HEADER.length + 1);
    expect(run.stdout).toContain(`'客户'!${col}5 (综合得分): stored 99.5`);
  }, 60_000);

  it('fails naming the cell after one tier is edited by hand', async () => {
    const file = await edited(output, path.join(dir, 'tier.xlsx'), (wb) => {
      const sheet = wb.getWorksheet('客户') as ExcelJS.Worksheet;
      const c = columnOf(sheet, '客户等级');
      const cell = sheet.getCell(7, c);
      const was = typeof cell.value === 'object' && cell.value !== null && 'result' in cell.value ? cell.value.result : cell.value;
      cell.value = was === '钻石' ? '普通' : '钻石';
    });
    const run = await runCli(['verify', file], { confirmDataChecks: false });
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/'客户'!M7（客户等级）：存储 "(钻石|普通)"/u);
  }, 60_000);

  it('fails after one data cell is edited: the data hash and the scores it moves', async () => {
    const file = await edited(output, path.join(dir, 'data.xlsx'), (wb) => {
      (wb.getWorksheet('客户') as ExcelJS.Worksheet).getCell(3, 2).value = 90_000_000; // client V101's 总资产
    });
    const run = await runCli(['verify', file], { confirmDataChecks: false });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('数据 SHA-256：不一致');
    expect(run.stdout).toContain("'客户'!L3（综合得分）");
  }, 60_000);

  it('fails after one weight is edited in the model sheet: the model hash and the scores', async () => {
    const file = await edited(output, path.join(dir, 'weight.xlsx'), (wb) => {
      const model = wb.getWorksheet('分级模型') as ExcelJS.Worksheet;
      let row = -1;
      model.eachRow((r, n) => { if (r.getCell(1).value === 'assets') row = n; });
      model.getCell(row, 5).value = 5;
    });
    const run = await runCli(['verify', file, '--json'], { confirmDataChecks: false });
    expect(run.code).toBe(3);
    const outcome = JSON.parse(run.stdout) as { modelHash: { stored: string; now: string }; dataHash: { stored: string; now: string }; differences: { address: string; header: string }[] };
    expect(outcome.modelHash.stored).not.toBe(outcome.modelHash.now);
    expect(outcome.dataHash.stored).toBe(outcome.dataHash.now);
    expect(outcome.differences[0].header).toBe('综合得分');
  }, 60_000);

  it('lists the notices on a re-run after a risk level changed', async () => {
    const file = await edited(output, path.join(dir, 'rerun-in.xlsx'), (wb) => {
      (wb.getWorksheet('客户') as ExcelJS.Worksheet).getCell(2, 5).value = 'C5'; // V100: C1 → C5
    });
    const rerun = path.join(dir, 'rerun-out.xlsx');
    const run = await runCli([file, '-o', rerun, '--run-date', '2026-06-30', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { compliance: Record<string, number> }).compliance.risk_level_changed).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(rerun);
    const sheet = wb.getWorksheet('合规检查') as ExcelJS.Worksheet;
    const rows: unknown[][] = [];
    sheet.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.filter((r) => r[10] === 'risk_level_changed').map((r) => [r[2], r[6], r[7], r[1]])).toEqual([['V100', 'C1', 'C5', '第二十一条']]);
    expect((await runCli(['verify', rerun], { confirmDataChecks: false })).code).toBe(0);
  }, 90_000);
});
