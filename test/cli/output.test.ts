import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { createDefaultModel, type TierModel } from '../../src/engine';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { CLIENTS, CLIENT_SHEET, HEADER_ROW, HYPERLINK_NAME, brokerWorkbook } from './brokerWorkbook';
import { type CliJson, parseJsonOutput, runCli, sha256 } from './runCli';
import { readXlsxCells, readXlsxPart } from './xlsxParts';
import { loadXlsx as load, sheetNamed as sheet } from './xlsxWorkbook';

/** Column I holds a user formula to the right of the table: the last used column, so output starts at J. */
const LAST_USED_COLUMN = 9;

/** The shared broker workbook, with a second value in the user's own 分级汇总. */
async function writeInput(file: string): Promise<void> {
  const wb = brokerWorkbook();
  (wb.getWorksheet('分级汇总') as ExcelJS.Worksheet).getCell('B2').value = 123;
  await wb.xlsx.writeFile(file);
}



/** The last column holding a value in any row. */
function lastValueColumn(s: ExcelJS.Worksheet): number {
  let last = 0;
  s.eachRow((row) => row.eachCell((_, c) => { last = Math.max(last, c); }));
  return last;
}

function definedNames(wb: ExcelJS.Workbook): Record<string, string[]> {
  return Object.fromEntries(wb.definedNames.model.map((n) => [n.name, n.ranges]));
}

/** What a first run adds, in tab order, after the input's own sheets (a user's 分级汇总 makes ours 分级汇总 (2)). */
/** The follow-up loop's sheets (docs/tracking.md): the service log, the plan, the watchlist, the manager load and, once, the roster. */
const ZH_TRACKING = ['服务记录', '回访计划', '流失预警', '客户经理负荷', '客户经理名册', '效果历史', '效果评估', '客户快照'];
const EN_TRACKING = ['Service Log', 'Follow-up Plan', 'Retention Watchlist', 'Manager Load', 'Account Managers', 'Effect History', 'Effect Evaluation', 'Client Snapshot'];
const ZH_ADDED = ['分级模型', '分级汇总 (2)', '客户分组', '服务策略', '策略-钻石', '策略-黄金', '策略-白银', '策略-普通', '策略模板', '合规检查', '运行日志', ...ZH_TRACKING];
const EN_ADDED = ['Tier Model', 'Tier Summary', 'Client Groups', 'Service Strategies', 'Strategy-Diamond', 'Strategy-Gold', 'Strategy-Silver', 'Strategy-Standard', 'Strategy Templates', 'Compliance', 'Run Log', ...EN_TRACKING];
const INPUT_SHEETS = [CLIENT_SHEET, '分级汇总', 'Notes'];
/** Score, tier, issues; 客户画像 and 客户分组; 投资者分类, 分类依据 and 适当性可购买范围 (the sheet has 风险等级); 可推介产品 and 合规快照; 建议客户经理. */
const FIRST_RUN_COLUMNS = 11;
/** A re-run adds 上次等级 and 等级变动. */
const RERUN_COLUMNS = FIRST_RUN_COLUMNS + 2;

describe('the workbook tierbook writes', () => {
  let dir: string;
  let input: string;
  let inputHash: string;
  let zhOut: string;
  let enOut: string;
  let zhJson: CliJson;

  beforeAll(async () => {
    dir = makeTempDir('tierbook-cli-out-');
    input = path.join(dir, 'clients.xlsx');
    await writeInput(input);
    inputHash = sha256(input);
    zhOut = path.join(dir, 'zh.xlsx');
    enOut = path.join(dir, 'en.xlsx');
    const zh = await runCli([input, '-o', zhOut, '--json', '--formulas', 'values']);
    expect(zh).toMatchObject({ code: 0, stderr: '' });
    zhJson = parseJsonOutput(zh.stdout);
    expect((await runCli([input, '-o', enOut, '--lang', 'en-US'])).code).toBe(0);
  });
  afterAll(() => removeTempDir(dir));

  it('never changes the input file', () => {
    expect(sha256(input)).toBe(inputHash);
  });

  it('writes <input>-tiered.xlsx next to the input by default', async () => {
    const run = await runCli(['clients.xlsx'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'clients-tiered.xlsx'))).toBe(true);
    expect(run.stdout).toContain(path.join(dir, 'clients-tiered.xlsx'));
    expect(sha256(input)).toBe(inputHash);
  });

  it('keeps every sheet of the input and adds model, summary, strategy and log sheets, never reusing a user sheet name', async () => {
    expect((await load(zhOut)).worksheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, ...ZH_ADDED]);
    expect((await load(enOut)).worksheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, ...EN_ADDED]);
  });

  it('copies the input sheets cell for cell: values, formulas and styles', async () => {
    const before = await load(input);
    const after = await load(zhOut);
    for (const name of [CLIENT_SHEET, '分级汇总', 'Notes']) {
      const a = sheet(before, name);
      const b = sheet(after, name);
      a.eachRow((row, r) => row.eachCell((cell, c) => {
        expect({ at: `${name}!${cell.address}`, value: b.getCell(r, c).value }).toEqual({ at: `${name}!${cell.address}`, value: cell.value });
        expect(b.getCell(r, c).style).toEqual(cell.style);
      }));
    }
    expect(sheet(after, 'Notes').getCell('A1').value).toEqual({ formula: 'SUM(Clients!C3:C10)', result: 7_251_574.5 });
    expect(sheet(after, 'Notes').getCell('A2').font).toEqual({ italic: true });
    expect(sheet(after, '分级汇总').getCell('A1').value).toBe('这是用户自己的汇总');
    expect(sheet(after, CLIENT_SHEET).hasMerges).toBe(true);
  });

  it('appends score, tier and issues after the last used column, headers in the header row, in either language', async () => {
    for (const [file, headers] of [[zhOut, ['综合得分', '客户等级', '数据问题']], [enOut, ['Tier Score', 'Tier', 'Data Issues']]] as const) {
      const s = sheet(await load(file), CLIENT_SHEET);
      expect([1, 2, 3].map((k) => s.getCell(HEADER_ROW, LAST_USED_COLUMN + k).value)).toEqual(headers);
      expect(s.getCell(HEADER_ROW, LAST_USED_COLUMN + 1).font?.bold).toBe(true);
      expect(s.getCell(1, LAST_USED_COLUMN + 1).value).toBeNull();
      expect(lastValueColumn(s)).toBe(LAST_USED_COLUMN + FIRST_RUN_COLUMNS);
    }
  });

  it('writes each client row its score (format 0.00), tier and issues, matching the JSON report', async () => {
    const s = sheet(await load(zhOut), CLIENT_SHEET);
    for (const client of zhJson.clients) {
      const score = s.getCell(client.row, LAST_USED_COLUMN + 1);
      expect(score.value).toBeCloseTo(client.score as number, 9);
      expect(score.numFmt).toBe('0.00');
      expect(s.getCell(client.row, LAST_USED_COLUMN + 2).value).toBe(client.tier);
    }
    const issueText = (row: number): unknown => s.getCell(row, LAST_USED_COLUMN + 3).value;
    expect(issueText(8)).toEqual(expect.stringContaining('待补充'));
    expect(issueText(8)).toEqual(expect.stringContaining('310000000006'));
    expect(issueText(3)).toBeNull();
  });

  it('formats the added sheets: bold headers, frozen header rows, widths', async () => {
    const wb = await load(zhOut);
    const summary = sheet(wb, '分级汇总 (2)');
    expect(summary.getCell('A2').value).toBe('等级');
    expect(summary.getCell('A2').font?.bold).toBe(true);
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(summary.getCell('C3').numFmt).toBe('0.0%');
    expect(summary.getColumn(1).width).toBe(14);
    const log = sheet(wb, '运行日志');
    expect(log.getCell('A2').value).toBe('2026-06-30T09:30:00.000Z');
    expect(log.getCell('B2').value).toBe('tester');
  });

  it('marks its sheets and columns with workbook names, and names the model range', async () => {
    const names = definedNames(await load(zhOut));
    expect(names).toMatchObject({
      _TierBook_sheet_model: ["'分级模型'!$A$1"],
      _TierBook_sheet_summary: ["'分级汇总 (2)'!$A$1"],
      _TierBook_sheet_strategy: ["'服务策略'!$A$1"],
      _TierBook_sheet_log: ["'运行日志'!$A$1"],
      // ExcelJS writes plain ASCII sheet names unquoted.
      _TierBook_col_score: [`${CLIENT_SHEET}!$J$2`],
      _TierBook_col_tier: [`${CLIENT_SHEET}!$K$2`],
      _TierBook_col_issues: [`${CLIENT_SHEET}!$L$2`],
    });
    expect(names.TierBook_Model?.[0]).toMatch(/^'分级模型'!\$A\$1:\$J\$\d+$/u);
  });

  it('keeps text that starts with =, +, - or @ as text in every sheet, client data and tier names alike', async () => {
    const model: TierModel = {
      ...createDefaultModel(),
      tiers: [{ name: '=HYPERLINK("http://t.example","VIP")', minScore: 60 }, { name: '+Plus', minScore: 30 }, { name: '@Base', minScore: 0 }],
    };
    const modelPath = path.join(dir, 'formula-tiers.json');
    fs.writeFileSync(modelPath, JSON.stringify(model));
    for (const mode of ['values', 'portable'] as const) {
      const out = path.join(dir, `formula-like-${mode}.xlsx`);
      expect((await runCli([input, '--model', modelPath, '-o', out, '--formulas', mode])).code).toBe(0);
      const cells = await readXlsxCells(out);
      const sheetsWithHyperlinkText: string[] = [];
      for (const [name, list] of cells) {
        for (const cell of list) {
          if (cell.formula !== undefined) expect({ name, ref: cell.ref, formula: cell.formula }).not.toEqual(expect.objectContaining({ formula: expect.stringMatching(/HYPERLINK/u) }));
          // A portable tier formula may compute the text "=HYPERLINK(…)": its result is text, its formula has none of it.
          const isNumber = cell.type === undefined || cell.type === 'n'; // portable snapshots hold −v numbers
          if (cell.text !== undefined && /^[=+\-@]/u.test(cell.text) && cell.formula === undefined && !isNumber) {
            expect({ mode, name, ref: cell.ref, type: cell.type, text: cell.text }).toEqual({ mode, name, ref: cell.ref, type: "s", text: cell.text });
          }
        }
        if (list.some((c) => c.text?.includes('HYPERLINK'))) sheetsWithHyperlinkText.push(name);
      }
      expect(sheetsWithHyperlinkText).toEqual([CLIENT_SHEET, '分级模型', '分级汇总 (2)', '客户分组', '服务策略', '策略-=HYPERLINK("http___t.example', '运行日志', '回访计划', '客户经理负荷', '客户经理名册', '效果历史', '效果评估', '客户快照']);
      const client = cells.get(CLIENT_SHEET) ?? [];
      expect(client.find((c) => c.ref === 'B4')).toEqual({ ref: 'B4', type: 's', formula: undefined, text: HYPERLINK_NAME });
      expect(client.filter((c) => /^[JK]\d+$/u.test(c.ref) && c.text?.startsWith('=HYPERLINK')).length).toBeGreaterThan(0);
      const reloaded = sheet(await load(out), CLIENT_SHEET);
      expect(reloaded.getCell('B4').type).toBe(ExcelJS.ValueType.String);
      expect(reloaded.getCell('B4').value).toBe(HYPERLINK_NAME);
    }
  });

  it('in live mode writes the TIER.* formulas of the plan, with the engine results cached', async () => {
    const out = path.join(dir, 'live.xlsx');
    expect((await runCli([input, '-o', out, '--formulas', 'live'])).code).toBe(0);
    const wb = await load(out);
    const s = sheet(wb, CLIENT_SHEET);
    const first = HEADER_ROW + 1;
    const score = s.getCell(first, LAST_USED_COLUMN + 1).value as ExcelJS.CellFormulaValue;
    expect(score.formula).toMatch(/^TIER\.SCORES\('?Clients'?!\$A\$2:\$I\$10,TierBook_Model\)$/u);
    expect(score.result).toBeCloseTo(zhJson.clients[0].score as number, 9);
    expect(s.getCell(first, LAST_USED_COLUMN + 2).value).toEqual({ formula: 'TIER.TIERS(J3#,TierBook_Model)', result: zhJson.clients[0].tier });
    expect(s.getCell(first + 1, LAST_USED_COLUMN + 1).value).toBeNull(); // the rest of the column is the spill
    expect(s.getCell(8, LAST_USED_COLUMN + 3).value).toEqual(expect.stringContaining('待补充'));
    expect(await readXlsxPart(out, 'xl/workbook.xml')).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/u); // computed on open
  });

  describe('run again on its own output', () => {
    let again: string;

    beforeAll(async () => {
      again = path.join(dir, 'again.xlsx');
      expect((await runCli([zhOut, '-o', again, '--formulas', 'values'])).code).toBe(0);
    });

    it('replaces its own columns and sheets instead of adding more, and leaves user sheets alone', async () => {
      const first = await load(zhOut);
      const second = await load(again);
      // The same sheets, plus the migration sheet a re-run adds; the columns once each, plus the two migration ones.
      expect(second.worksheets.map((s) => s.name)).toEqual([...first.worksheets.map((s) => s.name), '等级迁移']);
      expect(lastValueColumn(sheet(second, CLIENT_SHEET))).toBe(LAST_USED_COLUMN + RERUN_COLUMNS);
      expect(sheet(second, CLIENT_SHEET).getCell(HEADER_ROW, LAST_USED_COLUMN + 1).value).toBe('综合得分');
      expect(sheet(second, '分级汇总').getCell('A1').value).toBe('这是用户自己的汇总');
      expect(Object.keys(definedNames(second)).sort()).toEqual([...Object.keys(definedNames(first)),
        '_TierBook_col_previousTier', '_TierBook_col_tierChange', '_TierBook_sheet_migration'].sort());
      for (const client of zhJson.clients) {
        expect(sheet(second, CLIENT_SHEET).getCell(client.row, LAST_USED_COLUMN + 2).value).toBe(client.tier);
      }
    });

    it('appends to the run log', async () => {
      const log = sheet(await load(again), '运行日志');
      expect(log.actualRowCount).toBe(3);
      expect(log.getCell('A1').value).toBe('时间');
      expect(log.getCell('D3').value).toBe(CLIENT_SHEET);
    });

    it('switches language in place: new headers and sheet contents, each sheet under its name, the log kept and continued', async () => {
      const english = path.join(dir, 'again-en.xlsx');
      expect((await runCli([again, '-o', english, '--lang', 'en-US'])).code).toBe(0);
      const wb = await load(english);
      // A sheet TierBook wrote before keeps its current name (the engine's sheet actions, as in the add-in): the
      // user may have given it that name.
      expect(wb.worksheets.map((s) => s.name)).toEqual([...INPUT_SHEETS, ...ZH_ADDED, '等级迁移']);
      const s = sheet(wb, CLIENT_SHEET);
      expect([1, 2, 3].map((k) => s.getCell(HEADER_ROW, LAST_USED_COLUMN + k).value)).toEqual(['Tier Score', 'Tier', 'Data Issues']);
      expect(lastValueColumn(s)).toBe(LAST_USED_COLUMN + RERUN_COLUMNS);
      expect(sheet(wb, '运行日志').actualRowCount).toBe(4);
    });

    it('recognises its sheets by marker after the user renames them', async () => {
      const renamed = path.join(dir, 'renamed.xlsx');
      const wb = await load(again);
      sheet(wb, '分级汇总 (2)').name = '我的汇总';
      // Excel rewrites names that point at a renamed sheet; ExcelJS does not, so do what Excel would.
      wb.definedNames.model = wb.definedNames.model.map((n) => ({ ...n, ranges: n.ranges.map((r) => r.replace("'分级汇总 (2)'!", "'我的汇总'!")) }));
      await wb.xlsx.writeFile(renamed);
      const out = path.join(dir, 'renamed-out.xlsx');
      expect((await runCli([renamed, '-o', out])).code).toBe(0);
      const names = (await load(out)).worksheets.map((s) => s.name);
      // Found by its marker and rewritten under the user's name, at its tab position, as the add-in does.
      expect(names).toEqual([...INPUT_SHEETS, ...ZH_ADDED.map((n) => (n === '分级汇总 (2)' ? '我的汇总' : n)), '等级迁移']);
    });
  });

  it('draws progress on stderr only when it is a terminal', async () => {
    const tty = await runCli([input, '-o', path.join(dir, 'tty.xlsx')], { stderrIsTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('\r');
    expect(tty.stderr).toContain('100%');
    expect(tty.stdout.startsWith('TierBook')).toBe(true);
    const piped = await runCli([input, '-o', path.join(dir, 'piped.xlsx')], { stderrIsTTY: false });
    expect(piped.stderr).toBe('');
  });

  it('prints a summary naming the sheet, header row, factor columns, tiers and output', async () => {
    const run = await runCli([input, '-o', path.join(dir, 'summary.xlsx'), '--lang', 'en-US']);
    expect(run.stdout).toContain(`Sheet: ${CLIENT_SHEET} (header at row ${HEADER_ROW}, ${CLIENTS.length} rows read)`);
    expect(run.stdout).toMatch(/Asset size\s+← 总资产 \(exact match\)/u);
    expect(run.stdout).toMatch(/Client id\s+← 客户号 \(exact match\)/u);
    for (const t of zhJson.tiers) expect(run.stdout).toMatch(new RegExp(`${t.name} \\([A-Za-z]+\\)\\s+${t.count}\\b`, 'u'));
    expect(run.stdout).toContain(`Output: ${path.join(dir, 'summary.xlsx')}`);
    expect(run.stdout).toContain(`Sheets added: ${EN_ADDED.join(', ')}`);
    expect(run.stdout).toContain('Model: the default five-factor model');
  });
});
