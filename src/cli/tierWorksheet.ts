import {
  ADDIN_EXTRA_ROLES, ClientTableBuilder, ExtraColumnsBuilder, tierClientTable,
  type ExtraColumns, type TableReadOptions, type TierModel, type TieringResult,
} from '../engine';
import type { ChosenSheet } from './chooseSheet';
import { hiddenRowNumbers, readRowsInChunks } from './readWorksheet';

/** The tiers, and the columns the plan needs besides the factors (names, branches, suitability facts, segments). */
export interface TieredSheet {
  readonly result: TieringResult;
  readonly extras: ExtraColumns;
}

/** Reads the rows below the header in chunks into the engine's table builder, then scores and tiers them. */
export function tierWorksheet(
  chosen: ChosenSheet, model: TierModel, date1904: boolean, progress: (done: number, total: number) => void, readOptions: TableReadOptions = {},
): TieredSheet {
  const { sheet, layout, extent } = chosen;
  const builder = new ClientTableBuilder(layout, model, sheet.name, readOptions);
  const extraBuilder = new ExtraColumnsBuilder(layout, ADDIN_EXTRA_ROLES, model);
  const firstRow = layout.headerRow + 1;
  const total = Math.max(0, extent.lastRow - layout.headerRow);
  readRowsInChunks(sheet, firstRow, extent.lastRow, extent.lastColumn + 1, date1904, (rows, firstRowNumber) => {
    builder.appendRows(rows, firstRowNumber);
    extraBuilder.appendRows(rows, firstRowNumber);
  }, (done) => progress(done, total));
  builder.noteHiddenRows(hiddenRowNumbers(sheet, firstRow, extent.lastRow)); // tiered all the same, and said so
  const table = builder.finish();
  return { result: tierClientTable(table, model), extras: extraBuilder.finish(table.rowNumbers) };
}
