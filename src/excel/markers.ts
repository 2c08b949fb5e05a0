import { COLUMN_MARKER_PREFIX, KEPT_SHEET_KEYS, MARKER_PREFIX, SHEET_MARKER_PREFIX, sheetMarkerName } from '../engine';

// The naming scheme is the engine's (src/engine/plan/markerNames.ts), shared with the CLI; Office.js compares names
// case-insensitively, so the add-in's tests do too.
export { COLUMN_MARKER_PREFIX, MARKER_PREFIX, SHEET_MARKER_PREFIX, columnMarkerName, nameSafeKey, sheetMarkerName } from '../engine';

export function isTierBookMarker(name: string): boolean {
  return name.toUpperCase().startsWith(MARKER_PREFIX.toUpperCase());
}

export function isSheetMarker(name: string): boolean {
  return name.toUpperCase().startsWith(SHEET_MARKER_PREFIX.toUpperCase());
}

export function isColumnMarker(name: string): boolean {
  return name.toUpperCase().startsWith(COLUMN_MARKER_PREFIX.toUpperCase());
}

/** The markers of the sheets a cleanup or a plan without them never deletes (KEPT_SHEET_KEYS), upper-cased. */
export const KEPT_SHEET_MARKERS: ReadonlySet<string> = new Set(KEPT_SHEET_KEYS.map((key) => sheetMarkerName(key).toUpperCase()));

export function isKeptSheetMarker(name: string): boolean {
  return KEPT_SHEET_MARKERS.has(name.toUpperCase());
}
