import * as fs from 'fs';
import ExcelJS from 'exceljs';

/** A field as a CSV writer writes it: quoted when it holds the delimiter, a quote or a line break (RFC 4180). */
export function csvField(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

function fieldText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10); // the sample's dates are whole days
  if (typeof value === 'object') throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
  return String(value);
}

/** The first sheet of an .xlsx as CSV text, as Excel's "CSV" save writes it (ISO dates, plain numbers). */
export async function sheetAsCsv(xlsxPath: string, delimiter = ','): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const sheet = workbook.worksheets[0];
  const lines: string[] = [];
  const rows = sheet.rowCount;
  const columns = sheet.columnCount; // computed by ExcelJS over every row: read once
  for (let r = 1; r <= rows; r++) {
    const row = sheet.getRow(r);
    const fields: string[] = [];
    for (let c = 1; c <= columns; c++) fields.push(csvField(fieldText(row.getCell(c).value), delimiter));
    lines.push(fields.join(delimiter));
  }
  return `${lines.join('\r\n')}\r\n`;
}

let gbTable: Map<string, number[]> | undefined;

/**
 * GB18030 bytes for text, built by inverting the platform's own decoder over every two-byte code: Node has no
 * GB18030 encoder, and this keeps the test free of another package. ASCII is one byte; anything not in the
 * two-byte table throws rather than being written wrong.
 */
export function encodeGb18030(content: string): Buffer {
  if (gbTable === undefined) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of content) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) { bytes.push(code); continue; }
    const pair = gbTable.get(ch);
    if (pair === undefined) throw new Error(`no two-byte GB18030 code for ${JSON.stringify(ch)}`);
    bytes.push(...pair);
  }
  return Buffer.from(bytes);
}

/** UTF-16 with its byte-order mark, little- or big-endian. */
export function encodeUtf16(content: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${content}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

export function writeBytes(file: string, bytes: Buffer | string): string {
  fs.writeFileSync(file, bytes);
  return file;
}
