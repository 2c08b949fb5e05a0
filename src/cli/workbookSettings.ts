import type ExcelJS from 'exceljs';
import type { CellValue } from '../engine';
import { readCell } from './readCell';
import { readRow, usedExtent } from './readWorksheet';
import type { SettingsSheet } from './storedSettings';
import type { PreviousOutput } from './tierBookMarkers';
import type { SheetCellRef } from './workbookNames';

/** A loaded worksheet as the settings search reads it. */
export function settingsSheetOf(sheet: ExcelJS.Worksheet, date1904: boolean): SettingsSheet {
  return {
    name: sheet.name,
    markerCells: () => Promise.resolve(Array.from({ length: 10 }, (_, r) => {
      const cell = sheet.findCell(r + 1, 1);
      return cell ? readCell(cell, date1904) : null;
    })),
    grid: () => {
      const extent = usedExtent(sheet);
      return Promise.resolve(Array.from({ length: extent.lastRow }, (_, r) => readRow(sheet, r + 1, extent.lastColumn + 1, date1904)));
    },
  };
}

/** Marker name → the name of the sheet it points at. */
export function markedSheetNames(previous: PreviousOutput): Map<string, string> {
  return new Map(Array.from(previous.sheets, ([marker, sheet]) => [marker, sheet.name]));
}

/** The cells below a marked column header, by 1-based row: read before an earlier run's columns are cleared. */
export function cellsBelow(workbook: ExcelJS.Workbook, header: SheetCellRef, date1904: boolean): Map<number, CellValue> {
  const cells = new Map<number, CellValue>();
  const sheet = workbook.getWorksheet(header.sheet);
  if (!sheet) return cells;
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const cell = sheet.findCell(r, header.column);
    if (cell) cells.set(r, readCell(cell, date1904));
  }
  return cells;
}
