import { text, type LocalizedText } from '../../engine';
import { CliError } from '../cliError';
import { convertLegacy, findSoffice, noLibreOffice } from './convertLegacy';
import { delimiterName, type Delimiter } from './detectDelimiter';
import type { TextEncodingName } from './decodeText';
import { detectInputFormat } from './inputFormat';
import type { TempCleanup } from './tempCleanup';

export interface InputOptions {
  readonly encoding?: TextEncodingName;
  readonly delimiter?: Delimiter;
  /** The PATH to find LibreOffice on. */
  readonly pathValue: string | undefined;
}

/**
 * Turns whatever file the user gave into the path of an .xlsx for the runner: an .xlsx as it is; a CSV/TSV/text export or a
 * legacy workbook converted into a private temporary folder that `cleanup` removes. The converted file is only ever
 * an input: the output is written where the user asked, never next to the temporary file.
 */
export async function prepareInput(file: string, options: InputOptions, cleanup: TempCleanup, note: (line: LocalizedText) => void): Promise<string> {
  const format = await detectInputFormat(file);
  if (format.kind !== 'text' && (options.encoding !== undefined || options.delimiter !== undefined)) {
    throw new CliError('USAGE', text('--encoding 和 --delimiter 只用于 CSV/TSV/TXT 文本文件', '--encoding and --delimiter apply only to CSV/TSV/TXT text files'));
  }
  if (format.kind === 'xlsx') return file;
  if (format.kind === 'text') {
    // Loaded here, not at the top: the conversion writes its .xlsx with ExcelJS, which an .xlsx input never needs
    // (loading it cost about 0.4 s of CPU and 30 MB on every run). A literal relative specifier, listed in
    // CLI_LAZY_IMPORTS (scripts/security-check.js).
    const { csvToWorkbook } = await import('./csvToWorkbook');
    const csv = await csvToWorkbook(file, cleanup.privateDir('tierbook-csv-'), options);
    const d = delimiterName(csv.delimiter);
    note(text(`读取文本文件：编码 ${csv.encodingLabel}，分隔符 ${d.zh}，${csv.records.toLocaleString('en-US')} 条记录，工作表「${csv.sheetName}」；行号即文件中的行号`,
        `read as text: ${csv.encodingLabel}, ${d.en}-separated, ${csv.records.toLocaleString('en-US')} records, sheet "${csv.sheetName}"; row numbers are line numbers in the file`));
    return csv.xlsxPath;
  }
  if (findSoffice(options.pathValue) === undefined) throw noLibreOffice(file, format.label);
  const workDir = cleanup.privateDir('tierbook-convert-');
  note(text(`${file} 是 ${format.label} 格式：用 LibreOffice 转换为临时 .xlsx 后读取（输入文件不变）`,
    `${file} is ${format.label}: converting it to a temporary .xlsx with LibreOffice (the input is not changed)`));
  return convertLegacy(file, format.label, workDir, cleanup, options.pathValue);
}
