import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { jsonReport } from '../../src/cli/jsonReport';
import {
  HEADER_SEARCH_ROWS, buildClientTable, createDefaultModel, locateSheetLayout, tierClientTable, type CellValue,
} from '../../src/engine';
import { excelSerialOfDate } from '../support/exceljsCell';
import { recalculateXlsx } from '../support/libreoffice';
import { namespaceProblems } from '../support/xmlNamespaces';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { brokerWorkbook, CLIENT_SHEET } from './brokerWorkbook';
import { gridOf, readPackageRows } from './packageRows';
import { type CliJson, parseJsonOutput, runCli } from './runCli';

// The runner's one reader on files as other programs write them (test/fixtures/writers/make_fixtures.py wrote the
// committed ones with openpyxl, xlsxwriter, pandas and LibreOffice; ExcelJS and Open XML SDK-style packages are
// built here): the same tiers from each, every part it writes namespace-well-formed, and LibreOffice opens the output.

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'writers');
const SHEET = '客户清单';
const HEADER = ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限'];
/** The client table every fixture holds (make_fixtures.py CLIENTS, without the opening date). */
const CLIENTS: CellValue[][] = [
  ['310000000001', '张伟', 1520000.5, 48, '专业投资', 'C4', 12.5],
  ['310000000002', '王芳', 86000, 0, '基础理财', 'C2', 3],
  ['310000000003', '李娜', 420000, 15, '基础理财', 'C3', 0],
  ['310000000004', '刘洋', 9800000, 130, '专业投资', 'C5', 20],
  ['310000000005', '陈静', 0, 2, '基础理财', 'C1', 1],
  ['310000000006', '杨磊', 230000, 33, '专业投资', 'C3', 7],
  ['310000000007', '赵敏', 3100000, 75, '专业投资', 'C4', 15],
  ['310000000008', '黄勇', 56000, 5, '基础理财', 'C2', 2.5],
];

/** What the engine gives for the table itself: the tiers every writer's file must give. */
function expectedClients(): Pick<CliJson, 'clients' | 'tiers'> {
  const model = createDefaultModel();
  const grid = [HEADER, ...CLIENTS];
  const layout = locateSheetLayout(grid.slice(0, HEADER_SEARCH_ROWS), model, SHEET);
  const report = jsonReport(tierClientTable(buildClientTable(grid, layout, model, SHEET), model), 'zh-CN', SHEET);
  return { clients: [...report.clients], tiers: [...report.tiers] };
}

/** Every XML part of a package and its namespace problems, for the parts that have any. */
function partsWithProblems(file: string): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const [name, data] of Object.entries(unzipSync(fs.readFileSync(file)))) {
    if (!/\.(xml|rels)$/u.test(name)) continue;
    const found = namespaceProblems(Buffer.from(data).toString('utf8'));
    if (found.length > 0) problems[name] = found;
  }
  return problems;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/**
 * A package as the Open XML SDK's strongly-typed classes write it: every SpreadsheetML element `x:`-prefixed,
 * `xmlns:r` declared on `<x:sheets>` rather than the root, absolute relationship targets, no `<dimension>`, rows
 * and cells without `r`, a shared formula whose cached results include 0, and shared strings in their own default
 * namespace declaration.
 */
function sdkStylePackage(file: string): void {
  const strings = [...HEADER, ...CLIENTS.flatMap((row) => row.filter((v): v is string => typeof v === 'string'))];
  const unique = Array.from(new Set(strings));
  const cell = (value: CellValue, column: number, row: number): string => {
    if (typeof value === 'string') return `<x:c t="s"><x:v>${unique.indexOf(value)}</x:v></x:c>`;
    if (column === 3) { // 年交易次数 as one shared formula with cached results
      return row === 2 ? `<x:c><x:f t="shared" ref="D2:D9" si="0">${String(value)}+0*A2</x:f><x:v>${String(value)}</x:v></x:c>` : `<x:c><x:f t="shared" si="0"/><x:v>${String(value)}</x:v></x:c>`;
    }
    return `<x:c><x:v>${String(value)}</x:v></x:c>`;
  };
  const rows = [HEADER, ...CLIENTS].map((values, r) => `<x:row>${values.map((v, c) => cell(v, c, r + 1)).join('')}</x:row>`).join('');
  const files: Record<string, string> = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG_RELS}"><Relationship Type="${RELS}/officeDocument" Target="/xl/workbook.xml" Id="R1"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:x="${MAIN}"><x:sheets xmlns:r="${RELS}"><x:sheet name="${SHEET}" sheetId="1" r:id="R5"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG_RELS}">`
      + `<Relationship Type="${RELS}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="R5"/><Relationship Type="${RELS}/sharedStrings" Target="/xl/sharedStrings.xml" Id="R6"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rows}</x:sheetData></x:worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="${MAIN}">${unique.map((s) => `<si xmlns="${MAIN}"><t>${s}</t></si>`).join('')}</x:sst>`,
  };
  fs.writeFileSync(file, zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)]))));
}

/** ExcelJS: shared formulas (a master and its followers) with cached results, rich text in the names. */
async function exceljsBook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(HEADER);
  CLIENTS.forEach((row, i) => {
    const r = ws.addRow(row);
    r.getCell(2).value = { richText: [{ text: String(row[1]).slice(0, 1), font: { bold: true } }, { text: String(row[1]).slice(1) }] };
    r.getCell(4).value = i === 0 ? { formula: `${String(row[3])}+0*A2`, result: row[3] as number, shareType: 'shared', ref: 'D2:D9' } as ExcelJS.CellValue
      : { sharedFormula: 'D2', result: row[3] as number } as ExcelJS.CellValue;
  });
  await wb.xlsx.writeFile(file);
}

describe('files as other programs write them, through the one package reader', () => {
  let dir: string;
  const expected = expectedClients();
  const inputs: Record<string, string> = {};
  const outputs: Record<string, string> = {};

  beforeAll(async () => {
    dir = makeTempDir('tierbook-writers-');
    for (const name of ['openpyxl', 'openpyxl-1904', 'xlsxwriter', 'xlsxwriter-inline', 'pandas', 'libreoffice']) inputs[name] = path.join(FIXTURES, `${name}.xlsx`);
    inputs.exceljs = path.join(dir, 'exceljs.xlsx');
    await exceljsBook(inputs.exceljs);
    inputs['sdk-style'] = path.join(dir, 'sdk-style.xlsx');
    sdkStylePackage(inputs['sdk-style']);
  });
  afterAll(() => removeTempDir(dir));

  it.each(['openpyxl', 'openpyxl-1904', 'xlsxwriter', 'xlsxwriter-inline', 'pandas', 'libreoffice', 'exceljs', 'sdk-style'])(
    '%s: tiers the visible client sheet to the same scores and tiers, and says which sheet it read', async (name) => {
      const out = path.join(dir, `${name}-out.xlsx`);
      const run = await runCli([inputs[name], '--json', '-o', out]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const json = parseJsonOutput(run.stdout);
      expect({ sheet: json.sheet, clients: json.clients, tiers: json.tiers }).toEqual({ sheet: SHEET, ...expected });
      outputs[name] = out;
    });

  it.each(['openpyxl', 'pandas', 'xlsxwriter', 'libreoffice', 'exceljs', 'sdk-style'])(
    '%s: every XML part of the output parses with its namespaces in scope', (name) => {
      expect(partsWithProblems(outputs[name])).toEqual({});
    });

  it('reads cached formula results of every type as what they are: 0, FALSE and "" (xlsxwriter, LibreOffice)', async () => {
    for (const name of ['xlsxwriter', 'libreoffice']) {
      const [sheet] = await readPackageRows(inputs[name]);
      const row3 = sheet.rows.get(3) ?? [];
      expect({ name, trades: row3[3], zero: row3[8], no: row3[9], empty: row3[10] }).toEqual({ name, trades: 0, zero: 0, no: false, empty: '' });
    }
  });

  it('reads rich text as its text, inline strings, and dates in the 1900 and 1904 systems', async () => {
    expect((await readPackageRows(inputs.xlsxwriter))[0].rows.get(2)?.[1]).toBe('张伟');
    expect((await readPackageRows(inputs['xlsxwriter-inline']))[0].rows.get(2)?.[1]).toBe('张伟');
    const opened = new Date(Date.UTC(2012, 2, 5));
    const plain = (await readPackageRows(inputs.openpyxl)).find((s) => s.name === SHEET);
    const mac = (await readPackageRows(inputs['openpyxl-1904'])).find((s) => s.name === SHEET);
    expect(plain?.rows.get(2)?.[7]).toBe(excelSerialOfDate(opened, false));
    expect(mac?.rows.get(2)?.[7]).toBe(excelSerialOfDate(opened, true));
  });

  it('reads rows and cells without r, x:-prefixed parts and absolute targets (Open XML SDK style) as the plain grid', async () => {
    const [sheet] = await readPackageRows(inputs['sdk-style']);
    expect(gridOf(sheet.rows)).toEqual([HEADER, ...CLIENTS]);
  });

  it('skips a hidden sheet ahead of the client sheet, and reads it when --sheet names it (issue 14 #1)', async () => {
    const sheets = await readPackageRows(inputs.openpyxl);
    expect(sheets.map((s) => [s.name, s.visible])).toEqual([['旧名单', false], [SHEET, true]]);
    const run = await runCli([inputs.openpyxl, '--json', '--sheet', '旧名单', '-o', path.join(dir, 'hidden-out.xlsx')]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const json = parseJsonOutput(run.stdout);
    expect({ sheet: json.sheet, ids: json.clients.map((c) => c.id) }).toEqual({ sheet: '旧名单', ids: ['999000000001'] });
  });

  it('refuses --sheet naming one of TierBook\'s own output sheets, with one line and exit 2 (issue 14 #10)', async () => {
    for (const own of ['分级汇总', '分级模型']) {
      const run = await runCli([outputs.openpyxl, '--sheet', own, '--lang', 'en-US', '-o', path.join(dir, 'own-out.xlsx')]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`tierbook: "${own}" is an output sheet an earlier TierBook run wrote, not a client table: give --sheet the sheet that holds the client list\n`);
    }
    expect(fs.existsSync(path.join(dir, 'own-out.xlsx'))).toBe(false);
  });
});

describe('client ids in the strategy sheets (issue 14 #12)', () => {
  it('keeps numeric ids numbers, in the client sheet\'s 000000000000 format, so lookups back to the client sheet match', async () => {
    const dir = makeTempDir('tierbook-writers-ids-');
    try {
      const out = path.join(dir, 'ids-out.xlsx');
      const run = await runCli([path.join(FIXTURES, 'numeric-ids.xlsx'), '--json', '-o', out]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      const json = parseJsonOutput(run.stdout);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const written: { value: unknown; numFmt: string }[] = [];
      for (const sheet of wb.worksheets.filter((s) => s.name.startsWith('策略-'))) {
        let header = 0;
        sheet.eachRow((row, r) => { if (row.getCell(1).value === '客户号') header = r; });
        sheet.eachRow((row, r) => { if (header > 0 && r > header) written.push({ value: row.getCell(1).value, numFmt: row.getCell(1).numFmt }); });
      }
      expect(written.map((w) => w.value).sort()).toEqual(json.clients.map((c) => Number(c.id)).sort());
      expect(new Set(written.map((w) => w.numFmt))).toEqual(new Set(['000000000000']));
    } finally {
      removeTempDir(dir);
    }
  });
});

describe('LibreOffice opens what the runner writes', () => {
  let dir: string;
  beforeAll(() => { dir = makeTempDir('tierbook-writers-lo-'); });
  afterAll(() => removeTempDir(dir));

  async function brokerInput(): Promise<string> {
    const file = path.join(dir, 'broker.xlsx');
    await brokerWorkbook().xlsx.writeFile(file);
    return file;
  }

  it.each([
    ['openpyxl', () => Promise.resolve(path.join(FIXTURES, 'openpyxl.xlsx')), SHEET],
    ['pandas', () => Promise.resolve(path.join(FIXTURES, 'pandas.xlsx')), SHEET],
    ['the broker workbook', brokerInput, CLIENT_SHEET],
    ['the sample', () => Promise.resolve(path.join(__dirname, '..', '..', 'samples', 'clients.xlsx')), '客户清单'],
  ])('%s: the output converts with soffice --headless and holds the tiers', async (_label, input, clientSheet) => {
    const out = path.join(dir, `${_label.replace(/\s/gu, '-')}-out.xlsx`);
    const run = await runCli([await input(), '-o', out, '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const json = parseJsonOutput(run.stdout);
    expect(partsWithProblems(out)).toEqual({});
    const loaded = await recalculateXlsx(out, { recalc: 'never' });
    const names = loaded.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([clientSheet, '分级汇总', '运行日志']));
    const client = loaded.sheets.find((s) => s.name === clientSheet);
    const tiers = (client?.values ?? []).flat();
    expect(tiers).toEqual(expect.arrayContaining(['客户等级', json.clients[0].tier]));
  }, 240_000);
});
