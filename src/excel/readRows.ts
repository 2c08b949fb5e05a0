import { text, type CellValue } from '../engine';
import { throwIfAborted } from './abort';
import { findHiddenSpans, spanRowNumbers, type RowSpan } from './hiddenRows';
import type { ExcelHost } from './host';
import { toTierBookError } from './officeErrors';
import { readBlockChunks } from './readBlockChunks';
import { initialBytesPerRow } from './readChunkRows';
import type { RequestBudget } from './requestBudget';
import type { ClientTableSource, LongOperationOptions, RowsRead } from './workbookGateway';

/**
 * Reads the block's rows in chunks sized under the request limits (see readBlockChunks), the first sized from the
 * header-search rows, reporting progress and honouring cancellation between chunks. Each chunk's rowHidden comes
 * with its values, so a sheet without hidden rows costs no extra request; the chunks with some hidden rows are
 * searched after the last one, all together (see findHiddenSpans).
 */
export async function readRows(
  host: ExcelHost, budget: RequestBudget, source: ClientTableSource,
  onRows: (rows: CellValue[][], firstRowNumber: number) => void, options: LongOperationOptions = {},
): Promise<RowsRead> {
  const { signal, onProgress } = options;
  const total = source.rowCount;
  onProgress?.({ phase: 'read', done: 0, total });
  throwIfAborted(signal);
  if (total === 0 || source.columnCount === 0) return { hiddenRowNumbers: [] };
  const block = { row: source.firstRow, column: source.firstColumn, rowCount: total, columnCount: source.columnCount };
  try {
    return await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(source.sheetName);
      const hidden: RowSpan[] = [];
      const mixed: RowSpan[] = [];
      await readBlockChunks(context, sheet, block, budget, initialBytesPerRow(source.topRows, source.columnCount), (rows, offset, rowHidden) => {
        const span = { row: block.row + offset, count: rows.length };
        if (rowHidden === true) hidden.push(span);
        else if (rowHidden === null) mixed.push(span);
        onRows(rows, source.firstRow + offset + 1);
        onProgress?.({ phase: 'read', done: offset + rows.length, total });
      }, signal, true);
      if (mixed.length > 0) hidden.push(...await findHiddenSpans(context, sheet, block.column, mixed, budget, signal));
      return { hiddenRowNumbers: spanRowNumbers(hidden) };
    });
  } catch (error) {
    throw toTierBookError(error, text(`读取「${source.sheetName}」`, `reading "${source.sheetName}"`));
  }
}
