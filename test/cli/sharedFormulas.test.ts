/*
 * Portable output's score and tier columns as shared formulas (one master per column, copies below it): LibreOffice
 * recalculates them to the engine's tiers, and a client sheet that already holds shared formulas keeps them, with
 * the runner's taking indexes after the user's.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { makeTempDir, removeTempDir } from '../fixtures/writeGridXlsx';
import { recalculateXlsx } from '../support/libreoffice';
import { parseJsonOutput, runCli } from './runCli';

const SHEET = '客户清单';
const HEADER = ['客户号', '客户姓名', '总资产', '年交易次数', '客户需求', '风险等级', '开户年限', '备注'];
const CLIENTS = Array.from({ length: 40 }, (_, i) => [
  `3100000000${String(i + 10)}`, `客户${i}`, 50_000 + ((i * 7919) % 97) * 31_000, (i * 13) % 90, i % 3 === 0 ? '专业投资' : '基础理财', `C${1 + (i % 5)}`, 1 + (i % 17),
]);

let dir: string;
beforeAll(() => { dir = makeTempDir('tierbook-shared-formulas-'); });
afterAll(() => removeTempDir(dir));

/** The client table with the user's own shared formulas: 备注 (column H) = 总资产/10000 as si 0, and a second one as si 2. */
async function bookWithSharedFormulas(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(HEADER);
  CLIENTS.forEach((row, i) => {
    const r = ws.addRow(row);
    const assets = row[2] as number;
    r.getCell(8).value = i === 0 ? { formula: 'C2/10000', result: assets / 10000, shareType: 'shared', ref: `H2:H${CLIENTS.length + 1}` } as ExcelJS.CellValue
      : { sharedFormula: 'H2', result: assets / 10000 } as ExcelJS.CellValue;
  });
  await wb.xlsx.writeFile(file);
  // A second index the user's sheet holds, out of order (si="2"), as Excel leaves them after edits.
  const files = unzipSync(fs.readFileSync(file));
  const sheet = Buffer.from(files['xl/worksheets/sheet1.xml']).toString('utf8').replace('<f t="shared" ref="H2:H41" si="0">', '<f t="shared" ref="H2:H41" si="2">').replace(/si="0"\/>/gu, 'si="2"/>');
  expect(sheet).toContain('si="2"');
  fs.writeFileSync(file, zipSync({ ...files, 'xl/worksheets/sheet1.xml': strToU8(sheet) }));
}

/** Every `<f>` of the client sheet part: its si, whether it is a master, and its text. */
function sharedFormulas(file: string): { si: number; master: boolean }[] {
  const xml = Buffer.from(unzipSync(fs.readFileSync(file))['xl/worksheets/sheet1.xml']).toString('utf8');
  return Array.from(xml.matchAll(/<f t="shared"(?: ref="[^"]+")? si="(\d+)"(\/)?>/gu), (m) => ({ si: Number(m[1]), master: m[2] === undefined }));
}

describe('shared formulas in the client sheet', () => {
  it('writes score and tier as two shared formulas after the user\'s index, keeps the user\'s, and LibreOffice recalculates all of them', async () => {
    const input = path.join(dir, 'shared.xlsx');
    await bookWithSharedFormulas(input);
    const out = path.join(dir, 'shared-out.xlsx');
    const run = await runCli([input, '-o', out, '--formulas', 'portable', '--json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const json = parseJsonOutput(run.stdout);
    expect(json.clients).toHaveLength(CLIENTS.length);

    const formulas = sharedFormulas(out);
    const masters = formulas.filter((f) => f.master).map((f) => f.si);
    expect(masters).toEqual([2, 3, 4]); // the user's si 2 on row 2, then score and tier take 3 and 4
    for (const si of [2, 3, 4]) expect(formulas.filter((f) => f.si === si && !f.master)).toHaveLength(CLIENTS.length - 1);

    // ExcelJS fills each copy down from its master: row 41's tier formula reads row 41's score.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const sheet = book.getWorksheet(SHEET);
    expect(sheet?.getCell('J41').formula).toMatch(/ISNUMBER\(I41\)/u);
    expect(sheet?.getCell('H41').formula).toBe('C41/10000');

    const recalculated = await recalculateXlsx(out, { timeoutMs: 240_000 });
    const values = recalculated.sheet(SHEET).values;
    expect(values[0].slice(7, 10)).toEqual(['备注', '综合得分', '客户等级']);
    for (const client of json.clients) {
      const row = values[client.row - 1];
      expect([client.row, row[9]]).toEqual([client.row, client.tier]);
      expect(Math.abs((row[8] as number) - (client.score as number))).toBeLessThan(1e-9);
      expect(row[7]).toBeCloseTo((CLIENTS[client.row - 2][2] as number) / 10000, 9);
    }
  }, 240_000);
});
