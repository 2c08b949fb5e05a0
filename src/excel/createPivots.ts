import { cellAddress, type OutputPlan, type Summarize, rangeAddress } from '../engine';
import type { SheetBlock } from './readBlockChunks';
import { COMMAND_OVERHEAD_BYTES } from './requestBudget';
import type { RequestPacker } from './requestPacker';

const AGGREGATION: Readonly<Record<Summarize, Excel.AggregationFunction>> = {
  count: 'Count' as Excel.AggregationFunction,
  sum: 'Sum' as Excel.AggregationFunction,
  average: 'Average' as Excel.AggregationFunction,
};

/**
 * The plan's PivotTables (ExcelApi 1.8) over the client table with TierBook's columns: rows, columns and data
 * hierarchies, each data field summarised as planned and captioned. Queued after the columns in the same or a later
 * request, so Excel reads the values just written; `onQueued` hears each name as it goes into a request.
 */
export async function createPivots(
  packer: RequestPacker, plan: OutputPlan, sheets: ReadonlyMap<string, Excel.Worksheet>, source: Excel.Worksheet, block: SheetBlock,
  onQueued: (name: string) => void,
): Promise<void> {
  for (const pivot of plan.pivots) {
    const sheet = sheets.get(pivot.sheetKey);
    if (!sheet) continue;
    const bytes = COMMAND_OVERHEAD_BYTES * (4 + 3 * pivot.values.length);
    await packer.ensureRoom(bytes);
    packer.begin();
    const sourceRange = source.getRange(rangeAddress(block.row, block.column, block.rowCount, block.columnCount));
    const table = sheet.pivotTables.add(pivot.name, sourceRange, sheet.getRange(cellAddress(pivot.anchor.row, pivot.anchor.column)));
    table.rowHierarchies.add(table.hierarchies.getItem(pivot.rowField));
    if (pivot.columnField) table.columnHierarchies.add(table.hierarchies.getItem(pivot.columnField));
    for (const value of pivot.values) {
      const data = table.dataHierarchies.add(table.hierarchies.getItem(value.field));
      data.summarizeBy = AGGREGATION[value.summarizeBy];
      // After summarizeBy: setting it renames a data field that still has its default caption.
      data.name = value.caption;
    }
    packer.add(bytes, 0);
    onQueued(pivot.name);
  }
}
