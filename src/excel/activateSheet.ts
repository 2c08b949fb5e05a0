import { TierBookError, text } from '../engine';
import type { ExcelHost } from './host';
import { toTierBookError } from './officeErrors';

/** Shows a sheet, for the run report's links to the sheets a run wrote. */
export async function activateSheet(host: ExcelHost, sheetName: string): Promise<void> {
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) {
        throw new TierBookError('SHEET_NOT_FOUND', text(`找不到工作表「${sheetName}」`, `there is no sheet "${sheetName}"`), { sheet: sheetName });
      }
      sheet.activate();
      await context.sync();
    });
  } catch (error) {
    throw toTierBookError(error, text('切换工作表', 'showing the sheet'));
  }
}
