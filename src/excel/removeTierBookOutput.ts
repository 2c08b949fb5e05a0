import { cellAddress, columnToBottom, removableOutput, text } from '../engine';
import { EXCEL_API, requireBaselineApi } from './apiSupport';
import type { ExcelHost } from './host';
import { indexMarkers, loadNames } from './markerIndex';
import { readOnlyError, structureProtectedError, toTierBookError } from './officeErrors';

/** What a cleanup removed. */
export interface RemovedOutput {
  readonly columns: readonly string[];
  readonly sheets: readonly string[];
}

/**
 * Deletes everything TierBook marked — its columns (cleared from the header cell down) and its sheets with their
 * PivotTables and charts — except the model sheet and the strategy templates (the user's settings) and the run log
 * (the audit trail), and drops the markers. Used by the pane after a cancelled or failed write.
 */
export async function removeTierBookOutput(host: ExcelHost): Promise<RemovedOutput> {
  requireBaselineApi(host);
  try {
    return await host.run(async (context) => {
      const { worksheets, names } = context.workbook;
      const sheets = worksheets.load('items/name');
      const nameItems = loadNames(context);
      if (host.isSetSupported('ExcelApi', EXCEL_API.readOnly)) context.workbook.load('readOnly');
      const structure = host.isSetSupported('ExcelApi', EXCEL_API.workbookProtection) ? context.workbook.protection.load('protected') : undefined;
      await context.sync();
      if (host.isSetSupported('ExcelApi', EXCEL_API.readOnly) && context.workbook.readOnly) throw readOnlyError();
      const markers = removableOutput(indexMarkers(nameItems, sheets.items.map((s) => s.name)));
      const doomed = markers.sheets;
      if (doomed.length > 0 && structure?.protected) throw structureProtectedError();
      const headers = markers.columns.map((c) => worksheets.getItem(c.cell.sheet).getRange(cellAddress(c.cell.row, c.cell.column)).load('values'));
      await context.sync();
      for (const column of markers.columns) {
        worksheets.getItem(column.cell.sheet).getRange(columnToBottom(column.cell)).clear('All');
        names.getItem(column.name).delete();
      }
      for (const sheet of doomed) {
        names.getItem(sheet.name).delete();
        worksheets.getItem(sheet.sheet).delete();
      }
      for (const name of markers.broken) names.getItem(name).delete();
      await context.sync();
      return { columns: headers.map((h) => String(h.values[0]?.[0] ?? '')), sheets: doomed.map((s) => s.sheet) };
    });
  } catch (error) {
    throw toTierBookError(error, text('删除 TierBook 的输出', 'removing TierBook\'s output'));
  }
}
