import type { CellValue } from '../cell/cellValue';
import { cellText } from '../cell/normalizeText';
import type { OutputPlan } from '../plan/outputPlan';
import { isFormulaCell, type PlanCell } from '../plan/planCell';

/** The client-sheet columns a verification recomputes: scores, tiers, suitability and compliance (not the run-to-run ones). */
export const VERIFIED_COLUMN_KEYS: readonly string[] = [
  'score', 'tier', 'investorClass', 'investorClassReason', 'suitableRange', 'assessmentStatus', 'assessmentExpiry', 'suitableShelf', 'complianceState',
];

/** A plan cell as a value: a formula's cached result. */
export function planCellValue(cell: PlanCell): CellValue {
  return isFormulaCell(cell) ? cell.result ?? null : cell;
}

/** Equal as a reviewer would read them: numbers to 9 significant digits (cached formula results), text trimmed, blank = empty. */
export function sameStoredValue(stored: CellValue, expected: CellValue): boolean {
  const blank = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');
  if (blank(stored) || blank(expected)) return blank(stored) && blank(expected);
  if (typeof expected === 'number' || typeof stored === 'number') {
    const a = typeof stored === 'number' ? stored : Number(stored);
    const b = typeof expected === 'number' ? expected : Number(expected);
    return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  return cellText(stored).trim() === cellText(expected).trim();
}

/** One stored cell that differs from the recomputed plan. */
export interface ColumnDifference {
  /** 1-based worksheet row and 0-based sheet column. */
  readonly row: number;
  readonly column: number;
  readonly header: string;
  readonly stored: CellValue;
  readonly expected: CellValue;
}

/**
 * Compares a recomputed plan's verified columns with what the workbook holds: `storedAt(key, row)` gives the stored
 * cell of column `key` on a 1-based worksheet row, or undefined when the column is not there at all.
 */
export function compareVerifiedColumns(plan: OutputPlan, storedAt: (key: string, row: number) => CellValue | undefined, limit = 10): { differences: ColumnDifference[]; count: number; checked: number } {
  const differences: ColumnDifference[] = [];
  let count = 0;
  let checked = 0;
  plan.columns.forEach((column, index) => {
    if (!VERIFIED_COLUMN_KEYS.includes(column.key)) return;
    for (let o = 0; o < column.length; o++) {
      const row = plan.headerRow + 1 + o;
      const have = storedAt(column.key, row);
      const want = planCellValue(column.cellAt(o));
      checked++;
      if (have !== undefined && sameStoredValue(have, want)) continue;
      count++;
      if (differences.length < limit) differences.push({ row, column: plan.firstOutputColumn + index, header: column.header, stored: have ?? null, expected: want });
    }
  });
  return { differences, count, checked };
}
