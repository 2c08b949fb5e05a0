/*
 * The client table's rows as the gateway read them, kept in memory so that a mapping or scale change rebuilds
 * the table without reading Excel again.
 */
import { ClientTableBuilder, type CellValue, type ClientTable, type ColumnRole, type SheetLayout, type TableReadOptions, type TierModel } from '../../engine';
// Not re-exported by src/engine/index.ts (yet): imported from its module.
import { ExtraColumnsBuilder, type ExtraColumns } from '../../engine/table/extraColumns';
import { CLIENTS_PER_STEP, runSteps, type Steps } from '../../engine/run/steps';

export interface RowChunk {
  /** 1-based worksheet row of rows[0]. */
  readonly firstRowNumber: number;
  readonly rows: readonly (readonly CellValue[])[];
  /** 1-based worksheet rows of this chunk that are hidden or filtered out, ascending; absent when none. */
  readonly hiddenRowNumbers?: readonly number[];
}

/**
 * The chunks with each hidden row number (1-based, ascending, as the gateway's readRows gives them) attached to the
 * chunk that holds its row, so the cache keeps them beside the rows they describe.
 */
export function withHiddenRows(chunks: readonly RowChunk[], hiddenRowNumbers: readonly number[]): RowChunk[] {
  if (hiddenRowNumbers.length === 0) return [...chunks];
  let next = 0;
  return chunks.map((chunk) => {
    const end = chunk.firstRowNumber + chunk.rows.length;
    while (next < hiddenRowNumbers.length && hiddenRowNumbers[next] < chunk.firstRowNumber) next++;
    const from = next;
    while (next < hiddenRowNumbers.length && hiddenRowNumbers[next] < end) next++;
    return next > from ? { ...chunk, hiddenRowNumbers: hiddenRowNumbers.slice(from, next) } : chunk;
  });
}

/** Calls `take` with each chunk's rows below the header (title rows and the header itself are not clients). */
function forEachRowBelow(chunks: readonly RowChunk[], headerRow: number, take: (rows: readonly (readonly CellValue[])[], firstRowNumber: number) => void): void {
  for (const chunk of chunks) {
    const skip = Math.max(0, headerRow + 1 - chunk.firstRowNumber);
    if (skip >= chunk.rows.length) continue;
    take(skip === 0 ? chunk.rows : chunk.rows.slice(skip), chunk.firstRowNumber + skip);
  }
}

/** The ClientTable of the cached rows; `layout.headerRow` is a worksheet row. */
export function buildTableFromChunks(
  chunks: readonly RowChunk[], layout: SheetLayout, model: TierModel, sheetName: string, readOptions: TableReadOptions = {},
): ClientTable {
  return runSteps(buildTableFromChunksSteps(chunks, layout, model, sheetName, readOptions));
}

/** buildTableFromChunks, pausing every CLIENTS_PER_STEP rows (for the pane's Verify, which rebuilds the table). */
export function* buildTableFromChunksSteps(
  chunks: readonly RowChunk[], layout: SheetLayout, model: TierModel, sheetName: string, readOptions: TableReadOptions = {},
): Steps<ClientTable> {
  const builder = new ClientTableBuilder(layout, model, sheetName, readOptions);
  for (const slice of rowSlicesBelow(chunks, layout.headerRow)) {
    builder.appendRows(slice.rows, slice.first);
    yield;
  }
  // The builder notes only client rows, so title and header rows may be passed along with the rest.
  for (const chunk of chunks) if (chunk.hiddenRowNumbers) builder.noteHiddenRows(chunk.hiddenRowNumbers);
  return builder.finish();
}

/** The rows below the header in slices of CLIENTS_PER_STEP, each with its first worksheet row. */
function rowSlicesBelow(chunks: readonly RowChunk[], headerRow: number): { rows: readonly (readonly CellValue[])[]; first: number }[] {
  const slices: { rows: readonly (readonly CellValue[])[]; first: number }[] = [];
  forEachRowBelow(chunks, headerRow, (rows, first) => {
    for (let i = 0; i < rows.length; i += CLIENTS_PER_STEP) slices.push({ rows: rows.slice(i, i + CLIENTS_PER_STEP), first: first + i });
  });
  return slices;
}

/**
 * A ClientTable built one chunk at a time as the rows arrive (each chunk in its own task), so the pane never spends
 * one long task on the whole sheet; gives the same table as buildTableFromChunks over the same chunks.
 */
export class IncrementalTable {
  private readonly builder: ClientTableBuilder;

  /** readOptions.totalsRows: the rows the Excel table declares as its totals row (ClientTableSource.totalsRows). */
  constructor(private readonly layout: SheetLayout, model: TierModel, sheetName: string, readOptions: TableReadOptions = {}) {
    this.builder = new ClientTableBuilder(layout, model, sheetName, readOptions);
  }

  append(chunk: RowChunk): void {
    forEachRowBelow([chunk], this.layout.headerRow, (rows, first) => this.builder.appendRows(rows, first));
  }

  finish(hiddenRowNumbers: readonly number[]): ClientTable {
    if (hiddenRowNumbers.length > 0) this.builder.noteHiddenRows(hiddenRowNumbers);
    return this.builder.finish();
  }
}

/** The extra columns (names, branches, suitability facts) of the table's clients, from the same cached rows. */
export function extraColumnsFromChunks(chunks: readonly RowChunk[], layout: SheetLayout, roles: readonly ColumnRole[], model: TierModel, clientRows: Int32Array): ExtraColumns {
  return runSteps(extraColumnSteps(chunks, layout, roles, model, clientRows));
}

/** extraColumnsFromChunks, pausing every CLIENTS_PER_STEP rows (a read chunk holds tens of thousands). */
export function* extraColumnSteps(chunks: readonly RowChunk[], layout: SheetLayout, roles: readonly ColumnRole[], model: TierModel, clientRows: Int32Array): Steps<ExtraColumns> {
  const builder = new ExtraColumnsBuilder(layout, roles, model);
  for (const slice of rowSlicesBelow(chunks, layout.headerRow)) {
    builder.appendRows(slice.rows, slice.first);
    yield;
  }
  return builder.finish(clientRows);
}

/** Number of rows held, for the source summary. */
export function cachedRowCount(chunks: readonly RowChunk[]): number {
  return chunks.reduce((n, c) => n + c.rows.length, 0);
}
