import type { PlanCell } from './planCell';

/**
 * The widest row's length. Why a loop and not Math.max(...lengths): a strategy sheet can hold 50,000 rows, and
 * spreading that many arguments overflows the call stack.
 */
export function sheetWidth(rows: readonly (readonly PlanCell[])[]): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}
