import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { createDefaultModel } from '../../src/engine';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { parseJsonOutput, runCli } from './runCli';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'clients.xlsx');

/** The runner's data checks on samples/clients.xlsx: a typo listed, a name column mapped as assets refused until confirmed. */
describe('tierbook data checks', () => {
  let dir: string;
  let typo: string;
  let namesModel: string;

  beforeAll(async () => {
    dir = makeTempDir('tierbook-cli-checks-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    const sheet = wb.getWorksheet('客户清单');
    if (!sheet) throw new Error('no 客户清单');
    sheet.getCell('M2').value = -3; // 开户年限 of the first client (was 4.7)
    typo = path.join(dir, 'typo.xlsx');
    await wb.xlsx.writeFile(typo);
    namesModel = path.join(dir, 'names.model.json');
    const model = createDefaultModel();
    fs.writeFileSync(namesModel, JSON.stringify({ ...model, factors: model.factors.map((f) => (f.key === 'assets' ? { ...f, column: '客户姓名' } : f)) }));
  });
  afterAll(() => removeTempDir(dir));

  it('lists the outlier with its cell in the summary and in --json, and still runs (a warning)', async () => {
    const human = await runCli([typo, '-o', path.join(dir, 'typo-zh.xlsx'), '--formulas', 'values'], { confirmDataChecks: false });
    expect(human.code).toBe(0);
    expect(human.stdout).toContain("数据检查：\n  提示：「忠诚度」（开户年限）有 1 个异常值；可在模型中为此因子设置截尾（clip）\n    '客户清单'!M2 = -3\n");
    const json = await runCli([typo, '-o', path.join(dir, 'typo-en.xlsx'), '--formulas', 'values', '--json', '--lang', 'en-US'], { confirmDataChecks: false });
    const report = parseJsonOutput(json.stdout) as unknown as { checks: unknown[]; checksConfirmed: boolean };
    expect(report.checks).toEqual([{
      kind: 'outliers', severity: 'warning', factor: 'loyalty', column: '开户年限', count: 1, of: 5000,
      message: 'Loyalty (开户年限) has 1 outlier; consider a clip for this factor in the model',
      cells: [{ sheet: '客户清单', row: 2, column: '开户年限', value: '-3' }], fences: { low: -9.950000000000001, high: 29.650000000000002 }, clipped: false,
    }]);
    expect(report.checksConfirmed).toBe(false);
  });

  it('says "nothing found" on the clean sample', async () => {
    const run = await runCli([SAMPLE, '-o', path.join(dir, 'clean.xlsx'), '--formulas', 'values', '--lang', 'en-US'], { confirmDataChecks: false });
    expect(run.stdout).toContain('\nData checks: nothing found\n');
  });

  it('refuses 资产规模 mapped to 客户姓名 with exit 2 and writes nothing; --confirm-data-checks runs and logs the confirmation', async () => {
    const refusedOut = path.join(dir, 'refused.xlsx');
    const refused = await runCli([SAMPLE, '-o', refusedOut, '--model', namesModel, '--lang', 'en-US'], { confirmDataChecks: false });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('the column "客户姓名" is mostly text (5,000/5,000 non-blank cells are not numbers)');
    expect(refused.stderr).toContain('run again with --confirm-data-checks');
    expect(fs.existsSync(refusedOut)).toBe(false);

    const confirmedOut = path.join(dir, 'confirmed.xlsx');
    const confirmed = await runCli([SAMPLE, '-o', confirmedOut, '--model', namesModel, '--json', '--confirm-data-checks', '--formulas', 'values']);
    expect(confirmed.code).toBe(0);
    const report = parseJsonOutput(confirmed.stdout) as unknown as { checks: { kind: string; severity: string }[]; checksConfirmed: boolean };
    expect(report.checks.map((c) => [c.kind, c.severity])).toEqual([['text_column', 'error']]);
    expect(report.checksConfirmed).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(confirmedOut);
    const log = wb.getWorksheet('运行日志');
    expect(log?.getCell('N1').value).toBe('数据检查');
    expect(log?.getCell('N2').value).toBe('错误（已确认运行）：「资产规模」是数值因子，但列「客户姓名」大多是文本（5,000/5,000 个非空单元格不是数字）：请换一列');
    expect(log?.getCell('P2').value).toBe('text_column:assets:5000:confirmed');
  });
});
