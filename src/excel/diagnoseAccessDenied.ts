import type { TierBookError } from '../engine';
import { EXCEL_API } from './apiSupport';
import type { ExcelHost } from './host';
import { readOnlyError, sheetProtectedError, structureProtectedError } from './officeErrors';

/**
 * Excel answers a write to a read-only workbook or a protected sheet with the same AccessDenied; this looks at the
 * workbook to say which it was, naming the sheet. Undefined when nothing explains it.
 */
export async function diagnoseAccessDenied(host: ExcelHost, sheets: readonly string[], modelSheet?: string): Promise<TierBookError | undefined> {
  try {
    return await host.run(async (context) => {
      const workbook = context.workbook;
      const readOnly = host.isSetSupported('ExcelApi', EXCEL_API.readOnly);
      if (readOnly) workbook.load('readOnly');
      const structure = host.isSetSupported('ExcelApi', EXCEL_API.workbookProtection) ? workbook.protection.load('protected') : undefined;
      const protections = sheets.map((name) => {
        const sheet = workbook.worksheets.getItemOrNullObject(name).load('name');
        return { name, sheet, protection: sheet.protection.load('protected') };
      });
      await context.sync();
      if (readOnly && workbook.readOnly) return readOnlyError();
      const locked = protections.find((p) => !p.sheet.isNullObject && p.protection.protected);
      if (locked) return sheetProtectedError(locked.sheet.name, modelSheet !== undefined && locked.name.toUpperCase() === modelSheet.toUpperCase());
      if (structure?.protected) return structureProtectedError();
      return undefined;
    });
  } catch {
    return undefined;
  }
}
