import { text } from '../engine';
import type { ExcelHost } from './host';
import { withExistingSheet } from './withExistingSheet';

/** Shows a sheet, for the run report's links to the sheets a run wrote. */
export function activateSheet(host: ExcelHost, sheetName: string): Promise<void> {
  return withExistingSheet(host, sheetName, text('切换工作表', 'showing the sheet'), (sheet) => sheet.activate());
}
