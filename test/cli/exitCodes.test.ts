import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { createDefaultModel } from '../../src/engine';
import { writeMessyExportXlsx } from '../fixtures/messyExport';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { type CliRun, runCli } from './runCli';

/** A usable-input failure: exit 2, nothing on stdout, exactly one line on stderr. */
function expectOneLineFailure(run: CliRun, code = 2): string {
  expect(run.code).toBe(code);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  return run.stderr.trim();
}

async function writeSheets(file: string, sheets: Record<string, (string | number)[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('tierbook exit codes and error lines', () => {
  let dir: string;
  let messy: string;

  beforeAll(async () => {
    dir = makeTempDir('tierbook-cli-exit-');
    messy = await writeMessyExportXlsx(dir);
  });
  afterAll(() => removeTempDir(dir));

  const out = (name: string): string => path.join(dir, name);

  it('exits 0 on success', async () => {
    const run = await runCli([messy, '-o', out('ok.xlsx')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(fs.existsSync(out('ok.xlsx'))).toBe(true);
  });

  it('exits 2 naming a missing input file, and writes nothing', async () => {
    const missing = path.join(dir, 'nope.xlsx');
    const line = expectOneLineFailure(await runCli([missing, '-o', out('never.xlsx'), '--lang', 'en-US']));
    expect(line).toContain('input file not found');
    expect(line).toContain(missing);
    expect(fs.existsSync(out('never.xlsx'))).toBe(false);
    expect(expectOneLineFailure(await runCli([missing]))).toContain('找不到输入文件');
  });

  it('exits 2 naming a sheet that does not exist, and the sheets there are', async () => {
    const line = expectOneLineFailure(await runCli([messy, '--sheet', 'Clients2025', '-o', out('x.xlsx'), '--lang', 'en-US']));
    expect(line).toContain('"Clients2025"');
    expect(line).toContain('客户资产明细');
  });

  it('exits 2 with the model message when the model is invalid', async () => {
    const bad = { ...createDefaultModel(), tiers: [{ name: 'A', minScore: 50 }, { name: 'B', minScore: 70 }] };
    fs.writeFileSync(out('bad-model.json'), JSON.stringify(bad));
    const line = expectOneLineFailure(await runCli([messy, '--model', out('bad-model.json'), '-o', out('x.xlsx'), '--lang', 'en-US']));
    expect(line).toContain('invalid model');
    expect(line).toContain('tiers[1].minScore'); // the validator's own text, located by JSON path
    expect(line).toContain('out of order');
    fs.writeFileSync(out('broken.json'), '{ "factors": [ ');
    const syntax = expectOneLineFailure(await runCli([messy, '--model', out('broken.json'), '-o', out('x.xlsx')]));
    expect(syntax).toContain('不是有效的 JSON');
    expect(syntax).toContain('broken.json');
    expect(expectOneLineFailure(await runCli([messy, '--model', out('absent.json')]))).toContain('absent.json');
  });

  it('exits 2 naming the column the header lacks', async () => {
    const model = { ...createDefaultModel() };
    model.factors = model.factors.map((f) => (f.key === 'risk' ? { ...f, key: 'riskScore', column: '风险测评得分' } : f));
    fs.writeFileSync(out('other-column.json'), JSON.stringify(model));
    const line = expectOneLineFailure(await runCli([messy, '--model', out('other-column.json'), '--sheet', '客户资产明细', '-o', out('x.xlsx')]));
    expect(line).toContain('风险测评得分');
    expect(line).toContain('第 4 行');
  });

  it('without --sheet, names every sheet tried and what the closest one lacked', async () => {
    const file = await writeSheets(out('no-table.xlsx'), {
      说明: [['本文件为导出说明']],
      客户: [['客户号', '总资产', '年交易次数', '客户需求', '开户年限'], ['310000000001', 100, 1, '基础理财', 2]],
    });
    const line = expectOneLineFailure(await runCli([file, '--lang', 'en-US', '-o', out('x.xlsx')]));
    expect(line).toContain('"说明"');
    expect(line).toContain('"客户"');
    expect(line).toContain('"风险等级"');
    expect(line).toContain('row 1');
  });

  it('exits 2 when the file is not an xlsx', async () => {
    fs.writeFileSync(out('fake.xlsx'), 'client,assets\n1,2\n');
    expect(expectOneLineFailure(await runCli([out('fake.xlsx'), '--lang', 'en-US']))).toContain('cannot read');
  });

  it('exits 2 on arguments it does not understand, with the usage', async () => {
    expect(expectOneLineFailure(await runCli([messy, '--colour', 'red']))).toContain('未知选项 --colour');
    expect(expectOneLineFailure(await runCli(['--json']))).toContain('缺少输入文件');
    expect(expectOneLineFailure(await runCli([messy, '--lang', 'fr-FR']))).toContain('zh-CN');
    expect(expectOneLineFailure(await runCli([messy, '--formulas', 'magic', '--lang', 'en-US']))).toContain('usage: tierbook');
  });

  it('refuses to write over its own input', async () => {
    const line = expectOneLineFailure(await runCli([messy, '-o', messy, '--lang', 'en-US']));
    expect(line).toContain('never changes its input');
  });

  it('runs --formulas portable (the default) and --formulas values', async () => {
    for (const args of [['--formulas', 'portable'], [], ['--formulas', 'values']]) {
      const target = out(`p${args.length}.xlsx`);
      expect(await runCli([messy, ...args, '--lang', 'en-US', '-o', target])).toMatchObject({ code: 0, stderr: '' });
      expect(fs.existsSync(target)).toBe(true);
    }
  });

  it('exits 1 on an internal error, still on one line', async () => {
    const run = await runCli([messy, '-o', out('clock.xlsx')], { now: () => { throw new Error('clock\nbroken'); } });
    const line = expectOneLineFailure(run, 1);
    expect(line).toContain('internal error');
    expect(line).toContain('clock broken');
  });

  it('prints the usage and exits 0 on --help', async () => {
    const run = await runCli(['--help', '--lang', 'en-US']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('usage: tierbook <input.xlsx>');
  });
});
