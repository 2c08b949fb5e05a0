import { TierBookError } from '../errors';
import { text } from '../i18n/locale';
import type { ClientTable } from './clientTable';

/**
 * A header with nothing below it is a mistake to report, not a tiering to write: composeOutputPlan, which every host
 * (the runner, the task pane) goes through, refuses it with this one message naming the sheet and the header row.
 */
export function requireClients(table: ClientTable, sheetName: string): void {
  if (table.size > 0) return;
  const headerRow = table.layout.headerRow;
  throw new TierBookError('NO_CLIENTS', text(`工作表「${sheetName}」第 ${headerRow} 行表头下方没有客户行`,
    `no client rows below the header at row ${headerRow} in sheet "${sheetName}"`), { sheet: sheetName, row: headerRow });
}
