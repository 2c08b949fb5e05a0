/*
 * Claim 8: the model-sheet lock (Excel worksheet protection, src/excel) protects against accidents, not attackers.
 * Shown on a real .xlsx: a protected sheet's cells are stored in clear, and any tool that edits the package
 * changes them or drops the protection without knowing the password.
 */
import path from 'path';
import ExcelJS from 'exceljs';

interface ZipEntry {
  async(type: 'string'): Promise<string>;
}
interface Zip {
  file(name: string): ZipEntry | null;
  file(name: string, data: string): Zip;
  generateAsync(options: { type: 'nodebuffer' }): Promise<Buffer>;
}
interface JSZipStatic {
  loadAsync(data: Buffer | ArrayBuffer): Promise<Zip>;
}

// ExcelJS's own zip library: the .xlsx package read and edited without Excel, as any script could.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped package, typed by the interfaces above
const JSZip = require(require.resolve('jszip', { paths: [path.dirname(require.resolve('exceljs/package.json'))] })) as JSZipStatic;

const SHEET = 'TierBook 模型';
const PASSWORD = 'Lock-Only-4-Accidents';
const SHEET_PART = 'xl/worksheets/sheet1.xml';

async function protectedWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SHEET);
  sheet.getCell('A1').value = 'assetWeight';
  sheet.getCell('B1').value = 0.3;
  await sheet.protect(PASSWORD, { selectLockedCells: true });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function sheetXml(xlsx: Buffer): Promise<string> {
  const part = (await JSZip.loadAsync(xlsx)).file(SHEET_PART);
  if (!part) throw new Error(`${SHEET_PART} missing`);
  return part.async('string');
}

/** A copy of the bytes as the ArrayBuffer ExcelJS's typings ask for. */
function arrayBufferOf(bytes: Buffer): ArrayBuffer {
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}

async function loadSheet(xlsx: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(arrayBufferOf(xlsx));
  const sheet = workbook.getWorksheet(SHEET);
  if (!sheet) throw new Error(`${SHEET} missing`);
  return sheet;
}

describe('Excel sheet protection is not a security boundary', () => {
  it('stores the protected values in clear: the package opens without the password', async () => {
    const xml = await sheetXml(await protectedWorkbook());
    expect(xml).toMatch(/<sheetProtection\b[^>]*\bhashValue="/);
    expect(xml).toMatch(/<v>0\.3<\/v>/);
    expect(xml).not.toContain(PASSWORD);
  });

  it('another tool changes a protected cell without the password, and the protection stays as if nothing happened', async () => {
    const sheet = await loadSheet(await protectedWorkbook());
    sheet.getCell('B1').value = 0.9;
    const edited = Buffer.from(await sheet.workbook.xlsx.writeBuffer());
    expect((await loadSheet(edited)).getCell('B1').value).toBe(0.9);
    expect(await sheetXml(edited)).toMatch(/<sheetProtection\b[^>]*\bhashValue="/);
  });

  it('deleting one XML element removes the protection altogether', async () => {
    const zip = await JSZip.loadAsync(await protectedWorkbook());
    const part = zip.file(SHEET_PART);
    if (!part) throw new Error(`${SHEET_PART} missing`);
    const unprotectedXml = (await part.async('string')).replace(/<sheetProtection\b[^>]*\/>/, '');
    zip.file(SHEET_PART, unprotectedXml);
    const unlocked = await zip.generateAsync({ type: 'nodebuffer' });
    expect(await sheetXml(unlocked)).not.toContain('<sheetProtection');
    expect((await loadSheet(unlocked)).getCell('B1').value).toBe(0.3);
  });
});
