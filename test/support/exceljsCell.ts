import type ExcelJS from 'exceljs';
import { excelSerialOfDate } from '../../src/cli/excelDate';
import type { CellValue } from '../../src/engine';

// ExcelJS cell values as the engine sees them: the tests' independent reader of the workbooks they build and read back.

export { excelSerialOfDate };

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
