import type ExcelJS from 'exceljs';
import type { SheetCellRef } from './workbookNames';

/**
 * Empties the columns an earlier run appended (header cell down to the sheet's last row), so the new run's columns
 * land where they were instead of piling up to the right. Only cells TierBook marked are touched.
 */
export function clearPreviousColumns(workbook: ExcelJS.Workbook, columns: readonly SheetCellRef[]): void {
  for (const ref of columns) {
    const sheet = workbook.getWorksheet(ref.sheet);
    if (!sheet) continue;
    for (let r = ref.row; r <= sheet.rowCount; r++) {
      const cell = sheet.findCell(r, ref.column);
      if (!cell) continue;
      cell.value = null;
      cell.style = {};
    }
  }
}
