import { rangeAddress } from '../engine';
import type { CellValue } from '../engine';
import { throwIfAborted } from './abort';
import { isPayloadLimitError } from './officeErrors';
import { measuredBytesPerRowInTasks, rowsPerChunk } from './readChunkRows';
import type { RequestBudget } from './requestBudget';
import { taskYield } from './taskYield';

/** A rectangle of a sheet, 0-based. */
export interface SheetBlock {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * A chunk's `rowHidden` as Excel reports it: true when every row is hidden (or filtered out), false when none is,
 * null when some are; undefined when it was not asked for.
 */
export type ChunkRowHidden = boolean | null | undefined;

/**
 * Reads a block's values in chunks within one batch: one `load('values')` and one sync per chunk, each sized from the
 * bytes per row of the chunk before (`bytesPerRow` for the first). A chunk Excel still finds too big is halved and
 * retried. `onChunk` gets each chunk's rows and its 0-based first row offset within the block. With `withRowHidden`,
 * each chunk's `rowHidden` comes in the same request (a few bytes more) and is passed on.
 */
export async function readBlockChunks(
  context: Excel.RequestContext, sheet: Excel.Worksheet, block: SheetBlock, budget: RequestBudget, bytesPerRow: number,
  onChunk: (rows: CellValue[][], offset: number, rowHidden: ChunkRowHidden) => void, signal?: AbortSignal, withRowHidden = false,
): Promise<void> {
  let estimate = bytesPerRow;
  let cap = Number.POSITIVE_INFINITY;
  const pace = taskYield();
  for (let done = 0; done < block.rowCount;) {
    throwIfAborted(signal);
    const rows = Math.min(block.rowCount - done, rowsPerChunk(estimate, block.columnCount, budget), cap);
    const range = sheet.getRange(rangeAddress(block.row + done, block.column, rows, block.columnCount)).load(withRowHidden ? 'values, rowHidden' : 'values');
    try {
      await context.sync();
      pace.restart();
    } catch (error) {
      if (!isPayloadLimitError(error) || rows === 1) throw error;
      cap = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    cap = Number.POSITIVE_INFINITY;
    const values = range.values as CellValue[][];
    // Measured in pieces: a 4 MB chunk's JSON size takes longer than the pane may block (issue 10).
    estimate = await measuredBytesPerRowInTasks(values, pace);
    // The typings say boolean; Excel gives null for a range with both hidden and visible rows.
    onChunk(values, done, withRowHidden ? range.rowHidden as boolean | null : undefined);
    done += rows;
  }
}
