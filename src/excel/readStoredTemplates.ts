import { quoteSheetName, readStrategyTemplates, STRATEGY_TEMPLATES_MARKER, TierBookError, text, type CellValue } from '../engine';
import { findTemplatesSheet } from './findTemplatesSheet';
import type { ExcelHost } from './host';
import { toTierBookError } from './officeErrors';
import { gridFromOrigin } from './readStoredModel';
import type { StoredTemplates } from './workbookGateway';

/** TierBook's templates sheet whose marker was cleared: said, never silently replaced by the defaults. */
function markerRemovedError(sheetName: string): TierBookError {
  const address = `${quoteSheetName(sheetName)}!A1:A10`;
  return new TierBookError('INVALID_MODEL_SHEET', text(
    `策略模板表「${sheetName}」的 A1:A10 中已没有 ${STRATEGY_TEMPLATES_MARKER} 标记（${address}）：请恢复该标记；如要改用默认模板，请删除此工作表`,
    `the strategy templates sheet "${sheetName}" no longer has the ${STRATEGY_TEMPLATES_MARKER} marker in A1:A10 (${address}): put it back, or delete the sheet to start again from the default templates`),
  { sheet: sheetName, address });
}

/**
 * The playbooks of the workbook's strategy templates sheet, or undefined when it has none. Hand edits with errors
 * throw INVALID_MODEL_SHEET naming the sheet and cell (readStrategyTemplates). Three syncs, whatever the workbook.
 */
export async function readStoredTemplates(host: ExcelHost): Promise<StoredTemplates | undefined> {
  try {
    return await host.run(async (context) => {
      const found = await findTemplatesSheet(context);
      if (found === undefined) return undefined;
      if (!found.marked) throw markerRemovedError(found.sheetName);
      const used = context.workbook.worksheets.getItem(found.sheetName).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
      await context.sync();
      const grid = used.isNullObject ? [] : gridFromOrigin(used.values as CellValue[][], used.rowIndex, used.columnIndex);
      return { playbooks: readStrategyTemplates(grid, found.sheetName), sheetName: found.sheetName };
    });
  } catch (error) {
    throw toTierBookError(error, text('读取策略模板表', 'reading the strategy templates sheet'));
  }
}
