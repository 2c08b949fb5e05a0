import {
  CLIENT_SNAPSHOT_SHEET_KEY, EFFECT_HISTORY_MARKER, EFFECT_HISTORY_SHEET_KEY, SNAPSHOT_MARKER, FOLLOW_UP_MARKER, FOLLOW_UP_SHEET_KEY, MANAGER_ROSTER_MARKER, MANAGER_ROSTER_SHEET_KEY, SERVICE_LOG_SHEET_KEY, markedSheetOf,
  type MarkerIndex, type TrackingInputs,
} from '../engine';
import type { SettingsSheet } from './storedSettings';

/** The tracking sheets are read whole (a service log grows by every contact); Excel's row limit bounds them. */
export const TRACKING_SHEET_ROWS = 1_048_576;

type TrackingSheets = Pick<TrackingInputs, 'roster' | 'followUpPlan' | 'serviceLog' | 'history' | 'snapshot'>;

/**
 * The roster and the follow-up plan by their marker cell (TierBook's marked sheet first, as the add-in finds them),
 * the service log by its marker name, the effect history and the client snapshot by their marker cell (TierBook's
 * marked sheet first). Read before anything is written, so the plan's filled rows reach the log and the snapshot is
 * the previous run's.
 */
export async function readTrackingSheets(sheets: readonly SettingsSheet[], markers: MarkerIndex): Promise<TrackingSheets> {
  const byMarkerCell = async (marker: string, key: string): Promise<SettingsSheet | undefined> => {
    const named = markedSheetOf(markers, key);
    const ordered = [...sheets.filter((s) => s.name === named), ...sheets.filter((s) => s.name !== named)];
    for (const sheet of ordered) if ((await sheet.markerCells()).some((c) => typeof c === 'string' && c.trim() === marker)) return sheet;
    return undefined;
  };
  const found = async (sheet: SettingsSheet | undefined): Promise<{ sheetName: string; grid: Awaited<ReturnType<SettingsSheet['grid']>> } | undefined> =>
    (sheet ? { sheetName: sheet.name, grid: await sheet.grid(TRACKING_SHEET_ROWS) } : undefined);
  const logName = markedSheetOf(markers, SERVICE_LOG_SHEET_KEY);
  const roster = await found(await byMarkerCell(MANAGER_ROSTER_MARKER, MANAGER_ROSTER_SHEET_KEY));
  const followUpPlan = await found(await byMarkerCell(FOLLOW_UP_MARKER, FOLLOW_UP_SHEET_KEY));
  const serviceLog = await found(sheets.find((s) => s.name === logName));
  const history = await found(await byMarkerCell(EFFECT_HISTORY_MARKER, EFFECT_HISTORY_SHEET_KEY));
  const snapshot = await found(await byMarkerCell(SNAPSHOT_MARKER, CLIENT_SNAPSHOT_SHEET_KEY));
  return {
    ...(roster ? { roster } : {}), ...(followUpPlan ? { followUpPlan } : {}), ...(serviceLog ? { serviceLog } : {}),
    ...(history ? { history } : {}), ...(snapshot ? { snapshot } : {}),
  };
}
