import { text, type CellValue } from '../engine';
import { throwIfAborted } from './abort';
import type { ExcelHost } from './host';
import { toTierBookError } from './officeErrors';
import { readBlockChunks } from './readBlockChunks';
import { initialBytesPerRow } from './readChunkRows';
import type { RequestBudget } from './requestBudget';
import type { ClientTableSource, LongOperationOptions } from './workbookGateway';

/**
 * Reads the block's rows in chunks sized under the request limits (see readBlockChunks), the first sized from the
 * header-search rows, reporting progress and honouring cancellation between chunks.
 */
export async function readRows(
  host: ExcelHost, budget: RequestBudget, source: ClientTableSource,
  onRows: (rows: CellValue[][], firstRowNumber: number) => void, options: LongOperationOptions = {},
): Promise<void> {
  const { signal, onProgress } = options;
  const total = source.rowCount;
  onProgress?.({ phase: 'read', done: 0, total });
  throwIfAborted(signal);
  if (total === 0 || source.columnCount === 0) return;
  const block = { row: source.firstRow, column: source.firstColumn, rowCount: total, columnCount: source.columnCount };
  try {
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(source.sheetName);
      await readBlockChunks(context, sheet, block, budget, initialBytesPerRow(source.topRows, source.columnCount), (rows, offset) => {
        onRows(rows, source.firstRow + offset + 1);
        onProgress?.({ phase: 'read', done: offset + rows.length, total });
      }, signal);
    });
  } catch (error) {
    throw toTierBookError(error, text(`读取「${source.sheetName}」`, `reading "${source.sheetName}"`));
  }
}
