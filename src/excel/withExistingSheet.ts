import { TierBookError, text, type LocalizedText } from '../engine';
import type { ExcelHost } from './host';
import { toTierBookError } from './officeErrors';

/**
 * Finds a sheet by name, refuses with SHEET_NOT_FOUND when it is gone, and runs `act` on it in the same batch: the
 * one shape of the pane's links (activate a sheet, select a cell). `doing` names the action in error messages.
 */
export async function withExistingSheet(
  host: ExcelHost, sheetName: string, doing: LocalizedText, act: (sheet: Excel.Worksheet) => void,
): Promise<void> {
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) {
        throw new TierBookError('SHEET_NOT_FOUND', text(`找不到工作表「${sheetName}」`, `there is no sheet "${sheetName}"`), { sheet: sheetName });
      }
      act(sheet);
      await context.sync();
    });
  } catch (error) {
    throw toTierBookError(error, doing);
  }
}
