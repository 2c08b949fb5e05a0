import { COLUMN_MARKER_PREFIX, SHEET_MARKER_PREFIX } from '../../engine';
import { STATE_COLUMN_MARKER, TIER_COLUMN_MARKER, isTierBookMarker } from '../tierBookMarkers';
import { parseCellRef, type SheetCellRef } from '../workbookNames';
import type { ClearedColumns } from './rowValues';
import type { SheetEntry, WorkbookPackage } from './workbookPackage';

/** What an earlier run left in the package, found by its workbook names (the add-in finds it the same way). */
export interface StreamedPreviousOutput {
  /** Marker name → the sheet it points at (only sheets that still exist). */
  readonly sheets: ReadonlyMap<string, SheetEntry>;
  readonly columns: readonly SheetCellRef[];
  /** Header cell of the earlier run's tier column: the previous tiers, for migration. */
  readonly tierColumn?: SheetCellRef;
  /** Header cell of the earlier run's 合规快照 column: the previous compliance states, for the notices. */
  readonly stateColumn?: SheetCellRef;
}


export function findPreviousStreamedOutput(pkg: WorkbookPackage): StreamedPreviousOutput {
  const sheets = new Map<string, SheetEntry>();
  const columns: SheetCellRef[] = [];
  let tierColumn: SheetCellRef | undefined;
  let stateColumn: SheetCellRef | undefined;
  for (const name of pkg.definedNames) {
    if (!isTierBookMarker(name.name)) continue;
    const ref = parseCellRef(name.formula);
    if (!ref) continue;
    if (name.name.startsWith(SHEET_MARKER_PREFIX)) {
      const sheet = pkg.sheets.find((s) => s.name === ref.sheet);
      if (sheet) sheets.set(name.name, sheet);
    } else if (name.name.startsWith(COLUMN_MARKER_PREFIX)) {
      columns.push(ref);
      if (name.name === TIER_COLUMN_MARKER) tierColumn = ref;
      if (name.name === STATE_COLUMN_MARKER) stateColumn = ref;
    }
  }
  return { sheets, columns, tierColumn, stateColumn };
}

/** Sheet name → its columns from an earlier run (column → header row), to be read as empty and dropped. */
export function clearedColumnsBySheet(columns: readonly SheetCellRef[]): Map<string, ClearedColumns> {
  const bySheet = new Map<string, Map<number, number>>();
  for (const ref of columns) {
    const cleared = bySheet.get(ref.sheet) ?? new Map<number, number>();
    cleared.set(ref.column, Math.min(ref.row, cleared.get(ref.column) ?? ref.row));
    bySheet.set(ref.sheet, cleared);
  }
  return bySheet;
}
