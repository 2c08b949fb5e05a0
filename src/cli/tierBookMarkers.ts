import type ExcelJS from 'exceljs';
import { STRATEGY_TEMPLATES_SHEET_KEY, type OutputPlan } from '../engine';
import { definedNameRanges, parseCellRef, type SheetCellRef } from './workbookNames';

/**
 * TierBook marks what it writes with workbook names, never by sheet name: a user's own 分级汇总 is not ours, and
 * ours stays ours after the user renames it (Excel updates names on rename).
 */
export const MARKER_PREFIX = '_TierBook_';
const SHEET_MARKER = `${MARKER_PREFIX}sheet_`;
const COLUMN_MARKER = `${MARKER_PREFIX}col_`;

/** Plan keys such as "strategy:钻石" → characters a defined name may hold (letters, digits, "_"). */
export function nameSafeKey(key: string): string {
  return Array.from(key, (ch) => (/^[A-Za-z0-9]$/u.test(ch) ? ch : `_${ch.codePointAt(0)?.toString(16)}`)).join('');
}

export function sheetMarkerName(key: string): string {
  return SHEET_MARKER + nameSafeKey(key);
}

export function columnMarkerName(key: string): string {
  return COLUMN_MARKER + nameSafeKey(key);
}

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

/**
 * Sheets a run that does not write them leaves in place, marker and all: the strategy templates are the user's
 * settings, written once with the defaults and then edited by hand (as in the add-in, src/excel/markers.ts).
 */
export const KEPT_SHEET_MARKERS: ReadonlySet<string> = new Set([sheetMarkerName(STRATEGY_TEMPLATES_SHEET_KEY)]);

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
    if (name.startsWith(SHEET_MARKER)) {
      const sheet = workbook.getWorksheet(ref.sheet);
      if (sheet) sheets.set(name, sheet);
    } else if (name.startsWith(COLUMN_MARKER)) {
      columns.push(ref);
      if (name === TIER_COLUMN_MARKER) tierColumn = ref;
    }
  }
  return { sheets, columns, tierColumn };
}
