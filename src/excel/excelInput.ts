import { isFormulaCell, type PlanCell } from '../engine';

/** What goes into one cell of a `values` / `formulas` array; null leaves the cell as it is. */
export type ExcelInput = string | number | boolean | null;

/**
 * A plan cell → what Excel is sent. Plain strings are ALWAYS text: every one gets a leading apostrophe, which Excel
 * stores as a text prefix and never shows or returns. That keeps "=HYPERLINK(…)", "+86 138…", "-x", "@x" from becoming
 * formulas, and "00123", "12.5%", "TRUE", "2024-01-01" or "#N/A" from becoming numbers, dates, booleans or errors.
 * Why the apostrophe and not numberFormat "@": it needs no second write before the values and leaves the cell's
 * format alone, so a later formula typed there still calculates. Only a FormulaCell is sent as "=formula".
 */
export function excelInputOf(cell: PlanCell | undefined): ExcelInput {
  if (cell === undefined || cell === null) return null;
  if (isFormulaCell(cell)) return `=${cell.formula}`;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'boolean') return cell;
  return cell === '' ? null : `'${cell}`;
}

export function isFormulaInput(input: ExcelInput): boolean {
  return typeof input === 'string' && input.startsWith('=');
}
