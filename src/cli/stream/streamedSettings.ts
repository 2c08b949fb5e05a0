import type { CellValue } from '../../engine';
import type { SettingsSheet } from '../storedSettings';
import { readTopRows, type PackageReadContext } from './chooseStreamedSheet';
import type { SheetEntry } from './workbookPackage';
import type { ZipArchive } from './zipArchive';

/**
 * Rows of a settings sheet read at most. A model or templates sheet is a few hundred rows; the cap keeps a sheet that
 * merely has the marker pasted on top of a million rows from being held whole.
 */
const SETTINGS_SHEET_ROWS = 10_000;

function gridOf(rows: ReadonlyMap<number, CellValue[]>): CellValue[][] {
  let last = 0;
  for (const r of rows.keys()) if (r > last) last = r;
  return Array.from({ length: last }, (_, r) => rows.get(r + 1) ?? []);
}

/** A worksheet part as the settings search reads it, parsed only as far as asked. */
export function streamedSettingsSheet(archive: ZipArchive, sheet: SheetEntry, context: PackageReadContext): SettingsSheet {
  let markerCells: Promise<CellValue[]> | undefined;
  return {
    name: sheet.name,
    // Asked once for the model and once for the templates: one read serves both.
    markerCells: () => (markerCells ??= readTopRows(archive, sheet, context, new Map(), 10)
      .then((rows) => Array.from({ length: 10 }, (_, r) => rows.get(r + 1)?.[0] ?? null))),
    grid: async (maxRows = SETTINGS_SHEET_ROWS) => gridOf(await readTopRows(archive, sheet, context, new Map(), maxRows)),
  };
}
