import { markedColumnOf, rangeAddress, text, type CellValue } from '../engine';
import type { ExcelHost } from './host';
import { indexMarkers, loadNames } from './markerIndex';
import { toTierBookError } from './officeErrors';
import { readBlockChunks } from './readBlockChunks';
import type { RequestBudget } from './requestBudget';

/** A TierBook column as the workbook holds it now: where its header is and its cells below, down to the used range. */
export interface StoredColumn {
  readonly sheet: string;
  /** 0-based row and column of the header cell. */
  readonly headerRow: number;
  readonly column: number;
  /** Cells of the rows below the header, in order. */
  readonly cells: readonly CellValue[];
}

/**
 * The cells of the column TierBook marked `_TierBook_col_<key>`, read in chunks under the request limits, or undefined
 * when the workbook has no such column. For the pane's check of a past run (verifyRun).
 */
export async function readTierBookColumn(host: ExcelHost, budget: RequestBudget, key: string): Promise<StoredColumn | undefined> {
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const names = loadNames(context);
      await context.sync();
      const cell = markedColumnOf(indexMarkers(names, sheets.items.map((s) => s.name)), key);
      if (!cell) return undefined;
      const marker = { cell };
      const sheet = context.workbook.worksheets.getItem(marker.cell.sheet);
      const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
      await context.sync();
      const rowCount = used.isNullObject ? 0 : used.rowIndex + used.rowCount - marker.cell.row - 1;
      const cells: CellValue[] = [];
      if (rowCount > 0) {
        await readBlockChunks(context, sheet, { row: marker.cell.row + 1, column: marker.cell.column, rowCount, columnCount: 1 }, budget, 24,
          (rows) => { for (const row of rows) cells.push(row[0] ?? null); });
      }
      return { sheet: marker.cell.sheet, headerRow: marker.cell.row, column: marker.cell.column, cells };
    });
  } catch (error) {
    throw toTierBookError(error, text('读取 TierBook 列', 'reading a TierBook column'));
  }
}

/** The values of a block of a sheet (for the 合规检查 counts), or [] when the sheet is gone. */
export async function readSheetBlock(host: ExcelHost, sheetName: string, firstRow: number, rowCount: number, columnCount: number): Promise<CellValue[][]> {
  try {
    return await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) return [];
      const range = sheet.getRange(rangeAddress(firstRow, 0, rowCount, columnCount)).load('values');
      await context.sync();
      return range.values as CellValue[][];
    });
  } catch (error) {
    throw toTierBookError(error, text('读取工作表', 'reading a sheet'));
  }
}
