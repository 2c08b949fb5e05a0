import { cellAddress } from '../engine';

/** One cell of a named sheet, 0-based. */
export interface SheetCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** Always quoted, embedded apostrophes doubled: Excel reads "'客户清单'!$A$1" and "'It''s'!$A$1" back verbatim. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/gu, "''")}'`;
}

/** "'Sheet'!$O$1" for a defined name's reference. */
export function absoluteCellReference(cell: SheetCell): string {
  return `=${quotedSheet(cell.sheet)}!${cellAddress(cell.row, cell.column, true)}`;
}

/** Sheet-local "A1:C3" (or "A1" for one cell) from 0-based indexes. */
export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const first = cellAddress(row, column);
  return rowCount === 1 && columnCount === 1 ? first : `${first}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}

function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Parses a name's reference as Excel, the CLI or ExcelJS write it: "='Sheet ''A'''!$B$3", "Sheet1!B3" or
 * "客户清单!$O$1:$O$9" (the first cell counts). Undefined for "#REF!", constants and anything else.
 */
export function parseCellReference(reference: string): SheetCell | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!=]+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::.*)?$/u.exec(reference.trim());
  // Excel writes a name whose sheet was deleted as "=#REF!$A$1" (a real sheet called #REF would be quoted).
  if (!m || (m[2] !== undefined && m[2].toUpperCase() === '#REF')) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/gu, "'") : m[2];
  return { sheet, row: Number(m[4]) - 1, column: columnIndexOf(m[3]) };
}

/** Parses "A1:C3" / "B7" (sheet part allowed and ignored) into 0-based indexes. */
export function parseRangeAddress(address: string): { row: number; column: number; rowCount: number; columnCount: number } | undefined {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/u.exec(local.trim());
  if (!m) return undefined;
  const r0 = Number(m[2]) - 1;
  const c0 = columnIndexOf(m[1]);
  const r1 = m[4] !== undefined ? Number(m[4]) - 1 : r0;
  const c1 = m[3] !== undefined ? columnIndexOf(m[3]) : c0;
  return { row: Math.min(r0, r1), column: Math.min(c0, c1), rowCount: Math.abs(r1 - r0) + 1, columnCount: Math.abs(c1 - c0) + 1 };
}

/** Excel's last row, 1-based. */
export const LAST_ROW = 1_048_576;

/** "N5:N1048576": a column from a cell down to the sheet's end (an earlier run's column, however long it was). */
export function columnToBottom(cell: { readonly row: number; readonly column: number }): string {
  const letters = cellAddress(0, cell.column).replace(/\d+$/u, '');
  return `${letters}${cell.row + 1}:${letters}${LAST_ROW}`;
}
