/*
 * A client's name by worksheet row, from the rows the pane already read (no Excel call): for the what-if drill-down.
 */
import type { SheetLayout, TierModel } from '../../engine';
import { resolveExtraColumn } from '../../engine/table/extraColumns';
import type { RowChunk } from './rowChunks';

/** The name column's cell of a 1-based worksheet row, as text; undefined when there is no name column or cell. */
export function clientNameLookup(chunks: readonly RowChunk[], layout: SheetLayout, model: TierModel): (rowNumber: number) => string | undefined {
  const column = resolveExtraColumn(layout, 'name', model)?.index;
  if (column === undefined) return () => undefined;
  return (rowNumber) => {
    // Chunks are in sheet order: binary search for the last one starting at or before the row.
    let lo = 0;
    let hi = chunks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (chunks[mid].firstRowNumber <= rowNumber) lo = mid;
      else hi = mid - 1;
    }
    const chunk = chunks[lo];
    const cell = chunk?.rows[rowNumber - chunk.firstRowNumber]?.[column];
    return cell === null || cell === undefined || cell === '' ? undefined : String(cell);
  };
}
