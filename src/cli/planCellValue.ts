import type ExcelJS from 'exceljs';
import { isExcelError, isFormulaCell, type CellValue, type PlanCell } from '../engine';

type ExcelJsError = ExcelJS.CellErrorValue['error'];
const WRITABLE_ERRORS: readonly string[] = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'];

/** A formula's cached result as ExcelJS stores it; error texts become error values, other strings stay text. */
function cachedResult(result: CellValue | undefined): ExcelJS.CellFormulaValue['result'] {
  if (result === null || result === undefined) return undefined;
  if (typeof result === 'number') return Number.isFinite(result) ? result : undefined;
  if (typeof result === 'string' && isExcelError(result)) {
    const error = result.trim().toUpperCase();
    return WRITABLE_ERRORS.includes(error) ? { error: error as ExcelJsError } : undefined;
  }
  return result;
}

/**
 * A plan cell → the value ExcelJS writes. A plain string is ALWAYS written as a string (a shared-string cell),
 * so "=HYPERLINK(...)", "+1" or "@x" from client data never turns into a formula; only a FormulaCell does.
 */
export function excelJsValueOf(cell: PlanCell): ExcelJS.CellValue {
  if (isFormulaCell(cell)) {
    const result = cachedResult(cell.result);
    return result === undefined ? { formula: cell.formula } : { formula: cell.formula, result };
  }
  if (typeof cell === 'number' && !Number.isFinite(cell)) return null;
  return cell;
}
