import { columnCellLook, type OutputPlan } from '../engine';
import { writeColumnFormat, writeRowBlock } from './blockWriter';
import { excelInputOf } from './excelInput';
import type { RequestPacker } from './requestPacker';

/** Work units of the columns, for progress: one per cell below the header. */
export function columnUnits(plan: OutputPlan): number {
  return plan.columns.reduce((n, c) => n + c.length, 0);
}

/**
 * The plan's columns below their headers (written by prepareOutput), each in budget-sized chunks: values, then the
 * column's number format over all its rows (a live spill column gets the format where its values will spill).
 */
export async function writeColumns(packer: RequestPacker, source: Excel.Worksheet, plan: OutputPlan): Promise<void> {
  const firstRow = plan.headerRow; // 0-based row below the 1-based header row
  for (let i = 0; i < plan.columns.length; i++) {
    const column = plan.columns[i];
    const target = { sheet: source, row: firstRow, column: plan.firstOutputColumn + i, width: 1 };
    await writeRowBlock(packer, target, column.length, (o) => [excelInputOf(column.cellAt(o))]);
    const { numberFormat } = columnCellLook(column, false);
    if (numberFormat !== undefined && column.length > 0) await writeColumnFormat(packer, source, firstRow, target.column, column.length, numberFormat);
  }
}
