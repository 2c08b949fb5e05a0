import * as fs from 'fs';
import * as path from 'path';
import { Readable } from 'stream';
import { parse, CsvError } from 'csv-parse';
import ExcelJS from 'exceljs';
import { text } from '../../engine';
import { CliError } from '../cliError';
import { csvCellValue } from './csvCellValue';
import { csvSheetName } from './csvSheetName';
import { decodeText, type TextEncodingName } from './decodeText';
import { detectDelimiter, type Delimiter } from './detectDelimiter';

/** What the conversion found, for the note on stderr. */
export interface CsvConversion {
  readonly xlsxPath: string;
  readonly sheetName: string;
  readonly encodingLabel: string;
  readonly delimiter: Delimiter;
  readonly records: number;
}

export interface CsvOptions {
  readonly encoding?: TextEncodingName;
  readonly delimiter?: Delimiter;
}

/** Rows of the converted sheet hold at most Excel's 1,048,576 lines. */
const MAX_ROWS = 1_048_576;
const CHUNK = 1 << 20;

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly lines: number };
}

function newlinesIn(record: readonly string[]): number {
  let n = 0;
  for (const field of record) for (let i = field.indexOf('\n'); i >= 0; i = field.indexOf('\n', i + 1)) n++;
  return n;
}

function formatOf(value: unknown): string | undefined {
  if (value instanceof Date) {
    return value.getUTCHours() + value.getUTCMinutes() + value.getUTCSeconds() + value.getUTCMilliseconds() === 0 ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm:ss';
  }
  // A 12-digit account number shows in full, not as 3.1E+11.
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1e11) return '0';
  return undefined;
}

function parseError(file: string, e: CsvError, lastLine: number): CliError {
  const from = lastLine + 1;
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    return new CliError('INPUT_UNREADABLE', text(`${file} 第 ${from} 行起的引号字段一直没有结束（缺少右引号 "）`,
      `${file}: the quoted field starting at line ${from} is never closed (a closing " is missing)`));
  }
  return new CliError('INPUT_UNREADABLE', text(`${file} 第 ${e.lines ?? from} 行无法按 CSV 读取：${e.message}`, `${file}: line ${e.lines ?? from} cannot be read as CSV: ${e.message}`));
}

/**
 * Converts a text export into an .xlsx whose only sheet, named after the file, holds every record at its line
 * number (a record spanning lines sits at its first), so every row TierBook reports is the line to look at.
 * RFC 4180 quoting is csv-parse's; line ends are normalised first so \r\n, \n and \r files count lines alike.
 */
export async function csvToWorkbook(file: string, outDir: string, options: CsvOptions = {}): Promise<CsvConversion> {
  const decoded = decodeText(fs.readFileSync(file), file, options.encoding);
  const content = decoded.text.replace(/\r\n?/gu, '\n');
  const delimiter = options.delimiter ?? detectDelimiter(content, path.extname(file));
  const sheetName = csvSheetName(file);
  const xlsxPath = path.join(outDir, 'converted.xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useStyles: true, useSharedStrings: true });
  const sheet = workbook.addWorksheet(sheetName);
  const chunks = (function* chunked(): Generator<string> {
    for (let i = 0; i < content.length; i += CHUNK) yield content.slice(i, i + CHUNK);
  })();
  let lastLine = 0; // where the last complete record ended, seen as the parser reads (ahead of the loop below)
  const parser = Readable.from(chunks).pipe(parse({
    delimiter, record_delimiter: '\n', relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true,
    on_record: (record: string[], context: { lines: number }) => { lastLine = context.lines; return record; },
  }));
  let records = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<ParsedRecord>) {
      const line = info.lines - newlinesIn(record);
      if (line > MAX_ROWS) {
        throw new CliError('INPUT_UNREADABLE', text(`${file} 超过 ${MAX_ROWS.toLocaleString('en-US')} 行，超出一个工作表能放下的行数`,
          `${file} has more than ${MAX_ROWS.toLocaleString('en-US')} lines, more than a worksheet holds`));
      }
      const row = sheet.getRow(line);
      record.forEach((field, i) => {
        const value = csvCellValue(field);
        if (value === null) return;
        const cell = row.getCell(i + 1);
        cell.value = value;
        const numFmt = formatOf(value);
        if (numFmt !== undefined) cell.numFmt = numFmt;
      });
      row.commit();
      records++;
    }
  } catch (e) {
    if (e instanceof CsvError) throw parseError(file, e, lastLine);
    throw e;
  }
  sheet.commit();
  await workbook.commit();
  return { xlsxPath, sheetName, encodingLabel: decoded.label, delimiter, records };
}
