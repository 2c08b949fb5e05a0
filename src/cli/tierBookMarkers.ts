import { KEPT_SHEET_KEYS, MARKER_PREFIX, columnMarkerName, sheetMarkerName, type OutputPlan } from '../engine';

// The naming scheme is the engine's (src/engine/plan/markerNames.ts), shared with the add-in.
export { MARKER_PREFIX, columnMarkerName, nameSafeKey, sheetMarkerName } from '../engine';

export function isTierBookMarker(name: string): boolean {
  return name.startsWith(MARKER_PREFIX);
}

/** Sheets a run that does not write them leaves in place, marker and all (KEPT_SHEET_KEYS, as in the add-in). */
export const KEPT_SHEET_MARKERS: ReadonlySet<string> = new Set(KEPT_SHEET_KEYS.map(sheetMarkerName));

/** A kept sheet that this plan does not write: it stays, and so does its marker. */
export function keptUnwritten(marker: string, plan: OutputPlan): boolean {
  return KEPT_SHEET_MARKERS.has(marker) && !plan.sheets.some((s) => sheetMarkerName(s.key) === marker);
}

/** The marker of the tier column, whose cells are the previous tiers a re-run compares with. */
export const TIER_COLUMN_MARKER = columnMarkerName('tier');

/** The marker of the 合规快照 column, whose cells are the previous compliance states a re-run compares with. */
export const STATE_COLUMN_MARKER = columnMarkerName('complianceState');
