import { indexMarkers, markedColumnOf, type ColumnMarker, type MarkerIndex, type SheetCell } from '../../engine';
import type { ClearedColumns } from './rowValues';
import type { WorkbookPackage } from './workbookPackage';

/** What an earlier run left in the package, found by its workbook names with the engine's index (as the add-in finds it). */
export interface StreamedPreviousOutput {
  readonly markers: MarkerIndex;
  /** Header cell of the earlier run's tier column (0-based): the previous tiers, for migration. */
  readonly tierColumn?: SheetCell;
  /** Header cell of the earlier run's 合规快照 column (0-based): the previous compliance states, for the notices. */
  readonly stateColumn?: SheetCell;
}

export function findPreviousStreamedOutput(pkg: WorkbookPackage): StreamedPreviousOutput {
  const markers = indexMarkers(pkg.definedNames.map((n) => ({ name: n.name, reference: n.formula })), pkg.sheets.map((s) => s.name));
  return { markers, tierColumn: markedColumnOf(markers, 'tier'), stateColumn: markedColumnOf(markers, 'complianceState') };
}

/** Sheet name → its columns from an earlier run (1-based column → 1-based header row, as rows stream), read as empty and dropped. */
export function clearedColumnsBySheet(columns: readonly ColumnMarker[]): Map<string, ClearedColumns> {
  const bySheet = new Map<string, Map<number, number>>();
  for (const { cell } of columns) {
    const cleared = bySheet.get(cell.sheet) ?? new Map<number, number>();
    cleared.set(cell.column + 1, Math.min(cell.row + 1, cleared.get(cell.column + 1) ?? cell.row + 1));
    bySheet.set(cell.sheet, cleared);
  }
  return bySheet;
}
