import { readModelSheet, text, type CellValue } from '../engine';
import { findModelSheet } from './findModelSheet';
import type { ExcelHost } from './host';
import { toTierBookError } from './officeErrors';
import type { StoredModel } from './workbookGateway';

/** A used range's values placed at their sheet position (row 0 = worksheet row 1), as readModelSheet counts cells. */
export function gridFromOrigin(values: readonly (readonly CellValue[])[], rowIndex: number, columnIndex: number): CellValue[][] {
  const pad = new Array<CellValue>(columnIndex).fill(null);
  return [...Array.from({ length: rowIndex }, (): CellValue[] => []), ...values.map((row) => [...pad, ...row])];
}

/** The model sheet's model, or undefined when the workbook has none; an edited sheet with errors throws INVALID_MODEL_SHEET. */
export async function readStoredModel(host: ExcelHost): Promise<StoredModel | undefined> {
  try {
    return await host.run(async (context) => {
      const sheetName = await findModelSheet(context);
      if (sheetName === undefined) return undefined;
      const used = context.workbook.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
      await context.sync();
      if (used.isNullObject) return undefined;
      const grid = gridFromOrigin(used.values as CellValue[][], used.rowIndex, used.columnIndex);
      return { model: readModelSheet(grid, sheetName), sheetName };
    });
  } catch (error) {
    throw toTierBookError(error, text('读取模型表', 'reading the model sheet'));
  }
}
