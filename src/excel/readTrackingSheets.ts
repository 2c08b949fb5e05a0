import {
  TRACKING_MARKER_ROWS, TRACKING_READS, TRACKING_SHEET_ROWS, text, trackingSheetOf, trackingSheetsOf,
  type CellValue, type TrackingRead, type TrackingSheets,
} from '../engine';
import { throwIfAborted } from './abort';
import { findMarkedSheets } from './findMarkedSheet';
import type { ExcelHost } from './host';
import { toTierBookError } from './officeErrors';
import { readBlockChunks } from './readBlockChunks';
import { initialBytesPerRow } from './readChunkRows';
import type { RequestBudget } from './requestBudget';

/** Office.js reads an empty cell as ''; the runner's grids hold null there, so both hosts give the engine the same cells. */
function cellOf(value: CellValue): CellValue {
  return value === '' ? null : value;
}

/**
 * The tracking sheets a run reads before it writes (the engine's TRACKING_READS, which the runner follows too): the
 * roster and the follow-up plan by their marker cell, TierBook's marked sheet first; the service log by its marker
 * name. Each is read whole from A1 to its last used cell, in chunks under the request budget (readBlockChunks), so a
 * long service log never makes one request too big. Three syncs to find them, one per sheet for its extent, then
 * one per chunk.
 */
export async function readTrackingSheets(host: ExcelHost, budget: RequestBudget, signal?: AbortSignal): Promise<TrackingSheets> {
  try {
    return await host.run(async (context) => {
      const located = await findMarkedSheets(context, TRACKING_READS.map((r) => r.sheetKey), TRACKING_MARKER_ROWS);
      const hits: { read: TrackingRead; sheetName: string }[] = [];
      for (const read of TRACKING_READS) {
        const hit = trackingSheetOf(read, located.sheets, located.named.get(read.sheetKey));
        if (hit) hits.push({ read, sheetName: hit.name });
      }
      throwIfAborted(signal);
      const used = hits.map((h) => context.workbook.worksheets.getItem(h.sheetName).getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
      await context.sync();
      const found: { read: TrackingRead; sheetName: string; grid: CellValue[][] }[] = [];
      for (let i = 0; i < hits.length; i++) {
        const extent = used[i];
        const grid: CellValue[][] = [];
        if (!extent.isNullObject) {
          // From A1, as the engine counts cells (row 0 = worksheet row 1), to the last used cell.
          const rowCount = Math.min(extent.rowIndex + extent.rowCount, TRACKING_SHEET_ROWS);
          const columnCount = extent.columnIndex + extent.columnCount;
          const sheet = context.workbook.worksheets.getItem(hits[i].sheetName);
          await readBlockChunks(context, sheet, { row: 0, column: 0, rowCount, columnCount }, budget, initialBytesPerRow([], columnCount),
            (rows) => { for (const row of rows) grid.push(row.map(cellOf)); }, signal);
        }
        found.push({ ...hits[i], grid });
      }
      return trackingSheetsOf(found);
    });
  } catch (error) {
    throw toTierBookError(error, text('读取客户经理名册、回访计划、服务记录、效果历史与客户快照', 'reading the account manager roster, the follow-up plan, the service log, the effect history and the client snapshot'));
  }
}
