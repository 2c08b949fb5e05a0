import { locateSheetLayout, type ColumnOverrides, type SheetLayout, type TierModel } from '../../engine';
import type { ClientTableSource } from '../../excel/workbookGateway';

/**
 * The sheet layout of the block the gateway found. locateSheetLayout counts rows from the block's top; the table,
 * the plan and every address need worksheet rows, so the header row is shifted by the block's first row.
 */
export function locateSourceLayout(source: ClientTableSource, model: TierModel, overrides: ColumnOverrides): SheetLayout {
  const layout = locateSheetLayout(source.topRows, model, source.sheetName, overrides);
  return { ...layout, headerRow: layout.headerRow + source.firstRow };
}

/** 1-based worksheet row of the block's last row. */
export function sourceLastRow(source: ClientTableSource): number {
  return source.firstRow + source.rowCount;
}
