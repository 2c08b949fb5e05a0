import {
  TRACKING_READS, TRACKING_SHEET_ROWS, markedSheetOf, trackingSheetOf, trackingSheetsOf, type CellValue, type MarkerIndex, type TrackingSheets,
} from '../engine';
import type { SettingsSheet } from './storedSettings';

/**
 * The tracking sheets as the engine's TRACKING_READS says to find and read them (the add-in's
 * src/excel/readTrackingSheets.ts follows the same list): the roster and the follow-up plan by their marker cell
 * (TierBook's marked sheet first), the service log by its marker name, each read whole from A1. Read before anything
 * is written, so the plan's filled rows reach the log.
 */
export async function readTrackingSheets(sheets: readonly SettingsSheet[], markers: MarkerIndex): Promise<TrackingSheets> {
  // markerCells() is cached per sheet (streamedSettings.ts): asking every sheet once costs each its top rows once.
  const tops: { name: string; sheet: SettingsSheet; markerCells: readonly CellValue[] }[] = [];
  for (const sheet of sheets) tops.push({ name: sheet.name, sheet, markerCells: await sheet.markerCells() }); // one stream at a time
  const found: { read: (typeof TRACKING_READS)[number]; sheetName: string; grid: CellValue[][] }[] = [];
  for (const read of TRACKING_READS) {
    const hit = trackingSheetOf(read, tops, markedSheetOf(markers, read.sheetKey));
    if (hit) found.push({ read, sheetName: hit.name, grid: await hit.sheet.grid(TRACKING_SHEET_ROWS) });
  }
  return trackingSheetsOf(found);
}
