import type ExcelJS from 'exceljs';
import type { PlanCell, PlanSheet } from '../engine';
import { HEAT_MAP_ARGB, heatMapRange } from './heatMapRange';
import { excelJsValueOf } from './planCellValue';
import { usedExtent } from './readWorksheet';

/** Writes plan rows from worksheet row `firstRow` on: values, bold header rows, per-column number formats. */
function writeRows(sheet: ExcelJS.Worksheet, plan: PlanSheet, rows: readonly (readonly PlanCell[])[], firstRow: number, headerRows: ReadonlySet<number>): void {
  rows.forEach((cells, r) => {
    const isHeader = headerRows.has(r);
    cells.forEach((planCell, c) => {
      const value = excelJsValueOf(planCell);
      if (value === null) return;
      const cell = sheet.getCell(firstRow + r, c + 1);
      cell.value = value;
      const format = plan.numberFormats?.[c];
      if (isHeader) cell.font = { bold: true };
      else if (format) cell.numFmt = format;
      if (typeof value === 'string' && value.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' }; // numbered action lists
    });
  });
}

/** A fresh sheet's whole content, widths, frozen header rows and heat-map colour scale. */
export function renderNewSheet(sheet: ExcelJS.Worksheet, plan: PlanSheet): void {
  writeRows(sheet, plan, plan.rows, 1, new Set(plan.headerRows ?? []));
  plan.columnWidths?.forEach((width, c) => { sheet.getColumn(c + 1).width = width; });
  if (plan.freezeRows) sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}` }];
  const heat = heatMapRange(plan);
  if (heat) {
    sheet.addConditionalFormatting({
      ref: heat,
      rules: [{ type: 'colorScale', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: HEAT_MAP_ARGB.map((argb) => ({ argb })) }],
    });
  }
}

/** An append-only sheet (the run log) that already exists gains this run's rows below its last row; its header stays. */
export function appendToSheet(sheet: ExcelJS.Worksheet, plan: PlanSheet): void {
  const headerRows = new Set(plan.headerRows ?? [0]);
  const body = plan.rows.filter((_, r) => !headerRows.has(r));
  writeRows(sheet, plan, body, usedExtent(sheet).lastRow + 1, new Set());
}
