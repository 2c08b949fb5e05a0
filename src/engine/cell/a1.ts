/*
 * A1 and range references, the one module every host uses (the engine's formulas, the add-in's ranges and names,
 * the runner's defined names). Rows and columns are 0-based everywhere in code; only the text is 1-based.
 */

/** One cell of a named sheet, 0-based. */
export interface SheetCell {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** A 0-based rectangle. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Excel's last row, 1-based. */
export const LAST_ROW = 1_048_576;

/** 0-based column index → "A", "B", …, "Z", "AA". */
export function columnLetters(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "A" → 0, "AA" → 26 (either case). */
export function columnIndexOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based (row, column) → "B7". */
export function cellAddress(row: number, column: number, absolute = false): string {
  const d = absolute ? '$' : '';
  return `${d}${columnLetters(column)}${d}${row + 1}`;
}

/** Sheet-local "A1:C3" (or "A1" for one cell) from 0-based indexes. */
export function rangeAddress(row: number, column: number, rowCount: number, columnCount: number): string {
  const first = cellAddress(row, column);
  return rowCount === 1 && columnCount === 1 ? first : `${first}:${cellAddress(row + rowCount - 1, column + columnCount - 1)}`;
}

/** "N5:N1048576": a column from a cell down to the sheet's end (an earlier run's column, however long it was). */
export function columnToBottom(cell: { readonly row: number; readonly column: number }): string {
  const letters = columnLetters(cell.column);
  return `${letters}${cell.row + 1}:${letters}${LAST_ROW}`;
}

/** For formulas: sheet names with anything but letters, digits and underscores must be quoted in references. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/u.test(name) ? name : `'${name.replace(/'/gu, "''")}'`;
}

/** For defined names: always quoted, embedded apostrophes doubled; Excel reads "'It''s'!$A$1" back verbatim. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/gu, "''")}'`;
}

/** "'Sheet'!$O$1", a defined name's reference without the leading "=" (as SpreadsheetML stores it). */
export function absoluteCellReference(cell: SheetCell): string {
  return `${quotedSheet(cell.sheet)}!${cellAddress(cell.row, cell.column, true)}`;
}

/** Parses "A1:C3" / "$B$7" (a sheet part is allowed and ignored) into a 0-based block; undefined for anything else. */
export function parseRangeAddress(address: string): CellBlock | undefined {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/u.exec(local.trim());
  if (!m) return undefined;
  const r0 = Number(m[2]) - 1;
  const c0 = columnIndexOf(m[1]);
  const r1 = m[4] !== undefined ? Number(m[4]) - 1 : r0;
  const c1 = m[3] !== undefined ? columnIndexOf(m[3]) : c0;
  return { row: Math.min(r0, r1), column: Math.min(c0, c1), rowCount: Math.abs(r1 - r0) + 1, columnCount: Math.abs(c1 - c0) + 1 };
}

/** "A1:H80" (as plans write addresses) in `sheet` → "'分级模型'!$A$1:$H$80"; an address that is not A1 is kept as is. */
export function absoluteRangeReference(sheet: string, address: string): string {
  const range = parseRangeAddress(address);
  if (!range) return `${quotedSheet(sheet)}!${address}`;
  const first = cellAddress(range.row, range.column, true);
  if (range.rowCount === 1 && range.columnCount === 1) return `${quotedSheet(sheet)}!${first}`;
  return `${quotedSheet(sheet)}!${first}:${cellAddress(range.row + range.rowCount - 1, range.column + range.columnCount - 1, true)}`;
}

/**
 * Parses a name's reference as Excel, Office.js, the runner or ExcelJS write it: "='Sheet ''A'''!$B$3", "Sheet1!B3"
 * or "客户清单!$O$1:$O$9" (the first cell counts). Undefined for "#REF!", constants and anything else.
 */
export function parseCellReference(reference: string): SheetCell | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!=]+))!\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::.*)?$/u.exec(reference.trim());
  // Excel writes a name whose sheet was deleted as "=#REF!$A$1" (a real sheet called #REF would be quoted).
  if (!m || (m[2] !== undefined && m[2].toUpperCase() === '#REF')) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/gu, "'") : m[2];
  return { sheet, row: Number(m[4]) - 1, column: columnIndexOf(m[3]) };
}
