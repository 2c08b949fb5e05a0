import * as path from 'path';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { type CliJson, parseJsonOutput, runCli, sha256 } from './runCli';
import { expectedReport } from '../support/exceljsOracle';
import { readXlsxCells } from './xlsxParts';
import { loadXlsx as load, sheetNamed as sheetOf } from './xlsxWorkbook';

// The runner on a 50,000-client export: the tiers and issues an independent oracle gives (ExcelJS reads the
// input, the engine tiers it), every input cell kept, the input untouched, text kept as text and dates as dates.

const CLIENTS = 50_000;
const SHEET = '客户清单';
const HEADER_ROW = 2;
const HEADERS = ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '开户日期', '备注', '资产（万）'];
/** The last input column is J (资产（万）), so the plan's three columns are K, L and M. */
const FIRST_OUTPUT_COLUMN = HEADERS.length + 1;
const HYPERLINK = '=HYPERLINK("http://evil.example/steal","点我")';
const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
/** A row left out on purpose: a gap in the middle of the table. */
const GAP_ROW = HEADER_ROW + 20_000;

/** Deterministic pseudo-random numbers, so a failure is reproducible. */
function random(seed: number): () => number {
  let s = seed;
  return () => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s / 0x7fffffff; };
}

/**
 * A broker export written with ExcelJS's streaming writer: a notes sheet first (no client table: the header
 * search must skip it), then the client sheet with a merged title row, numbers as text, missing and unreadable
 * values, formula-like names, dates with times, a formula column with cached results, a duplicate id, a gap
 * and a totals row.
 */
async function writeLargeInput(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const notes = workbook.addWorksheet('说明');
  notes.addRow(['本文件由核心系统导出']).commit();
  notes.addRow([{ formula: '1+1', result: 2 }]).commit();
  notes.commit();
  const sheet = workbook.addWorksheet(SHEET);
  sheet.mergeCells('A1:F1');
  sheet.getCell('A1').value = 'XX证券 客户资产明细';
  sheet.getRow(1).commit();
  const header = sheet.getRow(HEADER_ROW);
  header.values = HEADERS;
  header.font = { bold: true };
  header.commit();
  const rand = random(7);
  for (let i = 1; i <= CLIENTS; i++) {
    const rowNumber = HEADER_ROW + i + (HEADER_ROW + i >= GAP_ROW ? 1 : 0);
    const assets = Math.round(Math.exp(9 + 3 * rand()) * 100) / 100;
    const assetsCell = i % 1000 === 0 ? `${(assets / 10000).toFixed(2)}万` : i % 997 === 0 ? null : i % 991 === 0 ? '待补充' : assets;
    const id = i % 1009 === 0 ? String(310000000000 + i - 1) : String(310000000000 + i);
    const opened = new Date(Date.UTC(1998 + Math.floor(rand() * 27), Math.floor(rand() * 12), 1 + Math.floor(rand() * 28), 9, 30, 15, 123));
    const row = sheet.getRow(rowNumber);
    row.values = [
      id, i % 499 === 0 ? HYPERLINK : `客户${i}`, assetsCell, Math.floor(rand() * 400), rand() < 0.2 ? '专业投资' : '基础理财',
      i % 1013 === 0 ? 'C9' : `C${1 + Math.floor(rand() * 5)}`, Math.round(rand() * 250) / 10, opened,
      i % 503 === 0 ? '+86 138 0000' : i % 509 === 0 ? '@VIP' : null,
      typeof assetsCell === 'number' ? { formula: `C${rowNumber}/10000`, result: assetsCell / 10000 } : null,
    ];
    row.getCell(8).numFmt = DATE_FORMAT;
    row.commit();
  }
  sheet.getRow(HEADER_ROW + CLIENTS + 2).values = ['合计', null, { formula: `SUM(C3:C${HEADER_ROW + CLIENTS + 1})`, result: 1 }];
  sheet.getRow(HEADER_ROW + CLIENTS + 2).commit();
  sheet.commit();
  await workbook.commit();
}



/** Every cell holding something, as "A1" → [value, number format]. */
function cellMap(sheet: ExcelJS.Worksheet): Map<string, [unknown, string | undefined]> {
  const cells = new Map<string, [unknown, string | undefined]>();
  sheet.eachRow((row) => row.eachCell((cell) => { cells.set(cell.address, [cell.value, cell.numFmt]); }));
  return cells;
}

describe('tierbook on a 50,000-client workbook', () => {
  let dir: string;
  let input: string;
  let inputHash: string;
  let streamed: string;
  let streamedJson: CliJson;
  let output: ExcelJS.Workbook;

  beforeAll(async () => {
    dir = makeTempDir('tierbook-stream-');
    input = path.join(dir, 'clients.xlsx');
    await writeLargeInput(input);
    inputHash = sha256(input);
    streamed = path.join(dir, 'streamed.xlsx');
    const streamRun = await runCli([input, '--json', '--formulas', 'values', '-o', streamed]);
    expect(streamRun).toMatchObject({ code: 0, stderr: '' });
    streamedJson = parseJsonOutput(streamRun.stdout);
    output = await load(streamed);
  }, 600_000);
  afterAll(() => removeTempDir(dir));

  it('reports exactly what the oracle reports: clients, tiers, excluded rows and issues', async () => {
    expect(streamedJson.clients).toHaveLength(CLIENTS);
    expect(streamedJson.excluded).toEqual([expect.objectContaining({ code: 'total_row', row: HEADER_ROW + CLIENTS + 2 })]);
    expect(streamedJson.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['missing_value', 'invalid_number', 'duplicate_id']));
    expect(streamedJson.clients.some((c) => c.row === GAP_ROW)).toBe(false);
    expect(streamedJson).toEqual(await expectedReport(input, SHEET));
  });

  it('never changes the input file', () => {
    expect(sha256(input)).toBe(inputHash);
  });

  it('opens with ExcelJS and holds the input sheets and the added ones', () => {
    const names = output.worksheets.map((s) => s.name);
    expect(names).toEqual(['说明', SHEET, '分级模型', '分级汇总', '客户分组', '服务策略', '策略-钻石', '策略-黄金', '策略-白银', '策略-普通', '策略模板', '合规检查', '运行日志',
      '服务记录', '回访计划', '流失预警', '客户经理负荷', '客户经理名册', '效果历史', '效果评估', '客户快照']); // the follow-up loop (docs/tracking.md)
    expect(sheetOf(output, '分级汇总').getCell('A2').value).toBe('等级');
    expect(sheetOf(output, '运行日志').getCell('D2').value).toBe(SHEET);
  });

  it('appends the score, tier and issue columns with bold headers, matching the JSON row for row', () => {
    const sheet = sheetOf(output, SHEET);
    expect([0, 1, 2].map((k) => sheet.getCell(HEADER_ROW, FIRST_OUTPUT_COLUMN + k).value)).toEqual(['综合得分', '客户等级', '数据问题']);
    expect(sheet.getCell(HEADER_ROW, FIRST_OUTPUT_COLUMN).font?.bold).toBe(true);
    const written = streamedJson.clients.map((c) => {
      const score = sheet.getCell(c.row, FIRST_OUTPUT_COLUMN);
      return { row: c.row, score: score.value, format: score.numFmt, tier: sheet.getCell(c.row, FIRST_OUTPUT_COLUMN + 1).value };
    });
    expect(written).toEqual(streamedJson.clients.map((c) => ({ row: c.row, score: c.score, format: '0.00', tier: c.tier })));
    const missingIssues = streamedJson.issues.filter((i) => !String(sheet.getCell(i.row, FIRST_OUTPUT_COLUMN + 2).value).includes(i.problem));
    expect(missingIssues).toEqual([]);
  });

  it('holds every input cell of every input sheet, value and number format, beside the appended columns', async () => {
    const reference = await load(input);
    for (const name of ['说明', SHEET]) {
      const kept = new Map(Array.from(cellMap(sheetOf(output, name))).filter(([ref]) => name !== SHEET || Number(sheetOf(output, name).getCell(ref).col) < FIRST_OUTPUT_COLUMN));
      expect(kept).toEqual(cellMap(sheetOf(reference, name)));
    }
    expect(sheetOf(output, SHEET).getCell('A1').isMerged).toBe(true);
  });

  it('keeps dates as dates: same serial, same number format, read back as Date', async () => {
    const before = sheetOf(await load(input), SHEET);
    const after = sheetOf(output, SHEET);
    for (const row of [HEADER_ROW + 1, HEADER_ROW + 777, GAP_ROW + 1, HEADER_ROW + CLIENTS + 1]) {
      const cell = after.getCell(row, 8);
      expect(cell.value).toBeInstanceOf(Date);
      expect(cell.value).toEqual(before.getCell(row, 8).value);
      expect(cell.numFmt).toBe(DATE_FORMAT);
    }
  });

  it('keeps text that looks like a formula as text: shared strings, never an <f>', async () => {
    const cells = (await readXlsxCells(streamed)).get(SHEET) ?? [];
    const formulaLike = cells.filter((c) => c.text !== undefined && /^[=+\-@]/u.test(c.text));
    expect(formulaLike.length).toBeGreaterThan(CLIENTS / 499);
    for (const cell of formulaLike) expect({ ref: cell.ref, type: cell.type, formula: cell.formula }).toEqual({ ref: cell.ref, type: 's', formula: undefined });
    expect(cells.filter((c) => c.formula?.includes('HYPERLINK'))).toEqual([]);
    expect(sheetOf(output, SHEET).getCell(HEADER_ROW + 499, 2).value).toBe(HYPERLINK);
  });
});
