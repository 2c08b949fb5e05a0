/*
 * Issue 14's input rules end to end through the runner, on workbooks written by openpyxl and xlsxwriter
 * (test/fixtures/issue14/make_fixtures.py made them; the .xlsx files are committed, so no python runs here).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { parseJsonOutput, runCli, sha256, type CliJson } from './runCli';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'issue14');

/** The --json document's additions from issue 14. */
interface InputRulesJson extends CliJson {
  columns: { factor: string; column: string; letter: string; clients: number; missing: number; unreadable: number; unknown: number; badShare: number; warning: string | null }[];
  runDate: string | null;
}

let dir: string;
beforeEach(() => { dir = makeTempDir('tierbook-cli-rules-'); });
afterEach(() => removeTempDir(dir));

/** A private copy of a fixture, so the run can be checked to leave its input untouched. */
function copyOf(name: string): string {
  const target = path.join(dir, name);
  fs.copyFileSync(path.join(FIXTURES, name), target);
  return target;
}

async function runJson(args: readonly string[]): Promise<InputRulesJson> {
  const run = await runCli([...args, '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return parseJsonOutput(run.stdout) as InputRulesJson;
}

// One reading path for every size (issue 15): each case runs once; --stream is accepted and ignored.
const MODES = [['one reading path', '--stream']] as const;

describe('totals rows (#2)', () => {
  it.each(MODES)('%s: 汇总, 合 计, 总合计, 平均值, 小计 and Grand Total are not clients', async (_mode, flag) => {
    const input = copyOf('totals-labels.xlsx');
    const json = await runJson([input, '-o', path.join(dir, 'out.xlsx'), flag]);
    expect(json.clients.map((c) => c.id)).toEqual(['C001', 'C002', 'C003', 'C004', 'C005', 'C006', 'C007', 'C008', 'C009', 'C010']);
    expect(json.excluded.map((e) => [e.row, e.code])).toEqual([[6, 'total_row'], [10, 'total_row'], [14, 'total_row'], [15, 'total_row'], [16, 'total_row'], [17, 'total_row']]);
    expect(json.excluded[1].reason).toBe('第 10 行是合计行（「合 计」），不是客户');
  });

  it("an Excel table's totals row (totalsRowCount in the table part) is not a client, whatever its first cell says", async () => {
    const input = copyOf('table-totals-row.xlsx');
    const json = await runJson([input, '-o', path.join(dir, 'out.xlsx')]);
    expect(json.clients).toHaveLength(10);
    expect(json.clients.map((c) => c.id)).not.toContain('共 10 户');
    expect(json.excluded.map((e) => [e.row, e.code])).toEqual([[13, 'total_row']]);
  });
});

describe('duplicate headers (#3)', () => {
  it.each(MODES)('%s: 总资产(万元) beside 总资产（元） stops the run, naming both columns with their letters', async (_mode, flag) => {
    const input = copyOf('duplicate-headers.xlsx');
    const before = sha256(input);
    const output = path.join(dir, 'out.xlsx');
    const run = await runCli([input, '-o', output, '--sheet', '客户清单', flag]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('B 列「总资产(万元)」、C 列「总资产（元）」');
    expect(run.stderr).toContain('--model');
    expect(fs.existsSync(output)).toBe(false);
    expect(sha256(input)).toBe(before);
    const en = await runCli([input, '-o', output, '--sheet', '两列同名', '--lang', 'en-US', flag]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('column B "总资产", column D "总资产"');
    expect(en.stderr).toContain('rename one of them');
  });

  it('with no --sheet the run still stops rather than picking a column', async () => {
    const run = await runCli([copyOf('duplicate-headers.xlsx'), '-o', path.join(dir, 'out.xlsx')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('B 列「总资产(万元)」');
  });

  it('--model with the exact header chooses, and the choice changes the tiers', async () => {
    const input = copyOf('duplicate-headers.xlsx');
    const modelFor = (column: string): string => {
      const file = path.join(dir, `model-${column.length}.json`);
      const factors = [
        { key: 'assets', column, weight: 35, scale: 'percentile' },
        { key: 'frequency', column: '年交易次数', weight: 20, scale: 'percentile' },
      ];
      fs.writeFileSync(file, JSON.stringify({ idColumn: '客户号', factors, tiers: [{ name: '高', minScore: 50 }, { name: '低', minScore: 0 }] }));
      return file;
    };
    const yuan = await runJson([input, '-o', path.join(dir, 'a.xlsx'), '--sheet', '客户清单', '--model', modelFor('总资产（元）')]);
    const wan = await runJson([input, '-o', path.join(dir, 'b.xlsx'), '--sheet', '客户清单', '--model', modelFor('总资产(万元)')]);
    // The fixture's 元 column gives C002 seven million more than its 万元 column does.
    expect(yuan.clients[1].score).not.toBe(wan.clients[1].score);
  });
});

describe('category labels and column warnings (#4, item 5)', () => {
  it.each(MODES)('%s: C3-稳健型, 稳健型(C3), C3级, C4（积极型） are read; 3 and C3/C4 are reported', async (_mode, flag) => {
    const json = await runJson([copyOf('risk-labels.xlsx'), '-o', path.join(dir, 'out.xlsx'), flag]);
    const unknown = json.issues.filter((i) => i.code === 'unknown_category');
    expect(unknown.map((i) => [i.row, i.column, i.value])).toEqual([[6, '风险等级', '3'], [7, '风险等级', 'C3/C4']]);
    expect(unknown[1].problem).toContain('同时含有分数不同的标签 C3（50）、C4（75）');
    const risk = json.columns.find((c) => c.factor === 'risk');
    expect(risk).toEqual({ factor: 'risk', column: '风险等级', letter: 'E', clients: 10, missing: 0, unreadable: 0, unknown: 2, badShare: 0.2, warning: null });
  });

  it('a column with more than 20% unknown labels is a warning in --json and in the summary', async () => {
    const input = copyOf('risk-labels.xlsx');
    const json = await runJson([input, '-o', path.join(dir, 'a.xlsx'), '--sheet', '多数未知']);
    const risk = json.columns.find((c) => c.factor === 'risk');
    expect(risk?.unknown).toBe(8);
    expect(risk?.warning).toContain('风险等级 有 80.0% 的单元格无法识别');
    const human = await runCli([input, '-o', path.join(dir, 'b.xlsx'), '--sheet', '多数未知', '--lang', 'en-US']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Warning: column E: 80.0% of the cells in 风险等级 could not be read (0 unreadable, 8 unknown labels, of 10 clients)');
    expect(human.stdout).toMatch(/风险等级 \(exact match\) · 80\.0% unreadable or unknown \(8\/10\)/u);
  });

  it("a bare digit is read only under the model's digitPrefix", async () => {
    const input = copyOf('risk-labels.xlsx');
    const model = { factors: [{ key: 'risk', column: '风险等级', weight: 1, scale: 'category', digitPrefix: 'C', categories: { C1: 0, C2: 25, C3: 50, C4: 75, C5: 100 } }], tiers: [{ name: 'A', minScore: 0 }] };
    const file = path.join(dir, 'model.json');
    fs.writeFileSync(file, JSON.stringify(model));
    const json = await runJson([input, '-o', path.join(dir, 'out.xlsx'), '--sheet', '多数未知', '--model', file]);
    expect(json.clients.map((c) => c.score)).toEqual([50, 75, 100, 50, 50, 75, 100, 50, 50, 75]);
    expect(json.issues).toEqual([]);
  });
});

describe('开户年限 from 开户日期 (#5)', () => {
  it.each(MODES)('%s: tiers a sheet that has only the open date, counted to --run-date', async (_mode, flag) => {
    const input = copyOf('open-date-only.xlsx');
    const json = await runJson([input, '-o', path.join(dir, 'a.xlsx'), '--run-date', '2026-06-30', flag]);
    expect(json.runDate).toBe('2026-06-30');
    expect(json.clients).toHaveLength(10);
    expect(json.issues.map((i) => [i.row, i.code, i.value])).toEqual([[9, 'invalid_number', '待补充'], [10, 'missing_value', '']]);
    const tenure = json.columns.find((c) => c.factor === 'loyalty');
    expect(tenure).toMatchObject({ column: '开户日期', letter: 'F', unreadable: 1, missing: 1 });
    const again = await runJson([input, '-o', path.join(dir, 'b.xlsx'), '--run-date', '2026-06-30', flag]);
    expect(again.clients).toEqual(json.clients);
    // Years are a min–max factor, so moving the run date shifts everyone alike; a date after the run date is what
    // changes: C010 opened 2025-12-31, which is in the future on 2025-06-30.
    const earlier = await runJson([input, '-o', path.join(dir, 'c.xlsx'), '--run-date', '2025-06-30', flag]);
    expect(earlier.issues.map((i) => [i.row, i.value])).toEqual([[9, '待补充'], [10, ''], [11, '2025-12-31']]);
    expect(earlier.issues[2].problem).toBe('开户日期 2025-12-31 晚于运行日期 2025-06-30，开户年限按缺失处理');
    // C010 was the shortest tenure; without it the others' min–max loyalty scores move.
    expect(earlier.clients.map((c) => c.score)).not.toEqual(json.clients.map((c) => c.score));
  });

  it('the summary says the years were computed from the date; without --run-date the run uses its own today', async () => {
    const input = copyOf('open-date-only.xlsx');
    const human = await runCli([input, '-o', path.join(dir, 'a.xlsx'), '--lang', 'en-US']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('← 开户日期 (years computed from the open date)');
    const json = await runJson([input, '-o', path.join(dir, 'b.xlsx')]);
    expect(json.runDate).toBe('2026-06-30'); // runCli's clock
  });

  it('a --run-date that is not YYYY-MM-DD is a usage error', async () => {
    const run = await runCli([copyOf('open-date-only.xlsx'), '--run-date', '2026/06/30']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--run-date 应为 YYYY-MM-DD');
  });
});

describe('two-row headers (#6)', () => {
  it.each(MODES)('%s: a merged group header above the real header is combined with it', async (_mode, flag) => {
    const json = await runJson([copyOf('two-row-header.xlsx'), '-o', path.join(dir, 'out.xlsx'), flag]);
    expect(json.clients.map((c) => [c.row, c.id])).toEqual(Array.from({ length: 10 }, (_, i) => [i + 4, `C${String(i + 1).padStart(3, '0')}`]));
    expect(json.issues).toEqual([]);
    expect(json.columns.map((c) => c.letter)).toEqual(['B', 'C', 'D', 'E', 'F']);
  });
});

describe('look-alike digits (#14) and the cell limit (#9)', () => {
  it.each(MODES)('%s: ² is unreadable text; a data-issue cell stops at 32,767 characters with a marker, --json keeps all', async (_mode, flag) => {
    const output = path.join(dir, 'out.xlsx');
    const json = await runJson([copyOf('superscript-and-long-text.xlsx'), '-o', output, '--lang', 'en-US', flag]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheet = workbook.getWorksheet('客户清单');
    if (!sheet) throw new Error('client sheet missing');
    let issuesColumn = 0;
    sheet.getRow(1).eachCell((cell, col) => { if (cell.value === 'Data Issues') issuesColumn = col; });
    expect(issuesColumn).toBeGreaterThan(0);
    const long = String(sheet.getRow(4).getCell(issuesColumn).value);
    expect(long.length).toBeLessThanOrEqual(32_767);
    expect(long).toMatch(/… \(\d+ more, see --json or the data-quality panel\)$/u);
    expect(String(sheet.getRow(2).getCell(issuesColumn).value)).toContain('"10²" is not a readable number');
    const unreadable = json.issues.filter((i) => i.code === 'invalid_number');
    expect(unreadable.map((i) => [i.row, i.value.length])).toEqual([[2, 3], [3, 1], [4, 32_767]]);
    expect(unreadable[0].value).toBe('10²');
  });
});
