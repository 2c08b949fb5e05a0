import type { CellValue } from '../engine';
import { throwIfAborted } from './abort';
import { rangeAddress } from './cellReference';
import { isPayloadLimitError } from './officeErrors';
import { measuredBytesPerRow, rowsPerChunk } from './readChunkRows';
import type { RequestBudget } from './requestBudget';

/** A rectangle of a sheet, 0-based. */
export interface SheetBlock {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Reads a block's values in chunks within one batch: one `load('values')` and one sync per chunk, each sized from the
 * bytes per row of the chunk before (`bytesPerRow` for the first). A chunk Excel still finds too big is halved and
 * retried. `onChunk` gets each chunk's rows and its 0-based first row offset within the block.
 */
export async function readBlockChunks(
  context: Excel.RequestContext, sheet: Excel.Worksheet, block: SheetBlock, budget: RequestBudget, bytesPerRow: number,
  onChunk: (rows: CellValue[][], offset: number) => void, signal?: AbortSignal,
): Promise<void> {
  let estimate = bytesPerRow;
  let cap = Number.POSITIVE_INFINITY;
  for (let done = 0; done < block.rowCount;) {
    throwIfAborted(signal);
    const rows = Math.min(block.rowCount - done, rowsPerChunk(estimate, block.columnCount, budget), cap);
    const range = sheet.getRange(rangeAddress(block.row + done, block.column, rows, block.columnCount)).load('values');
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || rows === 1) throw error;
      cap = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    cap = Number.POSITIVE_INFINITY;
    const values = range.values as CellValue[][];
    estimate = measuredBytesPerRow(values);
    onChunk(values, done);
    done += rows;
  }
}
