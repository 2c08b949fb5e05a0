import { sheetMarkerName, text, type CellValue } from '../engine';
import type { ExcelHost } from './host';
import { indexMarkers, loadNames } from './markerIndex';
import { toTierBookError } from './officeErrors';
import type { StoredRunLog } from './workbookGateway';

/**
 * The run log's rows and where each of TierBook's sheets is now (by its `_TierBook_sheet_<key>` marker, upper-cased),
 * or undefined when the workbook has no run log. Two syncs, whatever the log's length.
 */
export async function readRunLog(host: ExcelHost): Promise<StoredRunLog | undefined> {
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const names = loadNames(context);
      await context.sync();
      const markers = indexMarkers(names, sheets.items.map((s) => s.name));
      const logMarker = sheetMarkerName('log').toUpperCase();
      const log = markers.sheets.find((m) => m.name.toUpperCase() === logMarker);
      if (!log) return undefined;
      const used = context.workbook.worksheets.getItem(log.sheet).getUsedRangeOrNullObject(true).load('values');
      await context.sync();
      const sheetsByMarker: Record<string, string> = {};
      for (const m of markers.sheets) sheetsByMarker[m.name.toUpperCase()] = m.sheet;
      return { sheetName: log.sheet, rows: used.isNullObject ? [] : used.values as CellValue[][], sheetsByMarker };
    });
  } catch (error) {
    throw toTierBookError(error, text('读取运行日志', 'reading the run log'));
  }
}
