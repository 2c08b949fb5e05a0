import type { CellValue } from '../cell/cellValue';
import { SNAPSHOT_MARKER } from './clientSnapshot';
import { EFFECT_HISTORY_MARKER } from './effectHistory';
import { FOLLOW_UP_MARKER } from './followUpPlan';
import { MANAGER_ROSTER_MARKER } from './rosterLabels';
import { CLIENT_SNAPSHOT_SHEET_KEY, EFFECT_HISTORY_SHEET_KEY, FOLLOW_UP_SHEET_KEY, MANAGER_ROSTER_SHEET_KEY, SERVICE_LOG_SHEET_KEY } from './trackingKeys';
import type { FoundSheet, TrackingInputs } from './trackingPlan';

/** The sheets a run reads before it writes, by their TrackingInputs field. */
export type TrackingSheetField = 'roster' | 'followUpPlan' | 'serviceLog' | 'history' | 'snapshot';

/** The tracking sheets as a host found them: what composeOutputPlan's `tracking` takes besides the run date. */
export type TrackingSheets = Partial<Pick<TrackingInputs, TrackingSheetField>>;

/**
 * How one tracking sheet is found and what of it is read. Every host (the runner's src/cli/trackingSheets.ts, the
 * add-in's src/excel/readTrackingSheets.ts) follows this list, so both read the same cells and find the same sheets.
 */
export interface TrackingRead {
  readonly field: TrackingSheetField;
  /** The plan key: TierBook's marker name `_TierBook_sheet_<key>` points at the sheet an earlier run wrote. */
  readonly sheetKey: string;
  /**
   * The marker cell in A1:A{TRACKING_MARKER_ROWS}, trimmed: the sheet is found by it, whatever it is called (the sheet
   * the marker name points at first, then tab order). Absent: the sheet is found by its marker name alone (the
   * service log, whose header row has no marker cell; a manager may type rows anywhere below it).
   */
  readonly markerCell?: string;
}

/** Rows 1…10 of column A hold a marker cell (as for the model and templates sheets). */
export const TRACKING_MARKER_ROWS = 10;

/**
 * What is read of a found sheet: every used row and column from A1 (row 0 = worksheet row 1, column 0 = A), up to
 * Excel's row limit. The sheets are read whole: a service log grows by every contact, and rows a manager typed below
 * the last one count.
 */
export const TRACKING_SHEET_ROWS = 1_048_576;

export const TRACKING_READS: readonly TrackingRead[] = [
  { field: 'roster', sheetKey: MANAGER_ROSTER_SHEET_KEY, markerCell: MANAGER_ROSTER_MARKER },
  { field: 'followUpPlan', sheetKey: FOLLOW_UP_SHEET_KEY, markerCell: FOLLOW_UP_MARKER },
  { field: 'serviceLog', sheetKey: SERVICE_LOG_SHEET_KEY },
  // The effect history (append-only) and the previous run's client snapshot: retention, tier moves, the asset drop.
  { field: 'history', sheetKey: EFFECT_HISTORY_SHEET_KEY, markerCell: EFFECT_HISTORY_MARKER },
  { field: 'snapshot', sheetKey: CLIENT_SNAPSHOT_SHEET_KEY, markerCell: SNAPSHOT_MARKER },
];

/** Whether a cell of A1:A10 is the read's marker cell (trimmed, as the engine's readers check it). */
export function isTrackingMarkerCell(read: TrackingRead, cell: unknown): boolean {
  return read.markerCell !== undefined && typeof cell === 'string' && cell.trim() === read.markerCell;
}

/**
 * The sheet a read finds: for a marker-cell read, the first of `sheets` (in tab order) whose column A top holds the
 * marker, the one TierBook's marker name points at (`named`) first, so a pasted copy does not take over; otherwise
 * the named sheet, if it still exists.
 */
export function trackingSheetOf<S extends { readonly name: string; readonly markerCells: readonly unknown[] }>(
  read: TrackingRead, sheets: readonly S[], named: string | undefined,
): S | undefined {
  if (read.markerCell === undefined) return sheets.find((s) => s.name === named);
  const ordered = [...sheets.filter((s) => s.name === named), ...sheets.filter((s) => s.name !== named)];
  return ordered.find((s) => s.markerCells.slice(0, TRACKING_MARKER_ROWS).some((c) => isTrackingMarkerCell(read, c)));
}

/** The found sheets as TrackingInputs fields (absent ones left out, as the engine expects). */
export function trackingSheetsOf(found: readonly { readonly read: TrackingRead; readonly sheetName: string; readonly grid: readonly (readonly CellValue[])[] }[]): TrackingSheets {
  const out: { -readonly [K in TrackingSheetField]?: FoundSheet } = {};
  for (const f of found) out[f.read.field] = { sheetName: f.sheetName, grid: f.grid };
  return out;
}
