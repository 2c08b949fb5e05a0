import type ExcelJS from 'exceljs';
import { COLUMN_MARKER_PREFIX, KEPT_SHEET_KEYS, MARKER_PREFIX, SHEET_MARKER_PREFIX, columnMarkerName, sheetMarkerName, type OutputPlan } from '../engine';
import { definedNameRanges, parseCellRef, type SheetCellRef } from './workbookNames';

// The naming scheme is the engine's (src/engine/plan/markerNames.ts), shared with the add-in.
export { MARKER_PREFIX, columnMarkerName, nameSafeKey, sheetMarkerName } from '../engine';

export function isTierBookMarker(name: string): boolean {
  return name.startsWith(MARKER_PREFIX);
}

/** What an earlier run left in the workbook: its sheets by marker name, and the header cells of its columns. */
export interface PreviousOutput {
  /** Marker name → the worksheet it points at (only markers whose sheet still exists). */
  readonly sheets: ReadonlyMap<string, ExcelJS.Worksheet>;
  readonly columns: readonly SheetCellRef[];
  /** Header cell of the earlier run's tier column: the previous tiers, for migration. */
  readonly tierColumn?: SheetCellRef;
}

/** Sheets a run that does not write them leaves in place, marker and all (KEPT_SHEET_KEYS, as in the add-in). */
export const KEPT_SHEET_MARKERS: ReadonlySet<string> = new Set(KEPT_SHEET_KEYS.map(sheetMarkerName));

/** A kept sheet that this plan does not write: it stays, and so does its marker. */
export function keptUnwritten(marker: string, plan: OutputPlan): boolean {
  return KEPT_SHEET_MARKERS.has(marker) && !plan.sheets.some((s) => sheetMarkerName(s.key) === marker);
}

/** The marker of the tier column, whose cells are the previous tiers a re-run compares with. */
export const TIER_COLUMN_MARKER = columnMarkerName('tier');

export function findPreviousOutput(workbook: ExcelJS.Workbook): PreviousOutput {
  const sheets = new Map<string, ExcelJS.Worksheet>();
  const columns: SheetCellRef[] = [];
  let tierColumn: SheetCellRef | undefined;
  for (const [name, ranges] of definedNameRanges(workbook)) {
    if (!isTierBookMarker(name) || ranges.length === 0) continue;
    const ref = parseCellRef(ranges[0]);
    if (!ref) continue;
    if (name.startsWith(SHEET_MARKER_PREFIX)) {
      const sheet = workbook.getWorksheet(ref.sheet);
      if (sheet) sheets.set(name, sheet);
    } else if (name.startsWith(COLUMN_MARKER_PREFIX)) {
      columns.push(ref);
      if (name === TIER_COLUMN_MARKER) tierColumn = ref;
    }
  }
  return { sheets, columns, tierColumn };
}
