import { STRATEGY_TEMPLATES_SHEET_KEY } from '../strategy/strategyTemplatesSheet';
import { CLIENT_SNAPSHOT_SHEET_KEY, EFFECT_HISTORY_SHEET_KEY, FOLLOW_UP_SHEET_KEY, MANAGER_ROSTER_SHEET_KEY, SERVICE_LOG_SHEET_KEY } from '../tracking/trackingKeys';
import { JUDGEMENT_SHEET_KEY } from '../weights/judgementSheet';

/**
 * TierBook marks what it writes with workbook names, never by sheet name: a user's own 分级汇总 is not ours, and
 * ours stays ours after the user renames it (Excel updates names on rename). One scheme for both hosts, so a
 * workbook written by `tierbook` and re-run in the add-in (or the other way round) replaces the right things.
 */
export const MARKER_PREFIX = '_TierBook_';
export const SHEET_MARKER_PREFIX = `${MARKER_PREFIX}sheet_`;
export const COLUMN_MARKER_PREFIX = `${MARKER_PREFIX}col_`;

/** Plan keys such as "strategy:钻石" → characters a defined name may hold (letters, digits, "_"). */
export function nameSafeKey(key: string): string {
  return Array.from(key, (ch) => (/^[A-Za-z0-9]$/u.test(ch) ? ch : `_${ch.codePointAt(0)?.toString(16)}`)).join('');
}

/** `_TierBook_sheet_<key>` → `'<sheet>'!$A$1`. */
export function sheetMarkerName(key: string): string {
  return SHEET_MARKER_PREFIX + nameSafeKey(key);
}

/** `_TierBook_col_<key>` → the column's header cell. */
export function columnMarkerName(key: string): string {
  return COLUMN_MARKER_PREFIX + nameSafeKey(key);
}

/**
 * Plan keys of the sheets a run that does not write them (or a cleanup) never deletes: the model and the strategy
 * templates (the user's settings, edited by hand; a run writes the templates only when the workbook has none) and
 * the run log (the audit trail); the AHP judgements sheet (the user's judgements, written once on request); and the tracking loop's sheets that hold what managers type: the roster, the
 * follow-up plan (its filled rows are copied to the service log by the next run that rewrites it) and the service log;
 * and what the effect evaluation compares across runs: the effect history (append-only) and the client snapshot.
 */
export const KEPT_SHEET_KEYS: readonly string[] = [
  'model', STRATEGY_TEMPLATES_SHEET_KEY, 'log', JUDGEMENT_SHEET_KEY, MANAGER_ROSTER_SHEET_KEY, FOLLOW_UP_SHEET_KEY, SERVICE_LOG_SHEET_KEY,
  EFFECT_HISTORY_SHEET_KEY, CLIENT_SNAPSHOT_SHEET_KEY,
];

/** Excel compares defined names case-insensitively, so TierBook does too, on every host. */
export function sameName(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

const startsWithName = (name: string, prefix: string): boolean => name.toUpperCase().startsWith(prefix.toUpperCase());

export function isTierBookMarker(name: string): boolean {
  return startsWithName(name, MARKER_PREFIX);
}

export function isSheetMarker(name: string): boolean {
  return startsWithName(name, SHEET_MARKER_PREFIX);
}

export function isColumnMarker(name: string): boolean {
  return startsWithName(name, COLUMN_MARKER_PREFIX);
}

/** The markers of the sheets a cleanup or a plan without them never deletes (KEPT_SHEET_KEYS), upper-cased. */
const KEPT_SHEET_MARKERS: ReadonlySet<string> = new Set(KEPT_SHEET_KEYS.map((key) => sheetMarkerName(key).toUpperCase()));

export function isKeptSheetMarker(name: string): boolean {
  return KEPT_SHEET_MARKERS.has(name.toUpperCase());
}
