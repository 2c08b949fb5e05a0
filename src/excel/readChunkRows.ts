import { jsonGridBytes, jsonRowBytes } from './jsonBytes';
import { COMMAND_OVERHEAD_BYTES, type RequestBudget } from './requestBudget';
import type { TaskYield } from './taskYield';

/** Rows per read: floor(min(budget bytes / bytes per row, budget cells / columns)), at least one. */
export function rowsPerChunk(bytesPerRow: number, columns: number, budget: RequestBudget): number {
  const byBytes = Math.floor((budget.bytes - COMMAND_OVERHEAD_BYTES) / Math.max(1, bytesPerRow));
  const byCells = Math.floor(budget.cells / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}

/** Headroom on the first chunk's estimate: the top rows are a small sample (ids and amounts grow further down). */
const FIRST_CHUNK_HEADROOM = 1.25;
/** Headroom on later estimates: the next chunk's rows differ a little from the last chunk's. */
const NEXT_CHUNK_HEADROOM = 1.005;

/**
 * JSON bytes per row before anything was read: the largest of the header-search rows (title and header rows
 * included), with headroom, or a cautious 24 bytes a cell when there are none.
 */
export function initialBytesPerRow(topRows: readonly (readonly unknown[])[], columns: number): number {
  const rows = topRows.length > 1 ? topRows.slice(1) : topRows;
  if (rows.length === 0) return 24 * Math.max(1, columns) + 3;
  return Math.max(...rows.map((r) => jsonRowBytes(r) + 1), 3) * FIRST_CHUNK_HEADROOM;
}

/** Bytes per row of a chunk just read (its exact JSON size), with headroom for the next chunk. */
export function measuredBytesPerRow(rows: readonly (readonly unknown[])[]): number {
  if (rows.length === 0) return 3;
  return (jsonGridBytes(rows) / rows.length) * NEXT_CHUNK_HEADROOM;
}

/** Rows between looks at the clock while measuring. */
const ROWS_PER_LOOK = 256;

/**
 * measuredBytesPerRow, giving the pane's main thread back whenever `pace` says a slice of time is up: measuring a
 * 4 MB chunk takes longer than the 200 ms a pane may block on a loaded machine (issue 10). Same figure.
 */
export async function measuredBytesPerRowInTasks(rows: readonly (readonly unknown[])[], pace: TaskYield): Promise<number> {
  if (rows.length === 0) return 3;
  let bytes = 2 + Math.max(0, rows.length - 1);
  for (let r = 0; r < rows.length; r++) {
    if (r % ROWS_PER_LOOK === ROWS_PER_LOOK - 1 && pace.due()) await pace.yieldNow();
    bytes += jsonRowBytes(rows[r]);
  }
  return (bytes / rows.length) * NEXT_CHUNK_HEADROOM;
}
