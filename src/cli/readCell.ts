import type ExcelJS from 'exceljs';
import type { CellValue } from '../engine';

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
/** Days between the 1900 and 1904 date systems' day zero. */
const DATE1904_OFFSET = 1462;

/**
 * A Date as ExcelJS returns it (UTC midnight = the day) → the Excel serial number Office.js would give.
 * Why: the engine sees dates as serials whatever the host, so a date column scores the same in the CLI and the add-in.
 */
export function excelSerialOfDate(date: Date, date1904: boolean): number {
  return UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY - (date1904 ? DATE1904_OFFSET : 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function richTextOf(value: unknown): string | undefined {
  if (!isRecord(value) || !Array.isArray(value.richText)) return undefined;
  return value.richText.map((run: unknown) => (isRecord(run) && typeof run.text === 'string' ? run.text : '')).join('');
}

/**
 * An ExcelJS cell value → the engine's CellValue: rich text and hyperlinks become their text, formulas their cached
 * result (null when the file has none), error cells their error text ("#N/A"), dates their serial number.
 */
export function engineCellValue(value: ExcelJS.CellValue | unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerialOfDate(value, date1904);
  if (!isRecord(value)) return null;
  if (typeof value.error === 'string') return value.error;
  const rich = richTextOf(value);
  if (rich !== undefined) return rich;
  if ('formula' in value || 'sharedFormula' in value) return engineCellValue(value.result, date1904);
  if ('hyperlink' in value || 'text' in value) return engineCellValue(value.text, date1904);
  return null;
}

/** Whether a cell is covered by a merge but is not its top-left cell (ExcelJS reports the master's value there). */
export function isMergedSlave(cell: ExcelJS.Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

/** One worksheet cell as the engine sees it; a merged range's value counts once, at its top-left cell. */
export function readCell(cell: ExcelJS.Cell, date1904: boolean): CellValue {
  return isMergedSlave(cell) ? null : engineCellValue(cell.value, date1904);
}
