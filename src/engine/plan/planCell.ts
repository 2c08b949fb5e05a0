import type { CellValue } from '../cell/cellValue';

/** A formula a renderer writes as a formula (text without the leading "="), with the value the engine expects. */
export interface FormulaCell {
  readonly formula: string;
  /** The engine's own result, stored as the cached value so files open with correct numbers before recalculation. */
  readonly result?: CellValue;
}

/**
 * What a plan puts in one cell. Plain strings are ALWAYS text: a renderer must make sure "=HYPERLINK(...)",
 * "+1", "-x" or "@x" never become formulas. Only FormulaCell is a formula.
 */
export type PlanCell = CellValue | FormulaCell;

export function isFormulaCell(cell: PlanCell): cell is FormulaCell {
  return typeof cell === 'object' && cell !== null;
}

/** Text Excel would read as a formula if typed: renderers guard these. */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@]/u.test(value);
}
