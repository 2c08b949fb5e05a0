import { jsonGridBytes, jsonRowBytes } from './jsonBytes';
import { COMMAND_OVERHEAD_BYTES, type RequestBudget } from './requestBudget';

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
