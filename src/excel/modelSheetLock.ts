import { TierBookError, text } from '../engine';
import { findModelSheet } from './findModelSheet';
import type { ExcelHost } from './host';
import { officeErrorCode, toTierBookError } from './officeErrors';

function noModelSheet(): TierBookError {
  return new TierBookError('SHEET_NOT_FOUND', text('工作簿中还没有模型表：请先保存模型', 'the workbook has no model sheet yet: save the model first'));
}

function wrongPassword(sheet: string): TierBookError {
  return new TierBookError('SHEET_PROTECTED', text(`模型表「${sheet}」的密码不正确`, `wrong password for the model sheet "${sheet}"`), { sheet });
}

/**
 * Protects (or unprotects) the model sheet with Excel's worksheet protection, optionally with a password. This guards
 * against accidental edits only: worksheet protection is not encryption, and the sheet's contents stay readable.
 */
export async function setModelSheetLocked(host: ExcelHost, locked: boolean, password?: string): Promise<void> {
  let sheetName: string | undefined;
  try {
    await host.run(async (context) => {
      sheetName = await findModelSheet(context);
      if (sheetName === undefined) throw noModelSheet();
      const protection = context.workbook.worksheets.getItem(sheetName).protection.load('protected');
      await context.sync();
      if (locked === protection.protected) return;
      if (locked) protection.protect({ allowFormatColumns: true, allowFormatRows: true }, password || undefined);
      else protection.unprotect(password || undefined);
      await context.sync();
    });
  } catch (error) {
    if (officeErrorCode(error) === 'BadPassword' && sheetName !== undefined) throw wrongPassword(sheetName);
    throw toTierBookError(error, text(locked ? '锁定模型表' : '解除模型表锁定', locked ? 'locking the model sheet' : 'unlocking the model sheet'));
  }
}
