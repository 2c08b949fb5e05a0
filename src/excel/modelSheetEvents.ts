import { text } from '../engine';
import { findModelSheet } from './findModelSheet';
import type { ExcelHost } from './host';
import { toTierBookError } from './officeErrors';

/**
 * Calls `handler` after edits of the model sheet (Worksheet.onChanged), except while `isQuiet()` says TierBook itself
 * is writing. Without a model sheet there is nothing to watch: the returned stop function does nothing.
 */
export async function onStoredModelChanged(host: ExcelHost, handler: () => void, isQuiet: () => boolean): Promise<() => Promise<void>> {
  try {
    return await host.run(async (context) => {
      const sheetName = await findModelSheet(context);
      if (sheetName === undefined) return async () => undefined;
      const registration = context.workbook.worksheets.getItem(sheetName).onChanged.add(async () => {
        if (!isQuiet()) handler();
      });
      await context.sync();
      let stopped = false;
      return async () => {
        if (stopped) return;
        stopped = true;
        // office.js sends the removal with the next sync of the registration's own context.
        registration.remove();
        await registration.context.sync();
      };
    });
  } catch (error) {
    throw toTierBookError(error, text('监听模型表', 'watching the model sheet'));
  }
}
