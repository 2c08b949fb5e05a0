import type ExcelJS from 'exceljs';
import type { OutputPlan } from '../engine';
import { excelJsValueOf } from './planCellValue';
import { columnMarkerName } from './tierBookMarkers';
import { absoluteCellRef } from './workbookNames';

/** Rows between two progress reports while writing columns. */
const PROGRESS_EVERY = 10_000;

/**
 * Appends the plan's columns to the client sheet from plan.firstOutputColumn: a bold header in the header row
 * (styled like the sheet's own last header cell), then one cell per worksheet row below it.
 * Returns the marker name → header cell of each column, so a re-run can find and replace them.
 */
export function renderColumns(sheet: ExcelJS.Worksheet, plan: OutputPlan, progress: (done: number, total: number) => void): Map<string, string> {
  const markers = new Map<string, string>();
  const headerStyle = plan.firstOutputColumn > 0 ? sheet.findCell(plan.headerRow, plan.firstOutputColumn)?.style : undefined;
  const total = plan.columns.reduce((a, c) => a + c.length, 0);
  let done = 0;
  plan.columns.forEach((column, i) => {
    const columnNumber = plan.firstOutputColumn + i + 1;
    const header = sheet.getCell(plan.headerRow, columnNumber);
    header.value = column.header;
    header.style = { ...(headerStyle ?? {}), numFmt: undefined, font: { ...(headerStyle?.font ?? {}), bold: true } };
    markers.set(columnMarkerName(column.key), absoluteCellRef(sheet.name, plan.headerRow, columnNumber));
    if (column.width !== undefined) sheet.getColumn(columnNumber).width = column.width;
    for (let o = 0; o < column.length; o++) {
      const value = excelJsValueOf(column.cellAt(o));
      if (value !== null) {
        const cell = sheet.getCell(plan.headerRow + 1 + o, columnNumber);
        cell.value = value;
        if (column.numberFormat) cell.numFmt = column.numberFormat;
      }
      if (++done % PROGRESS_EVERY === 0) progress(done, total);
    }
  });
  progress(total, total);
  return markers;
}
