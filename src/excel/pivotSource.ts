import { cellText, isBlankCell, type CellValue, type OutputPlan } from '../engine';
import type { SheetBlock } from './readBlockChunks';

/**
 * The client table as a PivotTable source: its header row down to the last row the columns cover, from the first
 * column of the run of non-blank headers that ends at the last source column, through TierBook's columns
 * (a PivotTable needs a header on every column). Undefined when the plan has no columns.
 */
export function pivotSourceBlock(plan: OutputPlan, sourceHeader: readonly CellValue[]): SheetBlock | undefined {
  if (plan.columns.length === 0) return undefined;
  let first = plan.firstOutputColumn;
  while (first > 0 && !isBlankCell(sourceHeader[first - 1] ?? null)) first--;
  const rows = Math.max(...plan.columns.map((c) => c.length));
  return { row: plan.headerRow - 1, column: first, rowCount: rows + 1, columnCount: plan.firstOutputColumn + plan.columns.length - first };
}

/** Header texts of the pivot source block, source headers then TierBook's. */
export function pivotSourceHeaders(plan: OutputPlan, sourceHeader: readonly CellValue[], block: SheetBlock): string[] {
  const own = sourceHeader.slice(block.column, plan.firstOutputColumn).map((h) => cellText(h ?? null).trim());
  return [...own, ...plan.columns.map((c) => c.header)];
}
