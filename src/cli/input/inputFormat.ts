import * as fs from 'fs';
import * as path from 'path';
import { text, type LocalizedText } from '../../engine';
import { CliError } from '../cliError';
import { ZipArchive } from '../stream/zipArchive';

/** What an input file is, told by its content first and its extension second. */
export type InputFormat =
  | { readonly kind: 'xlsx' }
  | { readonly kind: 'text' }
  | { readonly kind: 'legacy'; readonly label: string };

const TEXT_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

const LEGACY_LABELS: Readonly<Record<string, string>> = {
  '.xls': 'Excel 97-2003 (.xls)', '.et': 'WPS 表格 (.et)', '.xlt': 'Excel 97-2003 template (.xlt)', '.ett': 'WPS template (.ett)',
};

function notAWorkbook(file: string, why: LocalizedText): CliError {
  // The opening words are the reader's own for an unreadable .xlsx, so scripts matching them keep working.
  return new CliError('INPUT_UNREADABLE', text(`无法读取 ${file}（不是有效的 .xlsx 文件？）：${why['zh-CN']}。请在 Excel 或 WPS 中另存为 .xlsx（或导出为 .csv）后再试`,
    `cannot read ${file} (not a valid .xlsx file?): ${why['en-US']}. Save it as .xlsx (or export a .csv) in Excel or WPS and try again`));
}

function head(file: string, length: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const n = fs.readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A zip package: an .xlsb or an OpenDocument spreadsheet goes to LibreOffice; everything else (an .xlsx/.xlsm, a
 * damaged or crafted zip, a Word file, a zip of other files) goes to the package reader, which is the one place that
 * judges a package and says what is wrong with it (src/cli/stream/workbookPackage.ts, zipLimits.ts).
 */
async function zipFormat(file: string): Promise<InputFormat> {
  let archive: ZipArchive;
  try {
    archive = ZipArchive.open(file);
  } catch {
    return { kind: 'xlsx' }; // the reader reports the damage or the limit, with its own words
  }
  try {
    if (archive.find('xl/workbook.xml')) return { kind: 'xlsx' };
    if (archive.find('xl/workbook.bin')) return { kind: 'legacy', label: 'Excel Binary (.xlsb)' };
    const mimetype = archive.find('mimetype');
    const declared = mimetype ? (await archive.readText(mimetype).catch(() => '')).trim() : '';
    if (declared.startsWith(ODS_MIMETYPE)) return { kind: 'legacy', label: 'OpenDocument (.ods)' };
    return { kind: 'xlsx' };
  } finally {
    archive.close();
  }
}

/**
 * The input's format, so the runner can read it directly (.xlsx/.xlsm), convert a text export, convert a legacy
 * workbook through LibreOffice, or refuse it with one line saying what it is. Content decides over the extension:
 * an .xls that is really an .xlsx is read as one. An input that does not exist is left to the reader, which
 * reports it as before.
 */
export async function detectInputFormat(file: string): Promise<InputFormat> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { kind: 'xlsx' };
  }
  if (!stat.isFile()) return { kind: 'xlsx' };
  const extension = path.extname(file).toLowerCase();
  const bytes = head(file, 8);
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05)) return zipFormat(file);
  if (bytes.length === 8 && bytes.equals(OLE2)) {
    // .xls, WPS .et, and also a password-protected .xlsx: LibreOffice reads the first two and says so for the third.
    return { kind: 'legacy', label: LEGACY_LABELS[extension] ?? 'OLE2 (.xls/.et)' };
  }
  if (TEXT_EXTENSIONS.has(extension)) return { kind: 'text' };
  // Many back-office "xls" exports are HTML or SpreadsheetML 2003 text under an .xls name; LibreOffice opens them.
  if (LEGACY_LABELS[extension] !== undefined) return { kind: 'legacy', label: LEGACY_LABELS[extension] };
  if (bytes.length === 0) throw notAWorkbook(file, text('文件是空的', 'the file is empty'));
  throw notAWorkbook(file, text('它既不是 .xlsx（zip）也不是旧版 Excel 文件；如果是 CSV 导出，请把扩展名改为 .csv',
    'it is neither an .xlsx (zip) nor a legacy Excel file; if it is a CSV export, give it a .csv name'));
}
