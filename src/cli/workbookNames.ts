import { columnLetters } from '../engine';

/** A single cell in a named sheet; row and column are 1-based, as A1 references count them. */
export interface SheetCellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** Always quoted, with embedded apostrophes doubled, which Excel reads back verbatim. */
export function quotedSheetName(sheet: string): string {
  return `'${sheet.replace(/'/gu, "''")}'`;
}

/** "'客户清单'!$O$1" for (客户清单, 1, 15). */
export function absoluteCellRef(sheet: string, row: number, column: number): string {
  return `${quotedSheetName(sheet)}!$${columnLetters(column - 1)}$${row}`;
}

/** "A1:H80" (as plans write addresses) → "'分级模型'!$A$1:$H$80". */
export function absoluteRangeRef(sheet: string, address: string): string {
  const absolute = address.split(':').map((corner) => corner.replace(/^\$?([A-Za-z]+)\$?(\d+)$/u, '$$$1$$$2')).join(':');
  return `${quotedSheetName(sheet)}!${absolute}`;
}

function columnNumberOf(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Parses "'Sheet ''A'''!$B$3" or "Sheet1!B3" (the first cell of a range); undefined for anything else. */
export function parseCellRef(ref: string): SheetCellRef | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::.*)?$/u.exec(ref.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/gu, "'") : m[2];
  return { sheet, row: Number(m[4]), column: columnNumberOf(m[3]) };
}
