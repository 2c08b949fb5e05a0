import type ExcelJS from 'exceljs';
import { HEADER_SEARCH_ROWS, type CellValue } from '../engine';
import { readCell } from './readCell';

/** Rows handed to the client-table builder at a time, so a large sheet never exists twice as a grid. */
export const READ_CHUNK_ROWS = 10_000;

/** The last worksheet row and the last 0-based column holding anything (values or merged areas). */
export interface UsedExtent {
  readonly lastRow: number;
  /** −1 for an empty sheet. */
  readonly lastColumn: number;
}

/** Styled but empty cells don't count: output goes right after the last cell that shows something. */
export function usedExtent(sheet: ExcelJS.Worksheet): UsedExtent {
  let lastRow = 0;
  let lastColumn = -1;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((_cell, columnNumber) => {
      lastRow = Math.max(lastRow, rowNumber);
      lastColumn = Math.max(lastColumn, columnNumber - 1);
    });
  });
  return { lastRow, lastColumn };
}

/** Worksheet row `rowNumber` as engine cells from column A, `width` wide; missing rows read as blanks. */
export function readRow(sheet: ExcelJS.Worksheet, rowNumber: number, width: number, date1904: boolean): CellValue[] {
  const cells = new Array<CellValue>(width).fill(null);
  const row = sheet.findRow(rowNumber);
  if (!row) return cells;
  row.eachCell((cell, columnNumber) => {
    if (columnNumber <= width) cells[columnNumber - 1] = readCell(cell, date1904);
  });
  return cells;
}

/** The rows the header search looks through (row 0 = worksheet row 1). */
export function headerSearchRows(sheet: ExcelJS.Worksheet, extent: UsedExtent, date1904: boolean): CellValue[][] {
  const count = Math.min(HEADER_SEARCH_ROWS, extent.lastRow);
  return Array.from({ length: count }, (_, r) => readRow(sheet, r + 1, extent.lastColumn + 1, date1904));
}

/**
 * Calls `consume` with consecutive blocks of rows from `firstRow` to `lastRow` (1-based, inclusive), at most
 * READ_CHUNK_ROWS at a time, and `progress` after each block.
 */
export function readRowsInChunks(
  sheet: ExcelJS.Worksheet, firstRow: number, lastRow: number, width: number, date1904: boolean,
  consume: (rows: CellValue[][], firstRowNumber: number) => void, progress: (rowsDone: number) => void = () => undefined,
): void {
  for (let start = firstRow; start <= lastRow; start += READ_CHUNK_ROWS) {
    const end = Math.min(lastRow, start + READ_CHUNK_ROWS - 1);
    const rows: CellValue[][] = [];
    for (let r = start; r <= end; r++) rows.push(readRow(sheet, r, width, date1904));
    consume(rows, start);
    progress(end - firstRow + 1);
  }
}

/** Worksheet rows `firstRow`–`lastRow` that are hidden, by hand or by a filter (Excel stores both as hidden rows). */
export function hiddenRowNumbers(sheet: ExcelJS.Worksheet, firstRow: number, lastRow: number): number[] {
  const hidden: number[] = [];
  for (let r = firstRow; r <= lastRow; r++) if (sheet.findRow(r)?.hidden) hidden.push(r);
  return hidden;
}
