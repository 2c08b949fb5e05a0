import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { runCli } from './runCli';
import { loadXlsx as load, sheetNamed as sheet } from './xlsxWorkbook';

const SAMPLE = path.resolve(__dirname, '..', '..', 'samples', 'clients.xlsx');
const CLIENTS = '客户清单';
const EDITED_ACTION = '测试：专属客户经理每周电话回访一次';



/** The header row of the client sheet as text, column A first. */
function headers(ws: ExcelJS.Worksheet): string[] {
  const row = ws.getRow(1);
  return Array.from({ length: row.cellCount }, (_, c) => String(row.getCell(c + 1).value ?? ''));
}

function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const c = headers(ws).indexOf(header);
  if (c < 0) throw new Error(`no column ${header}`);
  return c + 1;
}

/** Every string of a sheet, for "does this text appear" checks. */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => { if (typeof cell.value === 'string') out.push(cell.value); }));
  return out;
}

const definedNames = (wb: ExcelJS.Workbook): string[] => wb.definedNames.model.map((n) => n.name);

// The runner writes what the add-in writes (issue 5): tags, groups, suitability, strategy sheets from editable
// templates, the log, and on a re-run the migration columns and sheet; the workbook's model sheet is its model.
describe('the runner writes the brokerage depth, and a re-run follows the workbook', () => {
  let dir: string;
  let first: string;

  beforeAll(async () => {
    dir = makeTempDir('tierbook-runner-depth-');
    first = path.join(dir, 'first.xlsx');
    const run = await runCli([SAMPLE, '-o', first]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('模型：默认五因子模型');
  });
  afterAll(() => removeTempDir(dir));

  it('writes segment, group and suitability columns, per-tier strategy sheets, the templates sheet and the log', async () => {
    const wb = await load(first);
    const ws = sheet(wb, CLIENTS);
    expect(headers(ws).slice(-11)).toEqual(['综合得分', '客户等级', '数据问题', '客户画像', '客户分组', '投资者分类', '分类依据', '适当性可购买范围', '可推介产品', '合规快照', '建议客户经理']);
    const tags = ws.getCell(2, columnOf(ws, '客户画像')).value;
    expect(String(tags).split(' · ')).toHaveLength(5);
    expect(['高净值客户', '普通客户', '高频交易客户', '低频交易客户']).toContain(ws.getCell(2, columnOf(ws, '客户分组')).value);
    expect(String(ws.getCell(2, columnOf(ws, '适当性可购买范围')).value)).toMatch(/^C[1-5]：R1/u);
    expect(wb.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['分级模型', '分级汇总', '客户分组', '服务策略', '策略-钻石', '策略-普通', '策略模板', '运行日志']));
    expect(wb.getWorksheet('等级迁移')).toBeUndefined(); // a first run has nothing to compare with
    expect(definedNames(wb)).toContain('_TierBook_sheet_strategyTemplates');
  });

  it('on a re-run reads the edited model sheet and templates, keeps the templates, and writes the migration', async () => {
    const wb = await load(first);
    // The manager moves all the asset weight onto trading frequency, in the model sheet itself.
    const model = sheet(wb, '分级模型');
    const weightRow = (key: string): ExcelJS.Row => {
      for (let r = 1; r <= model.rowCount; r++) if (model.getCell(r, 1).value === key) return model.getRow(r);
      throw new Error(`no factor row ${key}`);
    };
    weightRow('assets').getCell(5).value = 0;
    weightRow('frequency').getCell(5).value = 55;
    // And rewrites the diamond tier's first action in the templates sheet.
    const templates = sheet(wb, '策略模板');
    let edited = false;
    templates.eachRow((row) => {
      if (!edited && row.getCell(1).value === 'tier-diamond' && row.getCell(2).value === '服务动作') { row.getCell(3).value = EDITED_ACTION; edited = true; }
    });
    expect(edited).toBe(true);
    const editedInput = path.join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(editedInput);

    const second = path.join(dir, 'second.xlsx');
    const run = await runCli([editedInput, '-o', second]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('模型：工作簿中的模型表「分级模型」');

    const out = await load(second);
    const ws = sheet(out, CLIENTS);
    expect(headers(ws).slice(-3)).toEqual(['上次等级', '等级变动', '建议客户经理']);
    const changes = new Set<string>();
    for (let r = 2; r <= ws.rowCount; r++) changes.add(String(ws.getCell(r, columnOf(ws, '等级变动')).value));
    expect([...changes].sort()).toEqual(['=', '↑', '↓']); // the weight move re-tiered people both ways
    const migration = sheet(out, '等级迁移');
    // ExcelJS keeps a sheet's conditional formats here; its typings only declare the adder.
    const formats = (migration as ExcelJS.Worksheet & { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formats).toEqual([expect.objectContaining({ rules: [expect.objectContaining({ type: 'colorScale' })] })]);
    // The templates sheet is the user's: kept with the edit, still marked; the strategy sheets follow it.
    expect(texts(sheet(out, '策略模板'))).toContain(EDITED_ACTION);
    expect(out.worksheets.filter((s) => s.name.startsWith('策略模板'))).toHaveLength(1);
    expect(definedNames(out)).toContain('_TierBook_sheet_strategyTemplates');
    expect(texts(sheet(out, '策略-钻石')).some((t) => t.includes(EDITED_ACTION))).toBe(true);
    // The model sheet written back is the edited model.
    const rewritten = sheet(out, '分级模型');
    const weights = new Map<string, unknown>();
    for (let r = 1; r <= rewritten.rowCount; r++) weights.set(String(rewritten.getCell(r, 1).value), rewritten.getCell(r, 5).value);
    expect([weights.get('assets'), weights.get('frequency')]).toEqual([0, 55]);
    expect(sheet(out, '运行日志').actualRowCount).toBe(3);
  });

  it('a --model file wins over the workbook\'s model sheet', async () => {
    const modelFile = path.join(dir, 'two-factor.json');
    fs.writeFileSync(modelFile, JSON.stringify({
      factors: [{ key: 'assets', column: '总资产', weight: 1, scale: 'percentile' }],
      tiers: [{ name: '甲', topShare: 0.5 }, { name: '乙' }],
    }));
    const run = await runCli([first, '--model', modelFile, '--json', '-o', path.join(dir, 'file-model.xlsx')]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { tiers: { name: string }[] }).tiers.map((t) => t.name)).toEqual(['甲', '乙']);
  });

  it('stops with the sheet and cell when the model sheet was edited into nonsense', async () => {
    const wb = await load(first);
    const model = sheet(wb, '分级模型');
    for (let r = 1; r <= model.rowCount; r++) if (model.getCell(r, 1).value === 'assets') model.getCell(r, 5).value = '很多';
    const broken = path.join(dir, 'broken-model.xlsx');
    await wb.xlsx.writeFile(broken);
    const run = await runCli([broken, '-o', path.join(dir, 'never.xlsx'), '--lang', 'en-US']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/分级模型.*E10/u);
    expect(fs.existsSync(path.join(dir, 'never.xlsx'))).toBe(false);
  });
});
