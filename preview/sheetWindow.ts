import { columnLetters, parseA1 } from '../test/fake-excel/address';

/** The part of a sheet the view shows: from A1, at most `maxRows` × `maxColumns`, within the used range. */
export interface SheetWindow {
  readonly rows: number;
  readonly columns: number;
  /** "A1:T200", or undefined for an empty sheet. */
  readonly address?: string;
  /** Of the whole used range, from A1. */
  readonly usedRows: number;
  readonly usedColumns: number;
}

export function sheetWindow(usedRange: string | null, maxRows: number, maxColumns: number): SheetWindow {
  const used = usedRange ? parseA1(usedRange) : null;
  if (!used) return { rows: 0, columns: 0, usedRows: 0, usedColumns: 0 };
  const usedRows = used.row + used.rows;
  const usedColumns = used.col + used.cols;
  const rows = Math.min(maxRows, usedRows);
  const columns = Math.min(maxColumns, usedColumns);
  return { rows, columns, usedRows, usedColumns, address: `A1:${columnLetters(columns - 1)}${rows}` };
}

/** "B7" for 0-based (6, 1). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}
