import { sheetMarkerName, sheetMarkerOf, text, type CellValue } from '../engine';
import type { ExcelHost } from './host';
import { indexMarkers, loadNames } from './markerIndex';
import { toTierBookError } from './officeErrors';
import { readBlockChunks } from './readBlockChunks';
import type { RequestBudget } from './requestBudget';

/** A sheet TierBook wrote, as it is now: its name (markers follow renames) and its first columns' values from A1. */
export interface StoredSheet {
  readonly sheetName: string;
  readonly rows: readonly (readonly CellValue[])[];
}

/** A guess of a row's JSON size for the first chunk; later chunks are sized from what the one before measured. */
const FIRST_BYTES_PER_ROW = 160;

/**
 * The sheet TierBook marked `_TierBook_sheet_<key>` (the follow-up plan, the watchlist, …), its columns A… up to
 * `columnCount`, down to the used range, read in chunks under the request limits; undefined when the workbook has none.
 * For the pane's Tracking view, which reads what managers filled in and never writes.
 */
export async function readTierBookSheet(host: ExcelHost, budget: RequestBudget, key: string, columnCount: number, signal?: AbortSignal): Promise<StoredSheet | undefined> {
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const names = loadNames(context);
      await context.sync();
      const found = sheetMarkerOf(indexMarkers(names, sheets.items.map((s) => s.name)), sheetMarkerName(key))?.sheet;
      if (found === undefined) return undefined;
      const sheet = context.workbook.worksheets.getItem(found);
      const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
      await context.sync();
      const rowCount = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
      const rows: CellValue[][] = [];
      if (rowCount > 0) {
        await readBlockChunks(context, sheet, { row: 0, column: 0, rowCount, columnCount }, budget, FIRST_BYTES_PER_ROW,
          (chunk) => { for (const row of chunk) rows.push(row); }, signal);
      }
      return { sheetName: found, rows };
    });
  } catch (error) {
    throw toTierBookError(error, text('读取 TierBook 工作表', 'reading a TierBook sheet'));
  }
}
