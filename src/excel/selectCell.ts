import { TierBookError, text } from '../engine';
import type { ExcelHost } from './host';
import { toTierBookError } from './officeErrors';

/** "'分级模型'!E11" or "E11" → "E11": problem addresses may carry their sheet. */
export function localAddress(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}

/** Activates the sheet and selects the cell, for "go to the problem" links. */
export async function selectCell(host: ExcelHost, sheetName: string, address: string): Promise<void> {
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) {
        throw new TierBookError('SHEET_NOT_FOUND', text(`找不到工作表「${sheetName}」`, `there is no sheet "${sheetName}"`), { sheet: sheetName });
      }
      sheet.activate();
      sheet.getRange(localAddress(address)).select();
      await context.sync();
    });
  } catch (error) {
    throw toTierBookError(error, text('定位单元格', 'selecting the cell'));
  }
}
