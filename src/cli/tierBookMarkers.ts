import type ExcelJS from 'exceljs';
import { definedNameRanges, parseCellRef, type SheetCellRef } from './workbookNames';

/**
 * TierBook marks what it writes with workbook names, never by sheet name: a user's own 分级汇总 is not ours, and
 * ours stays ours after the user renames it (Excel updates names on rename).
 */
export const MARKER_PREFIX = '_TierBook_';
const SHEET_MARKER = `${MARKER_PREFIX}sheet_`;
const COLUMN_MARKER = `${MARKER_PREFIX}col_`;

/** Plan keys such as "strategy:钻石" → characters a defined name may hold (letters, digits, "_"). */
export function nameSafeKey(key: string): string {
  return Array.from(key, (ch) => (/^[A-Za-z0-9]$/u.test(ch) ? ch : `_${ch.codePointAt(0)?.toString(16)}`)).join('');
}

export function sheetMarkerName(key: string): string {
  return SHEET_MARKER + nameSafeKey(key);
}

export function columnMarkerName(key: string): string {
  return COLUMN_MARKER + nameSafeKey(key);
}

export function isTierBookMarker(name: string): boolean {
  return name.startsWith(MARKER_PREFIX);
}

/** What an earlier run left in the workbook: its sheets by marker name, and the header cells of its columns. */
export interface PreviousOutput {
  /** Marker name → the worksheet it points at (only markers whose sheet still exists). */
  readonly sheets: ReadonlyMap<string, ExcelJS.Worksheet>;
  readonly columns: readonly SheetCellRef[];
}

export function findPreviousOutput(workbook: ExcelJS.Workbook): PreviousOutput {
  const sheets = new Map<string, ExcelJS.Worksheet>();
  const columns: SheetCellRef[] = [];
  for (const [name, ranges] of definedNameRanges(workbook)) {
    if (!isTierBookMarker(name) || ranges.length === 0) continue;
    const ref = parseCellRef(ranges[0]);
    if (!ref) continue;
    if (name.startsWith(SHEET_MARKER)) {
      const sheet = workbook.getWorksheet(ref.sheet);
      if (sheet) sheets.set(name, sheet);
    } else if (name.startsWith(COLUMN_MARKER)) {
      columns.push(ref);
    }
  }
  return { sheets, columns };
}
