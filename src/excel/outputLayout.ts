import type { OutputPlan, PlanSheet } from '../engine';
import { freeSheetName } from '../engine';
import type { WorkbookState } from './inspectWorkbook';
import type { ColumnMarker, SheetMarker } from './markerIndex';
import { isKeptSheetMarker, sheetMarkerName } from './markers';

/** What happens to one plan sheet: a new sheet, an earlier run's sheet cleared and rewritten, or the log appended to. */
export interface SheetAction {
  readonly plan: PlanSheet;
  readonly marker: string;
  readonly kind: 'create' | 'reuse' | 'append';
  readonly sheetName: string;
}

/** Every decision of a write that depends on the workbook, made before anything is changed. */
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
  readonly sheets: readonly SheetAction[];
}

const same = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

export function planOutputLayout(plan: OutputPlan, state: WorkbookState): OutputLayout {
  const fullRun = plan.columns.length > 0;
  const { markers } = state;
  const planMarkers = new Set(plan.sheets.map((s) => sheetMarkerName(s.key).toUpperCase()));
  const isSource = (sheet: string): boolean => plan.sourceSheet !== '' && same(sheet, plan.sourceSheet);
  const staleSheets = fullRun
    ? markers.sheets.filter((m) => !planMarkers.has(m.name.toUpperCase()) && !isKeptSheetMarker(m.name) && !isSource(m.sheet))
    : [];
  const detachedMarkers = markers.sheets.filter((m) => isSource(m.sheet)).map((m) => m.name);
  const taken = state.sheets.map((s) => s.name).filter((n) => !staleSheets.some((m) => same(m.sheet, n)));
  const sheets = plan.sheets.map((planSheet): SheetAction => {
    const marker = sheetMarkerName(planSheet.key);
    const existing = markers.sheets.find((m) => same(m.name, marker) && !isSource(m.sheet));
    if (existing) return { plan: planSheet, marker, kind: planSheet.appendOnly ? 'append' : 'reuse', sheetName: existing.sheet };
    const sheetName = freeSheetName(planSheet.preferredName, taken);
    taken.push(sheetName);
    return { plan: planSheet, marker, kind: 'create', sheetName };
  });
  return { fullRun, brokenMarkers: markers.broken, oldColumns: fullRun ? markers.columns : [], staleSheets, detachedMarkers, sheets };
}
