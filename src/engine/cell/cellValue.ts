/**
 * A cell as the engine sees it, whatever the host: Office.js `values`, ExcelJS or a test grid.
 * Dates arrive as Excel serial numbers and error cells as their error text ("#N/A"), as Office.js gives them.
 */
export type CellValue = string | number | boolean | null;

/** The error values Excel can show in a cell. */
export const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set([
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA',
  '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!', '#PYTHON!',
]);

export function isExcelError(value: CellValue): boolean {
  if (typeof value !== 'string') return false;
  const text = value.trim();
  return text.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_VALUES.has(text.toUpperCase());
}

/** Blank as Excel means it: nothing, or only whitespace. */
export function isBlankCell(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}
