/** A1 addresses: parsing, formatting and Excel's sheet-name quoting rule. */
import { officeError } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Zero-based rectangle on one sheet. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Corner {
  row: number | null;
  col: number | null;
}

function parseCorner(text: string): Corner | null {
  const cell = CELL.exec(text);
  if (cell) return { col: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
  const col = COLUMN.exec(text);
  if (col) return { col: columnIndex(col[1]), row: null };
  const row = ROW.exec(text);
  if (row) return { col: null, row: Number(row[1]) - 1 };
  return null;
}

/** Parses "A1", "A1:C3", "A:C", "2:5" (no sheet part). Returns null when malformed or off-sheet. */
export function parseA1(ref: string): Rect | null {
  const parts = ref.trim().split(':');
  if (parts.length > 2 || parts[0] === '') return null;
  const a = parseCorner(parts[0]);
  const b = parts.length === 2 ? parseCorner(parts[1]) : a;
  if (!a || !b) return null;
  const sameKind = (a.row === null) === (b.row === null) && (a.col === null) === (b.col === null);
  if (!sameKind || (parts.length === 1 && (a.row === null || a.col === null))) return null;
  const r0 = Math.min(a.row ?? 0, b.row ?? 0);
  const r1 = a.row === null ? MAX_ROWS - 1 : Math.max(a.row, b.row ?? 0);
  const c0 = Math.min(a.col ?? 0, b.col ?? 0);
  const c1 = a.col === null ? MAX_COLUMNS - 1 : Math.max(a.col, b.col ?? 0);
  if (r1 >= MAX_ROWS || c1 >= MAX_COLUMNS || r0 < 0 || c0 < 0) return null;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

/** Same as parseA1 but throws Office's InvalidArgument. */
export function requireA1(ref: string): Rect {
  const rect = parseA1(ref);
  if (!rect) throw officeError('InvalidArgument', `invalid address '${ref}'`);
  return rect;
}

/** Splits "Sheet1!A1", "'My Sheet'!A1", "'It''s'!A1" into sheet name and cell reference. */
export function splitSheetAddress(address: string): { sheet: string | null; ref: string } {
  const text = address.trim();
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (text[i] === "'") break;
      else name += text[i++];
    }
    if (text[i] !== "'" || text[i + 1] !== '!') return { sheet: null, ref: text };
    return { sheet: name, ref: text.slice(i + 2) };
  }
  const bang = text.lastIndexOf('!');
  return bang < 0 ? { sheet: null, ref: text } : { sheet: text.slice(0, bang), ref: text.slice(bang + 1) };
}

const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^[Rr]\d*[Cc]\d*$/;

/**
 * Excel quotes a sheet name in references when it contains anything but letters, digits, '_' or '.',
 * starts with a digit, or could be read as a cell reference. Letters include non-ASCII letters
 * (Chinese sheet names appear unquoted in Excel formulas: =SUM(一月!B2:B10)); names with spaces,
 * punctuation or full-width symbols are quoted: 'My Sheet'!A1.
 */
export function quoteSheetName(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !LOOKS_LIKE_A1.test(name) && !LOOKS_LIKE_R1C1.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1", "A1:C3", "A:C" (entire columns) or "2:5" (entire rows), relative references. */
export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? '$' : '';
  const lastRow = rect.row + rect.rows;
  const lastCol = rect.col + rect.cols - 1;
  if (rect.row === 0 && rect.rows === MAX_ROWS) {
    return `${d}${columnLetters(rect.col)}:${d}${columnLetters(lastCol)}`;
  }
  if (rect.col === 0 && rect.cols === MAX_COLUMNS) return `${d}${rect.row + 1}:${d}${lastRow}`;
  const first = `${d}${columnLetters(rect.col)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.cols === 1) return first;
  return `${first}:${d}${columnLetters(lastCol)}${d}${lastRow}`;
}

export function formatAddress(sheetName: string, rect: Rect, absolute = false): string {
  return `${quoteSheetName(sheetName)}!${formatRect(rect, absolute)}`;
}

export function cellCount(rect: Rect): number {
  return rect.rows * rect.cols;
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.col >= outer.col &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.col + inner.cols <= outer.col + outer.cols
  );
}

export function intersectRect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const colEnd = Math.min(a.col + a.cols, b.col + b.cols);
  return rowEnd > row && colEnd > col ? { row, col, rows: rowEnd - row, cols: colEnd - col } : null;
}

/** Throws InvalidArgument when a derived rectangle falls off the grid (Excel's behaviour for getOffsetRange etc.). */
export function requireOnSheet(rect: Rect): Rect {
  const ok =
    rect.row >= 0 && rect.col >= 0 && rect.rows > 0 && rect.cols > 0 &&
    rect.row + rect.rows <= MAX_ROWS && rect.col + rect.cols <= MAX_COLUMNS;
  if (!ok) throw officeError('InvalidArgument', 'the resulting range is outside the worksheet');
  return rect;
}
