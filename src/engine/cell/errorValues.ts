import { isExcelError, type CellValue } from './cellValue';

/**
 * The error values a file can store as a cell's value (`t="e"`, ST_CellValue errors of ECMA-376): the seven every
 * Excel version reads. Newer ones (#SPILL!, #CALC!, …) exist only as results of a recalculation, and a file holding
 * one as a stored value makes older readers repair it.
 */
export const WRITABLE_ERROR_VALUES: readonly string[] = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'];

/** The error value as a renderer may store it ("#n/a " → "#N/A"), or undefined when it is no writable error. */
export function writableErrorValue(value: CellValue | undefined): string | undefined {
  if (value === undefined || !isExcelError(value)) return undefined;
  const error = String(value).trim().toUpperCase();
  return WRITABLE_ERROR_VALUES.includes(error) ? error : undefined;
}
