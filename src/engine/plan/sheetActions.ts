import { freeSheetName } from './freeSheetName';
import type { ColumnMarker, MarkerIndex, SheetMarker } from './markerIndex';
import { isKeptSheetMarker, sameName, sheetMarkerName } from './markerNames';
import type { OutputPlan, PlanSheet } from './outputPlan';

/** What happens to one plan sheet: a new sheet, an earlier run's sheet cleared and rewritten, or the log appended to. */
export interface SheetAction {
  readonly plan: PlanSheet;
  readonly marker: string;
  readonly kind: 'create' | 'reuse' | 'append';
  /** The sheet's name: a free one for a new sheet, the existing one (renamed or not) for an earlier run's. */
  readonly sheetName: string;
}

/** What a renderer finds in the workbook before it writes: its sheets in tab order and TierBook's markers. */
export interface WorkbookOutline {
  readonly sheetNames: readonly string[];
  readonly markers: MarkerIndex;
}

/**
 * Every decision of a write that depends on the workbook, made before anything is changed. Both renderers carry it
 * out: the add-in clears a reused sheet in place, the runner writes a new part in the old one's place.
 */
export interface OutputLayout {
  /** A run with columns; a "save model" plan has none and leaves every other TierBook output alone. */
  readonly fullRun: boolean;
  readonly brokenMarkers: readonly string[];
  /** An earlier run's columns: cleared and unmarked (a run's columns are all replaced together). */
  readonly oldColumns: readonly ColumnMarker[];
  /** TierBook sheets this run does not write again (e.g. strategy sheets no longer chosen): deleted. */
  readonly staleSheets: readonly SheetMarker[];
  /** Sheet markers pointing at the client sheet itself (never cleared): dropped, the sheet gets a new one. */
  readonly detachedMarkers: readonly string[];
  /** TierBook sheets this run neither writes nor deletes (the model, templates, log of a run without them): kept, marker and all. */
  readonly keptSheets: readonly SheetMarker[];
  readonly sheets: readonly SheetAction[];
}

/** The plan's sheets against the workbook: which are created, reused or appended to, which go and which stay. */
export function planSheetActions(plan: OutputPlan, workbook: WorkbookOutline): OutputLayout {
  const fullRun = plan.columns.length > 0;
  const { markers } = workbook;
  const planMarkers = new Set(plan.sheets.map((s) => sheetMarkerName(s.key).toUpperCase()));
  const isSource = (sheet: string): boolean => plan.sourceSheet !== '' && sameName(sheet, plan.sourceSheet);
  const staleSheets = fullRun
    ? markers.sheets.filter((m) => !planMarkers.has(m.name.toUpperCase()) && !isKeptSheetMarker(m.name) && !isSource(m.sheet))
    : [];
  const detachedMarkers = markers.sheets.filter((m) => isSource(m.sheet)).map((m) => m.name);
  const keptSheets = markers.sheets.filter((m) => !planMarkers.has(m.name.toUpperCase()) && !isSource(m.sheet) && !staleSheets.includes(m));
  const taken = workbook.sheetNames.filter((n) => !staleSheets.some((m) => sameName(m.sheet, n)));
  const sheets = plan.sheets.map((planSheet): SheetAction => {
    const marker = sheetMarkerName(planSheet.key);
    const existing = markers.sheets.find((m) => sameName(m.name, marker) && !isSource(m.sheet));
    if (existing) return { plan: planSheet, marker, kind: planSheet.appendOnly ? 'append' : 'reuse', sheetName: existing.sheet };
    const sheetName = freeSheetName(planSheet.preferredName, taken);
    taken.push(sheetName);
    return { plan: planSheet, marker, kind: 'create', sheetName };
  });
  return { fullRun, brokenMarkers: markers.broken, oldColumns: fullRun ? markers.columns : [], staleSheets, detachedMarkers, keptSheets, sheets };
}

/**
 * Whether a renderer writes this sheet before it clears or replaces anything: an append-only sheet other than the
 * run log, i.e. the service log, whose new rows were harvested from a sheet this run replaces (the follow-up plan).
 * A run stopped after the clearing request then never loses a filled entry: it is in the log already (and the next
 * run's harvest dedupes it). The run log stays last: a run that stopped earlier leaves no log row claiming it ran.
 */
export function writtenBeforeClearing(action: Pick<SheetAction, 'plan'>): boolean {
  return action.plan.appendOnly === true && action.plan.role !== 'log';
}

/**
 * The rows an append-only sheet gets when its earlier rows end at 0-based row `at`: all of them on an empty sheet,
 * else those that are not header rows (the sheet keeps its one header).
 */
export function appendedRows(plan: PlanSheet, at: number): PlanSheet['rows'] {
  if (at === 0) return plan.rows;
  const headers = new Set(plan.headerRows ?? [0]);
  return plan.rows.filter((_, r) => !headers.has(r));
}

/** What "remove TierBook output" deletes: every marked column and sheet but the kept ones (the user's settings, the log). */
export interface RemovableOutput {
  readonly columns: readonly ColumnMarker[];
  readonly sheets: readonly SheetMarker[];
  /** Markers pointing nowhere: dropped. */
  readonly broken: readonly string[];
}

export function removableOutput(markers: MarkerIndex): RemovableOutput {
  return { columns: markers.columns, sheets: markers.sheets.filter((m) => !isKeptSheetMarker(m.name)), broken: markers.broken };
}
