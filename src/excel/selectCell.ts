import { text } from '../engine';
import type { ExcelHost } from './host';
import { withExistingSheet } from './withExistingSheet';

/** "'分级模型'!E11" or "E11" → "E11": problem addresses may carry their sheet. */
export function localAddress(address: string): string {
  return address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
}

/** Activates the sheet and selects the cell, for "go to the problem" links. */
export function selectCell(host: ExcelHost, sheetName: string, address: string): Promise<void> {
  return withExistingSheet(host, sheetName, text('定位单元格', 'selecting the cell'), (sheet) => {
    sheet.activate();
    sheet.getRange(localAddress(address)).select();
  });
}
