import { parseCellReference, type SheetCell } from '../cell/a1';
import { columnMarkerName, isColumnMarker, isSheetMarker, isTierBookMarker, sameName, sheetMarkerName } from './markerNames';

/** A workbook-level defined name as a host reads it: "='客户清单'!$O$1" or "客户清单!$O$1" (with or without "="). */
export interface WorkbookName {
  readonly name: string;
  readonly reference: string;
}

export interface SheetMarker {
  readonly name: string;
  /** The sheet's current name, as the workbook spells it (markers follow renames). */
  readonly sheet: string;
}

export interface ColumnMarker {
  readonly name: string;
  /** The column's header cell, 0-based, on the sheet as the workbook spells it. */
  readonly cell: SheetCell;
}

/** What earlier runs left in the workbook, read from its defined names: the one index both hosts use. */
export interface MarkerIndex {
  readonly sheets: readonly SheetMarker[];
  readonly columns: readonly ColumnMarker[];
  /** TierBook names that point nowhere (their sheet was deleted): safe to drop. */
  readonly broken: readonly string[];
  /** Every workbook-level name, upper-cased, to know whether a name must be replaced. */
  readonly allNames: ReadonlySet<string>;
}

/**
 * Sorts TierBook's names into sheet and column markers; `sheetNames` are the workbook's sheets now. Names and sheet
 * names match case-insensitively, as Excel matches them.
 */
export function indexMarkers(names: Iterable<WorkbookName>, sheetNames: readonly string[]): MarkerIndex {
  const bySheet = new Map(sheetNames.map((s) => [s.toUpperCase(), s]));
  const sheets: SheetMarker[] = [];
  const columns: ColumnMarker[] = [];
  const broken: string[] = [];
  const allNames = new Set<string>();
  for (const item of names) {
    allNames.add(item.name.toUpperCase());
    if (!isTierBookMarker(item.name)) continue;
    const cell = parseCellReference(item.reference);
    const sheet = cell ? bySheet.get(cell.sheet.toUpperCase()) : undefined;
    if (!cell || sheet === undefined) {
      broken.push(item.name);
    } else if (isSheetMarker(item.name)) {
      sheets.push({ name: item.name, sheet });
    } else if (isColumnMarker(item.name)) {
      columns.push({ name: item.name, cell: { ...cell, sheet } });
    }
  }
  return { sheets, columns, broken, allNames };
}

/** 0-based columns of `sheet` that TierBook's markers claim. */
export function markedColumnsOn(index: MarkerIndex, sheet: string): Set<number> {
  return new Set(index.columns.filter((c) => sameName(c.cell.sheet, sheet)).map((c) => c.cell.column));
}

export function sheetMarkerOf(index: MarkerIndex, markerName: string): SheetMarker | undefined {
  return index.sheets.find((s) => sameName(s.name, markerName));
}

/** The sheet an earlier run wrote for plan key `key`, if it still exists. */
export function markedSheetOf(index: MarkerIndex, key: string): string | undefined {
  return sheetMarkerOf(index, sheetMarkerName(key))?.sheet;
}

/** The header cell of an earlier run's column `key` (e.g. "tier", whose cells are the previous tiers). */
export function markedColumnOf(index: MarkerIndex, key: string): SheetCell | undefined {
  return index.columns.find((c) => sameName(c.name, columnMarkerName(key)))?.cell;
}

export function isTierBookSheet(index: MarkerIndex, sheet: string): boolean {
  return index.sheets.some((s) => sameName(s.sheet, sheet));
}
