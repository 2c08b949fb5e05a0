/**
 * The bundled sample saved as a text export, in each encoding brokers' systems write (UTF-8 with and without BOM,
 * GB18030, UTF-16 LE and BE with BOM) and with each delimiter: the same clients, rows, scores and tiers as the .xlsx.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { makeTempDir, removeTempDir } from '../../fixtures/writeGridXlsx';
import { parseJsonOutput, runCli, sha256, type CliJson } from '../runCli';
import { encodeGb18030, encodeUtf16, sheetAsCsv, writeBytes } from './textExports';

const SAMPLE = path.resolve(__dirname, '..', '..', '..', 'samples', 'clients.xlsx');

describe('tierbook on the sample saved as CSV', () => {
  let dir: string;
  let csv: string;
  let expected: CliJson;
  beforeAll(async () => {
    dir = makeTempDir('tierbook-csv-sample-');
    csv = await sheetAsCsv(SAMPLE);
    const run = await runCli([SAMPLE, '--json', '-o', path.join(dir, 'from-xlsx.xlsx')]);
    expect(run.code).toBe(0);
    expected = parseJsonOutput(run.stdout);
  });
  afterAll(() => removeTempDir(dir));

  const variants: [string, () => Buffer | string, string][] = [
    ['UTF-8', () => csv, 'UTF-8'],
    ['UTF-8 with BOM', () => `\ufeff${csv}`, 'UTF-8 (BOM)'],
    ['GB18030', () => encodeGb18030(csv), 'GB18030'],
    ['UTF-16 LE with BOM', () => encodeUtf16(csv, 'le'), 'UTF-16 LE (BOM)'],
    ['UTF-16 BE with BOM', () => encodeUtf16(csv, 'be'), 'UTF-16 BE (BOM)'],
  ];

  it.each(variants)('%s: same rows, ids, scores and tiers as the .xlsx; the encoding is reported on stderr', async (_name, bytes, label) => {
    const file = writeBytes(path.join(dir, '客户导出.csv'), bytes());
    const before = sha256(file);
    const run = await runCli([file, '--json', '-o', path.join(dir, 'out.xlsx'), '--lang', 'en-US']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`tierbook: read as text: ${label}, comma-separated, 5,001 records, sheet "客户导出"; row numbers are line numbers in the file\n`);
    const json = parseJsonOutput(run.stdout);
    expect(json.clients).toEqual(expected.clients);
    expect(json.tiers).toEqual(expected.tiers);
    expect(json.issues).toEqual(expected.issues);
    expect(json.excluded).toEqual(expected.excluded);
    expect(sha256(file)).toBe(before);
  });

  it('a tab-separated .tsv and a semicolon .txt tier the same', async () => {
    for (const [name, delimiter] of [['clients.tsv', '\t'], ['clients.txt', ';']] as const) {
      const file = writeBytes(path.join(dir, name), await sheetAsCsv(SAMPLE, delimiter));
      const run = await runCli([file, '--json', '-o', path.join(dir, `${name}.xlsx`)]);
      expect(run.code).toBe(0);
      expect(parseJsonOutput(run.stdout).clients).toEqual(expected.clients);
    }
  });

  it('writes an .xlsx next to the CSV by default: the client sheet first, named after the file, numbers and dates as numbers and dates', async () => {
    const file = writeBytes(path.join(dir, '客户导出2026.csv'), csv);
    const run = await runCli([file]);
    expect(run.code).toBe(0);
    const output = path.join(dir, '客户导出2026-tiered.xlsx');
    expect(run.stdout).toContain(output);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('客户导出2026');
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1);
    expect(header.slice(0, 14)).toEqual(csv.split('\r\n')[0].split(','));
    const row2 = sheet.getRow(2);
    expect(row2.getCell(1).value).toBe(310076353110); // a 12-digit id becomes a number, shown in full ('0')
    expect(row2.getCell(1).numFmt).toBe('0');
    expect(row2.getCell(5).value).toEqual(new Date(Date.UTC(2021, 9, 2)));
    expect(row2.getCell(6).value).toBe(157414.74);
    expect(row2.getCell(2).value).toBe('宋海');
    expect(header).toContain('客户等级');
  });
});
