import type { CellValue } from '../../engine';
import type { RowCell } from './sheetRow';
import { streamedCellValue, type CellReadContext } from './streamedCellValue';

/**
 * Columns an earlier TierBook run wrote in a sheet: column (1-based) → the header row they start at. From that
 * row down they are read as empty, since this run replaces them.
 */
export type ClearedColumns = ReadonlyMap<number, number>;

export function isCleared(cleared: ClearedColumns, column: number, row: number): boolean {
  const from = cleared.get(column);
  return from !== undefined && row >= from;
}

/**
 * A row's cells as engine values from column A up to its last cell holding something, or undefined when none
 * does (the row does not count towards the used range).
 */
export function rowValues(cells: readonly RowCell[], rowNumber: number, context: CellReadContext, cleared: ClearedColumns): CellValue[] | undefined {
  let values: CellValue[] | undefined;
  for (const cell of cells) {
    if (cleared.size > 0 && isCleared(cleared, cell.column, rowNumber)) continue;
    const value = streamedCellValue(cell, context);
    if (value === undefined) continue;
    values ??= [];
    while (values.length < cell.column - 1) values.push(null);
    values[cell.column - 1] = value;
  }
  return values;
}
