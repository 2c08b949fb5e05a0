import { parseCellReference, type SheetCell } from './cellReference';
import { isColumnMarker, isSheetMarker, isTierBookMarker } from './markers';

export interface SheetMarker {
  readonly name: string;
  /** The sheet's current name (markers follow renames). */
  readonly sheet: string;
}

export interface ColumnMarker {
  readonly name: string;
  /** The column's header cell. */
  readonly cell: SheetCell;
}

/** What earlier runs left in the workbook, read from its defined names. */
export interface MarkerIndex {
  readonly sheets: readonly SheetMarker[];
  readonly columns: readonly ColumnMarker[];
  /** TierBook names that point nowhere (their sheet was deleted): safe to drop. */
  readonly broken: readonly string[];
  /** Every workbook-level name, upper-cased, to know whether a name must be replaced. */
  readonly allNames: ReadonlySet<string>;
}

/** Queues the load of the workbook's names; `indexMarkers` reads them after the sync. */
export function loadNames(context: Excel.RequestContext): Excel.NamedItemCollection {
  return context.workbook.names.load('items/name,items/type,items/value');
}

function referenceOf(item: Excel.NamedItem): string {
  return typeof item.value === 'string' ? item.value : '';
}

/** Sorts TierBook's names into sheet and column markers; `sheetNames` are the workbook's sheets now. */
export function indexMarkers(names: Excel.NamedItemCollection, sheetNames: readonly string[]): MarkerIndex {
  const bySheet = new Map(sheetNames.map((s) => [s.toUpperCase(), s]));
  const sheets: SheetMarker[] = [];
  const columns: ColumnMarker[] = [];
  const broken: string[] = [];
  const allNames = new Set<string>();
  for (const item of names.items) {
    allNames.add(item.name.toUpperCase());
    if (!isTierBookMarker(item.name)) continue;
    const cell = parseCellReference(referenceOf(item));
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
  return new Set(index.columns.filter((c) => c.cell.sheet.toUpperCase() === sheet.toUpperCase()).map((c) => c.cell.column));
}

export function sheetMarkerOf(index: MarkerIndex, markerName: string): SheetMarker | undefined {
  return index.sheets.find((s) => s.name.toUpperCase() === markerName.toUpperCase());
}

export function isTierBookSheet(index: MarkerIndex, sheet: string): boolean {
  return index.sheets.some((s) => s.sheet.toUpperCase() === sheet.toUpperCase());
}
