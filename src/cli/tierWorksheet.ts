import { ClientTableBuilder, TierBookError, text, tierClientTable, type TierModel, type TieringResult } from '../engine';
import type { ChosenSheet } from './chooseSheet';
import { readRowsInChunks } from './readWorksheet';

/** Reads the rows below the header in chunks into the engine's table builder, then scores and tiers them. */
export function tierWorksheet(chosen: ChosenSheet, model: TierModel, date1904: boolean, progress: (done: number, total: number) => void): TieringResult {
  const { sheet, layout, extent } = chosen;
  const builder = new ClientTableBuilder(layout, model, sheet.name);
  const firstRow = layout.headerRow + 1;
  const total = Math.max(0, extent.lastRow - layout.headerRow);
  readRowsInChunks(sheet, firstRow, extent.lastRow, extent.lastColumn + 1, date1904,
    (rows, firstRowNumber) => builder.appendRows(rows, firstRowNumber), (done) => progress(done, total));
  const table = builder.finish();
  if (table.size === 0) {
    throw new TierBookError('NO_CLIENTS', text(`工作表「${sheet.name}」第 ${layout.headerRow} 行表头下方没有客户行`,
      `no client rows below the header at row ${layout.headerRow} in sheet "${sheet.name}"`), { sheet: sheet.name, row: layout.headerRow });
  }
  return tierClientTable(table, model);
}
