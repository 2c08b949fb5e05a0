import type ExcelJS from 'exceljs';
import { columnLetters } from '../engine';

/** A single cell in a named sheet; row and column are 1-based, as ExcelJS counts them. */
export interface SheetCellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

/** Always quoted, with embedded apostrophes doubled, which both Excel and ExcelJS read back verbatim. */
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

/** Every workbook-level defined name and its ranges, as ExcelJS holds them. */
export function definedNameRanges(workbook: ExcelJS.Workbook): Map<string, readonly string[]> {
  return new Map(workbook.definedNames.model.map((n) => [n.name, n.ranges]));
}

/** Whether every range of a name points at a sheet the workbook still has. */
function pointsAtExistingSheets(workbook: ExcelJS.Workbook, ranges: readonly string[]): boolean {
  return ranges.every((range) => {
    const ref = parseCellRef(range);
    return ref === undefined || workbook.getWorksheet(ref.sheet) !== undefined;
  });
}

/**
 * Removes every defined name `drop` selects and (re)defines `define`, in one rewrite of the names model.
 * Why one rewrite: ExcelJS expands names into cells, so rebuilding it once is cheaper than many edits.
 * Names left pointing at a sheet that no longer exists are dropped too: ExcelJS turns names it cannot parse
 * (OFFSET(...) formulas) into such references, and writing them would give Excel a broken name.
 */
export function rewriteDefinedNames(workbook: ExcelJS.Workbook, drop: (name: string) => boolean, define: ReadonlyMap<string, string> = new Map()): void {
  const kept = workbook.definedNames.model.filter((n) => !drop(n.name) && !define.has(n.name) && pointsAtExistingSheets(workbook, n.ranges));
  workbook.definedNames.model = [...kept, ...Array.from(define, ([name, range]) => ({ name, ranges: [range] }))];
}
