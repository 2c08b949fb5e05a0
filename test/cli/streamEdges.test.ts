import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { XMLValidator } from 'fast-xml-parser';
import { cellTagAttributes, cellsOf } from '../../src/cli/stream/sheetRow';
import { attributeOf, decodeExcelEscapes, decodeXmlEntities, escapeXmlText } from '../../src/cli/stream/xmlText';
import { createDefaultModel, type TierModel } from '../../src/engine';
import { writeMessyExportXlsx } from '../fixtures/messyExport';
import { expectedReport } from '../support/exceljsOracle';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { CLIENT_SHEET, HEADER_ROW, brokerWorkbook } from './brokerWorkbook';
import { type CliRun, parseJsonOutput, runCli, sha256 } from './runCli';
import { editXlsxPart, readXlsxCells, readXlsxPart } from './xlsxParts';
import { loadXlsx as load, sheetNamed as sheet } from './xlsxWorkbook';

// The runner's one reading path (the package reader and editor) on small workbooks: re-runs, languages, live
// formulas, what it copies unchanged, what it adds, and its errors. The tiers are checked against an independent
// oracle (ExcelJS reads the input, the engine tiers it: test/support/exceljsOracle.ts).

interface Zip {
  remove(name: string): Zip;
  file(name: string, data: string): Zip;
  generateAsync(options: { type: 'nodebuffer' }): Promise<Buffer>;
}
// jszip is ExcelJS's own dependency, loaded the way xlsxParts.ts loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require(require.resolve('jszip', { paths: [path.dirname(require.resolve('exceljs/package.json'))] })) as { loadAsync(data: Buffer): Promise<Zip> };

/** Deletes parts from a package, for inputs other writers produce (no shared strings, no styles). */
async function removeXlsxParts(file: string, ...parts: string[]): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  for (const part of parts) zip.remove(part);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

async function addXlsxPart(file: string, part: string, content: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  zip.file(part, content);
  fs.writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

async function hasPart(file: string, part: string): Promise<boolean> {
  return readXlsxPart(file, part).then(() => true, () => false);
}

/** A 1×1 transparent PNG, for an image the streaming path must carry over. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/**
 * The shared broker workbook, plus what the streaming path must carry over untouched: a header fill, conditional
 * formatting, data validation and an image.
 */
async function writeInput(file: string): Promise<void> {
  const wb = brokerWorkbook();
  const clients = wb.getWorksheet(CLIENT_SHEET) as ExcelJS.Worksheet;
  clients.getRow(HEADER_ROW).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  clients.addConditionalFormatting({ ref: 'C3:C10', rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: [1000000], priority: 1, style: { font: { bold: true } } }] });
  clients.getCell('F3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"C1,C2,C3,C4,C5"'] };
  clients.addImage(wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'N2:O4');
  await wb.xlsx.writeFile(file);
}



/** Every cell holding something in the given sheets: sheet!A1 → value, number format and bold. */
function sheetCells(wb: ExcelJS.Workbook, names: readonly string[], beforeColumn = Number.MAX_SAFE_INTEGER): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const name of names) {
    sheet(wb, name).eachRow((row) => row.eachCell((cell, c) => {
      if (c < beforeColumn) cells.set(`${name}!${cell.address}`, { value: cell.value, numFmt: cell.numFmt, bold: Boolean(cell.font?.bold) });
    }));
  }
  return cells;
}

/** One run writing `<name>-out.xlsx`; it must succeed. */
async function runOnce(dir: string, input: string, name: string, ...args: string[]): Promise<{ out: string; run: CliRun }> {
  const out = path.join(dir, `${name}-out.xlsx`);
  const run = await runCli([input, '-o', out, ...args]);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return { out, run };
}

/** The user's cells (the input sheets, left of TierBook's columns on the client sheet) are all in the output, unchanged. */
async function expectUserCellsKept(input: string, output: string, sheets: readonly string[], clientSheet: string, firstOutputColumn: number): Promise<void> {
  const before = await load(input);
  const after = await load(output);
  const others = sheets.filter((n) => n !== clientSheet);
  expect(sheetCells(after, others)).toEqual(sheetCells(before, others));
  expect(sheetCells(after, [clientSheet], firstOutputColumn)).toEqual(sheetCells(before, [clientSheet], firstOutputColumn));
}

/** What a first run adds after the input's sheets (the user's 分级汇总 makes ours 分级汇总 (2)). */
/** The follow-up loop's sheets (docs/tracking.md). */
const ZH_TRACKING = ['服务记录', '回访计划', '流失预警', '客户经理负荷', '客户经理名册', '效果历史', '效果评估', '客户快照'];
const ZH_ADDED = ['分级模型', '分级汇总 (2)', '客户分组', '服务策略', '策略-钻石', '策略-黄金', '策略-白银', '策略-普通', '策略模板', '合规检查', '运行日志', ...ZH_TRACKING];

describe('the streaming path on small workbooks', () => {
  let dir: string;
  let input: string;
  let inputHash: string;
  let first: { streamed: string; run: CliRun };

  beforeAll(async () => {
    dir = makeTempDir('tierbook-stream-edges-');
    input = path.join(dir, 'clients.xlsx');
    await writeInput(input);
    inputHash = sha256(input);
    const once = await runOnce(dir, input, 'first', '--json');
    first = { streamed: once.out, run: once.run };
  });
  afterAll(() => removeTempDir(dir));

  it('tiers as the independent ExcelJS-read oracle does, names the sheet read, and never changes the input', async () => {
    const json = parseJsonOutput(first.run.stdout);
    expect(json.sheet).toBe(CLIENT_SHEET);
    expect(json).toEqual(await expectedReport(input, CLIENT_SHEET));
    expect(sha256(input)).toBe(inputHash);
    const wb = await load(first.streamed);
    expect(wb.worksheets.map((s) => s.name)).toEqual([CLIENT_SHEET, '分级汇总', 'Notes', ...ZH_ADDED]);
    expect(Object.keys(Object.fromEntries(wb.definedNames.model.map((n) => [n.name, n.ranges]))).filter((n) => n.startsWith('_TierBook_sheet_')).length).toBe(ZH_ADDED.length);
  });

  it('copies the input sheets with their styles, merges, formulas, conditional formats, validation and image', async () => {
    const before = await load(input);
    const after = await load(first.streamed);
    for (const name of [CLIENT_SHEET, '分级汇总', 'Notes']) {
      sheet(before, name).eachRow((row, r) => row.eachCell((cell, c) => {
        expect({ at: `${name}!${cell.address}`, value: sheet(after, name).getCell(r, c).value }).toEqual({ at: `${name}!${cell.address}`, value: cell.value });
        expect(sheet(after, name).getCell(r, c).style).toEqual(cell.style);
      }));
    }
    const clientXml = await readXlsxPart(first.streamed, 'xl/worksheets/sheet1.xml');
    const inputXml = await readXlsxPart(input, 'xl/worksheets/sheet1.xml');
    for (const element of ['mergeCells', 'conditionalFormatting', 'dataValidations', 'drawing']) {
      const pattern = new RegExp(`<${element}\\b[\\s\\S]*?(?:</${element}>|/>)`, 'u');
      expect(clientXml.match(pattern)?.[0]).toBe(inputXml.match(pattern)?.[0]);
    }
    expect(await readXlsxPart(first.streamed, 'xl/media/image1.png')).toBe(await readXlsxPart(input, 'xl/media/image1.png'));
    for (const part of ['xl/worksheets/sheet2.xml', 'xl/worksheets/sheet3.xml', 'xl/theme/theme1.xml', 'xl/drawings/drawing1.xml']) {
      expect({ part, xml: await readXlsxPart(first.streamed, part) }).toEqual({ part, xml: await readXlsxPart(input, part) });
    }
  });

  it('writes well-formed XML in every part', async () => {
    const parts = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml',
      ...Array.from({ length: 3 + ZH_ADDED.length }, (_, k) => `xl/worksheets/sheet${k + 1}.xml`)];
    for (const part of parts) expect({ part, valid: XMLValidator.validate(await readXlsxPart(first.streamed, part)) }).toEqual({ part, valid: true });
  });

  it('keeps formula-like text as text in every sheet, client data and tier names alike', async () => {
    const model: TierModel = {
      ...createDefaultModel(),
      tiers: [{ name: '=HYPERLINK("http://t.example","VIP")', minScore: 60 }, { name: '+Plus', minScore: 30 }, { name: '@Base', minScore: 0 }],
    };
    const modelPath = path.join(dir, 'formula-tiers.json');
    fs.writeFileSync(modelPath, JSON.stringify(model));
    const out = path.join(dir, 'formula-like.xlsx');
    expect((await runCli([input, '--model', modelPath, '-o', out, '--formulas', 'values'])).code).toBe(0);
    const withHyperlinkText: string[] = [];
    for (const [name, cells] of await readXlsxCells(out)) {
      for (const cell of cells) {
        expect(cell.formula ?? '').not.toMatch(/HYPERLINK/u);
        if (cell.text !== undefined && /^[=+\-@]/u.test(cell.text)) expect({ name, ref: cell.ref, type: cell.type }).toEqual({ name, ref: cell.ref, type: 's' });
      }
      if (cells.some((c) => c.text?.includes('HYPERLINK'))) withHyperlinkText.push(name);
    }
    expect(withHyperlinkText).toEqual([CLIENT_SHEET, '分级模型', '分级汇总 (2)', '客户分组', '服务策略', '策略-=HYPERLINK("http___t.example', '运行日志', '回访计划', '客户经理负荷', '客户经理名册', '效果历史', '效果评估', '客户快照']);
  });

  it('writes live formulas with cached results and asks for a full recalculation on open', async () => {
    const live = { streamed: (await runOnce(dir, input, 'live', '--formulas', 'live')).out };
    await expectUserCellsKept(input, live.streamed, [CLIENT_SHEET, '分级汇总', 'Notes'], CLIENT_SHEET, 10);
    const score = sheet(await load(live.streamed), CLIENT_SHEET).getCell(HEADER_ROW + 1, 10).value as ExcelJS.CellFormulaValue;
    expect(score.formula).toMatch(/^TIER\.SCORES\(/u);
    expect(typeof score.result).toBe('number');
    expect(await readXlsxPart(live.streamed, 'xl/workbook.xml')).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/u);
  });

  it('writes --formulas portable output: native formulas beside the user\'s cells, which stay as they were', async () => {
    const portable = { streamed: (await runOnce(dir, input, 'portable', '--formulas', 'portable')).out };
    await expectUserCellsKept(input, portable.streamed, [CLIENT_SHEET, '分级汇总', 'Notes'], CLIENT_SHEET, 10);
    const score = sheet(await load(portable.streamed), CLIENT_SHEET).getCell(HEADER_ROW + 1, 10).value as ExcelJS.CellFormulaValue;
    expect(score.formula).toEqual(expect.any(String)); // a native formula, whatever its shape
  });

  it('re-runs on its own output: columns and sheets replaced, the log continued, the user\'s cells kept', async () => {
    const again = { streamed: (await runOnce(dir, first.streamed, 'again')).out };
    await expectUserCellsKept(input, again.streamed, [CLIENT_SHEET, '分级汇总', 'Notes'], CLIENT_SHEET, 10);
    const wb = await load(again.streamed);
    expect(sheet(wb, '运行日志').actualRowCount).toBe(3);
    expect(wb.worksheets.map((s) => s.name)).toEqual([CLIENT_SHEET, '分级汇总', 'Notes', ...ZH_ADDED, '等级迁移']);
    const english = { streamed: (await runOnce(dir, again.streamed, 'english', '--lang', 'en-US')).out };
    await expectUserCellsKept(input, english.streamed, [CLIENT_SHEET, '分级汇总', 'Notes'], CLIENT_SHEET, 10);
    const en = await load(english.streamed);
    // Every sheet an earlier run wrote keeps its current name (the engine's sheet actions, as in the add-in).
    expect(en.worksheets.map((s) => s.name)).toEqual([CLIENT_SHEET, '分级汇总', 'Notes', ...ZH_ADDED, '等级迁移']);
    expect([10, 11, 12].map((c) => sheet(en, CLIENT_SHEET).getCell(HEADER_ROW, c).value)).toEqual(['Tier Score', 'Tier', 'Data Issues']);
    expect(sheet(en, '运行日志').actualRowCount).toBe(4);
  });

  it('re-runs to the same styles part: no cell format or font is added again (issue 14 #13)', async () => {
    const second = (await runOnce(dir, first.streamed, 'styles-2')).out;
    const third = (await runOnce(dir, second, 'styles-3')).out;
    const counts = async (file: string): Promise<number[]> => {
      const xml = await readXlsxPart(file, 'xl/styles.xml');
      return ['cellXfs', 'fonts', 'numFmts'].map((e) => Number(new RegExp(`<${e} count="(\\d+)"`, 'u').exec(xml)?.[1] ?? 0));
    };
    expect(await counts(third)).toEqual(await counts(second));
    expect(await counts(second)).toEqual(await counts(first.streamed));
  });

  it('draws progress on stderr only when it is a terminal', async () => {
    const tty = await runCli([input, '-o', path.join(dir, 'tty.xlsx')], { stderrIsTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('\r');
    expect(tty.stderr).toContain('100%');
    const piped = await runCli([input, '-o', path.join(dir, 'piped.xlsx')]);
    expect(piped).toMatchObject({ code: 0, stderr: '' });
  });

  it('tiers the messy broker export as the independent oracle does, and keeps its cells', async () => {
    const messy = await writeMessyExportXlsx(dir);
    const { out, run } = await runOnce(dir, messy, 'messy', '--json', '--lang', 'en-US');
    const json = parseJsonOutput(run.stdout);
    expect(json).toEqual(await expectedReport(messy, json.sheet, { locale: 'en-US' }));
    const names = (await load(messy)).worksheets.map((s) => s.name);
    expect((await load(out)).worksheets.map((s) => s.name).slice(0, names.length)).toEqual(names);
  });
});

describe('the streaming path on unusual packages and bad inputs', () => {
  let dir: string;

  beforeAll(() => { dir = makeTempDir('tierbook-stream-bad-'); });
  afterAll(() => removeTempDir(dir));

  /** Exit 2, nothing on stdout, one line on stderr. */
  function failureLine(run: CliRun): string {
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    return run.stderr.trim();
  }

  it('reports a file that is not an .xlsx as unreadable, and a missing file as missing', async () => {
    const garbage = path.join(dir, 'garbage.xlsx');
    fs.writeFileSync(garbage, 'this is not a zip file');
    expect(failureLine(await runCli([garbage, '--lang', 'en-US']))).toMatch(/^tierbook: cannot read .*garbage\.xlsx \(not a valid \.xlsx file\?\)/u);
    expect(failureLine(await runCli([path.join(dir, 'missing.xlsx'), '--lang', 'en-US']))).toContain('input file not found');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('fails with one line naming the sheets when no sheet has the table, or --sheet names none', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRows([['x', 'y'], [1, 2]]);
    wb.addWorksheet('B').addRows([['客户号', '总资产'], ['1', 5]]);
    const noTable = path.join(dir, 'no-table.xlsx');
    await wb.xlsx.writeFile(noTable);
    expect(failureLine(await runCli([noTable, '--lang', 'en-US']))).toMatch(/^tierbook: no sheet holds the client table \(tried "A", "B"\); closest: /u);
    expect(failureLine(await runCli([noTable, '--lang', 'en-US', '--sheet', 'Nope']))).toBe('tierbook: no sheet named "Nope" in the workbook (it has "A", "B")');
    expect(failureLine(await runCli([noTable, '--lang', 'en-US', '--sheet', 'b']))).toMatch(/^tierbook: .*"B"/u); // any case finds B, which lacks columns
  });

  it('fails with NO_CLIENTS when the header has no rows below it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow(['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限']);
    const empty = path.join(dir, 'header-only.xlsx');
    await wb.xlsx.writeFile(empty);
    const line = failureLine(await runCli([empty, '--lang', 'en-US']));
    expect(line).toContain('no client rows below the header at row 1');
  });

  it('drops an earlier run\'s sheet the plan no longer has and re-points sheet-scoped names', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Clients').addRows([['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'], ['1', 100, 3, '基础理财', 'C2', 2], ['2', 900, 30, '专业投资', 'C4', 9]]);
    wb.addWorksheet('Old strategy').getCell('A1').value = 'from an earlier run';
    const notes = wb.addWorksheet('Notes');
    notes.getCell('A1').value = 'print me';
    notes.pageSetup.printArea = 'A1:B2';
    wb.definedNames.add("'Old strategy'!$A$1", '_TierBook_sheet_strategy_3a_65e7');
    const file = path.join(dir, 'old-sheet.xlsx');
    await wb.xlsx.writeFile(file);
    const runs = { streamed: (await runOnce(dir, file, 'old-sheet')).out };
    await expectUserCellsKept(file, runs.streamed, ['Clients', 'Notes'], 'Clients', 7);
    const out = await load(runs.streamed);
    expect(out.worksheets.map((s) => s.name)).toEqual(['Clients', 'Notes', '分级模型', '分级汇总', '客户分组', '服务策略', '策略-钻石', '策略-黄金', '策略-白银', '策略-普通', '策略模板', '合规检查', '运行日志', ...ZH_TRACKING]);
    expect(sheet(out, 'Notes').pageSetup.printArea).toBe('A1:B2');
    expect(await readXlsxPart(runs.streamed, 'xl/workbook.xml')).toMatch(/<definedName name="_xlnm.Print_Area" localSheetId="1">/u);
  });

  it('reads dates (times to the millisecond, 1900 and 1904 systems) as the oracle does, so a date factor scores the same', async () => {
    const base = createDefaultModel();
    const model: TierModel = { ...base, factors: base.factors.map((f) => (f.key === 'loyalty' ? { ...f, column: '开户日期' } : f)) };
    const modelPath = path.join(dir, 'by-open-date.json');
    fs.writeFileSync(modelPath, JSON.stringify(model));
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      const ws = wb.addWorksheet('S');
      ws.addRow(['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户日期']);
      for (let i = 1; i <= 300; i++) {
        // Serials finer than a millisecond, as Excel stores typed times: ExcelJS rounds them to the millisecond.
        const opened = i % 2 ? new Date(Date.UTC(1995 + (i % 30), i % 12, 1 + (i % 28), i % 24, (i * 7) % 60, (i * 13) % 60, (i * 37) % 1000)) : 36000 + i * 17.123456789;
        ws.addRow([String(i), 1000 * i, i % 17, i % 3 ? '基础理财' : '专业投资', `C${1 + (i % 5)}`, opened]).getCell(6).numFmt = 'yyyy-mm-dd hh:mm:ss.000';
      }
      const file = path.join(dir, `dates-${date1904 ? 1904 : 1900}.xlsx`);
      await wb.xlsx.writeFile(file);
      const { run } = await runOnce(dir, file, `dates-${date1904 ? 1904 : 1900}`, '--json', '--model', modelPath);
      const json = parseJsonOutput(run.stdout);
      expect(new Set(json.clients.map((c) => c.score)).size).toBeGreaterThan(250); // the dates do drive the scores
      expect(json).toEqual(await expectedReport(file, 'S', { model }));
    }
  });

  it('reads and extends a sheet written with a namespace prefix (<x:row>, <x:c>), as some generators write it', async () => {
    const file = path.join(dir, 'plain.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRows([['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'], ['1', 100, 3, '基础理财', 'C2', 2], ['2', 900, 30, '专业投资', 'C4', 9]]);
    await wb.xlsx.writeFile(file);
    const prefixed = path.join(dir, 'prefixed.xlsx');
    fs.copyFileSync(file, prefixed);
    await editXlsxPart(prefixed, 'xl/worksheets/sheet1.xml', (xml) => xml
      .replace(/<(\/?)(?!\?)([A-Za-z]+)(?=[\s/>])/gu, '<$1x:$2')
      .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'));
    expect(await readXlsxPart(prefixed, 'xl/worksheets/sheet1.xml')).toContain('<x:sheetData>');
    const plainRun = await runCli([file, '--json', '-o', path.join(dir, 'plain-out.xlsx')]);
    const out = path.join(dir, 'prefixed-out.xlsx');
    const prefixedRun = await runCli([prefixed, '--json', '-o', out]);
    expect(prefixedRun).toMatchObject({ code: 0, stderr: '' });
    expect(parseJsonOutput(prefixedRun.stdout)).toEqual(parseJsonOutput(plainRun.stdout));
    const xml = await readXlsxPart(out, 'xl/worksheets/sheet1.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    // The appended headers (G1 on: score, tier, issues, then the segment, suitability and compliance columns, 建议客户经理) end the header row.
    expect(xml).toMatch(/<x:c r="G1" s="\d+" t="s"><x:v>\d+<\/x:v><\/x:c><x:c r="H1"[^>]*><x:v>\d+<\/x:v><\/x:c><x:c r="I1"[^>]*><x:v>\d+<\/x:v><\/x:c>(?:<x:c r="[J-Q]1"[^>]*><x:v>\d+<\/x:v><\/x:c>){8}<\/x:row>/u);
    // The user's own width for column I stays; the columns after it get TierBook's.
    expect(xml).toContain('<x:cols><x:col min="9" max="9" width="40" customWidth="1"/><x:col min="10" max="10"');
    expect(xml).not.toMatch(/<c /u);
  });

  it('reads a package with inline strings and no shared-string or styles part, and adds both', async () => {
    const file = path.join(dir, 'inline.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRows([['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'], ['1', 100, 3, '基础理财', 'C2', 2], ['2', 900, 30, '专业投资', 'C4', 9]]);
    await wb.xlsx.writeFile(file);
    const shared = Array.from((await readXlsxPart(file, 'xl/sharedStrings.xml')).matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/gu), (m) => m[1]);
    await editXlsxPart(file, 'xl/worksheets/sheet1.xml', (xml) => xml
      .replace(/<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/gu, (_, ref: string, s = '', i: string) => `<c r="${ref}"${s} t="inlineStr"><is><t>${shared[Number(i)]}</t></is></c>`));
    await editXlsxPart(file, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(/<Relationship [^>]*(sharedStrings|styles)[^>]*\/>/gu, ''));
    await editXlsxPart(file, '[Content_Types].xml', (xml) => xml.replace(/<Override [^>]*(sharedStrings|styles)[^>]*\/>/gu, ''));
    await editXlsxPart(file, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(/ s="\d+"/gu, ''));
    await removeXlsxParts(file, 'xl/sharedStrings.xml', 'xl/styles.xml');
    const out = path.join(dir, 'inline-out.xlsx');
    const run = await runCli([file, '--json', '-o', out]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(parseJsonOutput(run.stdout).clients.map((c) => c.id)).toEqual(['1', '2']);
    const rels = await readXlsxPart(out, 'xl/_rels/workbook.xml.rels');
    expect(rels.match(/relationships\/sharedStrings"/gu)).toHaveLength(1);
    expect(rels.match(/relationships\/styles"/gu)).toHaveLength(1);
    const s = sheet(await load(out), 'S');
    expect(s.getCell('A2').value).toBe('1');
    expect(s.getCell('G1').value).toBe('综合得分');
    expect(s.getCell('G1').font?.bold).toBe(true);
  });
});

describe('macro-enabled workbooks', () => {
  it('drops the VBA project for an .xlsx output (the format may not hold one) and keeps it for an .xlsm output', async () => {
    const dir = makeTempDir('tierbook-stream-xlsm-');
    try {
      const file = path.join(dir, 'book.xlsm');
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('S').addRows([['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'], ['1', 100, 3, '基础理财', 'C2', 2]]);
      await wb.xlsx.writeFile(file);
      await addXlsxPart(file, 'xl/vbaProject.bin', 'not really VBA');
      await editXlsxPart(file, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace('</Relationships>',
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
      await editXlsxPart(file, '[Content_Types].xml', (xml) => xml
        .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
        .replace('</Types>', '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
      const xlsx = path.join(dir, 'out.xlsx');
      const xlsm = path.join(dir, 'out.xlsm');
      expect((await runCli([file, '-o', xlsx])).code).toBe(0);
      expect((await runCli([file, '-o', xlsm])).code).toBe(0);
      expect(await hasPart(xlsx, 'xl/vbaProject.bin')).toBe(false);
      expect(await readXlsxPart(xlsx, '[Content_Types].xml')).not.toMatch(/macroEnabled|vbaProject/u);
      expect(await readXlsxPart(xlsx, 'xl/_rels/workbook.xml.rels')).not.toContain('vbaProject');
      expect(await readXlsxPart(xlsm, 'xl/vbaProject.bin')).toBe('not really VBA');
      expect(await readXlsxPart(xlsm, '[Content_Types].xml')).toContain('macroEnabled');
      expect(await readXlsxPart(xlsm, 'xl/_rels/workbook.xml.rels')).toContain('vbaProject');
    } finally {
      removeTempDir(dir);
    }
  });
});

describe('XML read and written by hand', () => {
  it('round-trips text (entities, characters XML forbids, a literal "_xHHHH_") and reads tags whatever their spacing, quotes or prefix', () => {
    for (const text of ['a & b < c > d', 'bell\u0007 and vertical tab\u000B', 'literal _x0041_ stays', '客户 "引号" \'单引号\'', '\ttab\nnewline\r']) {
      const escaped = escapeXmlText(text);
      // eslint-disable-next-line no-control-regex -- none of the characters XML forbids may remain
      expect(escaped).not.toMatch(/[<>\u0000-\u0008\u000B\u000C\u000E-\u001F]/u);
      expect(decodeExcelEscapes(decodeXmlEntities(escaped))).toBe(text);
    }
    expect(attributeOf(`<c r='B7' t = "s">`, 't')).toBe('s');
    expect(attributeOf(`<c r='B7' t = "s">`, 'r')).toBe('B7');
    expect(attributeOf('<c r="B7">', 's')).toBeUndefined();
    expect(cellTagAttributes(`<x:c  r = 'C3'\n s="2" t="s">`)).toEqual({ ref: 'C3', style: '2', type: 's' });
    const row = '<x:row r="3"><x:c r="B3"><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c><x:c r="F3" t="s"/></x:row>';
    expect(cellsOf(row, 'x:').map((c) => [c.column, c.type, c.inner])).toEqual([[2, undefined, '<x:v>1</x:v>'], [3, undefined, '<x:v>2</x:v>'], [6, 's', undefined]]);
  });
});

describe('--stream and --no-stream', () => {
  it('are accepted and change nothing: every input takes the one package reader', async () => {
    const dir = makeTempDir('tierbook-stream-flags-');
    try {
      const file = path.join(dir, 'small.xlsx');
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('S').addRows([['客户号', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'], ['1', 100, 3, '基础理财', 'C2', 2], ['2', 900, 30, '专业投资', 'C4', 9]]);
      await wb.xlsx.writeFile(file);
      const runs = await Promise.all([[], ['--stream'], ['--no-stream']].map(async (flags, k) => {
        const run = await runCli([file, ...flags, '--json', '-o', path.join(dir, `out${k}.xlsx`)]);
        expect(run).toMatchObject({ code: 0, stderr: '' });
        return parseJsonOutput(run.stdout);
      }));
      expect(runs[1]).toEqual(runs[0]);
      expect(runs[2]).toEqual(runs[0]);
      expect(await readXlsxPart(path.join(dir, 'out2.xlsx'), 'xl/worksheets/sheet1.xml')).toBe(await readXlsxPart(path.join(dir, 'out0.xlsx'), 'xl/worksheets/sheet1.xml'));
    } finally {
      removeTempDir(dir);
    }
  });
});
