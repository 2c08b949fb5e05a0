import {
  type TableReadOptions,
  ADDIN_EXTRA_ROLES, ClientTableBuilder, ExtraColumnsBuilder, type CellValue, type ClientTable, type ExtraColumns, type SheetLayout, type TierModel,
} from '../../engine';
import { READ_CHUNK_ROWS, type UsedExtent } from '../usedExtent';
import type { PackageReadContext } from './chooseStreamedSheet';
import { isCleared, rowValues, type ClearedColumns } from './rowValues';
import { freeSharedIndexAfter } from './sharedFormulaIndex';
import { cellsOf, columnNumberOf, rowNumberOf, rowNumberOfRef, rowStartTag } from './sheetRow';
import { streamSheetPart } from './streamSheetPart';
import { streamedCellValue, type CellReadContext } from './streamedCellValue';
import { attributeOf } from './xmlText';
import type { ZipArchive, ZipEntry } from './zipArchive';

/** Pass 1's findings: the client table, how far the sheet reaches, and the header row's cell formats. */
export interface ClientSheetRead {
  readonly table: ClientTable;
  readonly extent: UsedExtent;
  /** Column (1-based) → xf index of each header-row cell that has one. */
  readonly headerStyles: ReadonlyMap<number, number>;
  /** Names, branches, suitability facts and segment dimensions, aligned with the table's clients. */
  readonly extras: ExtraColumns;
  /** The earlier run's tier cells by row, when `previousTierColumn` was given (read before it is cleared). */
  readonly previousTierCells: ReadonlyMap<number, CellValue>;
  /** The earlier run's 合规快照 cells by row, when `previousStateColumn` was given (for the compliance notices). */
  readonly previousStateCells: ReadonlyMap<number, CellValue>;
  /** Per client: its id as a number when the id cell is a number cell; and the xf of the first such cell. */
  readonly idNumbers?: { readonly numbers: readonly (number | null)[]; readonly style: number | undefined };
  /** The first shared-formula `si` the sheet leaves free (freeSharedIndexAfter). */
  readonly freeSharedIndex: number;
}

/**
 * Rows handed to the table builder at a time. Why smaller than READ_CHUNK_ROWS: a block that lives through a
 * young-generation GC is promoted, and promoted garbage is what makes the heap grow on a million-row sheet.
 */
const BLOCK_ROWS = 512;

const MERGE_CELL = /<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\sref\s*=\s*["']([A-Za-z]+\d+)(?::([A-Za-z]+\d+))?["'][^>]*>/gu;

/** `<row hidden="1">`: hidden by hand or by a filter, which Excel stores alike. */
function isHiddenRow(rowXml: string): boolean {
  const hidden = attributeOf(rowStartTag(rowXml), 'hidden');
  return hidden === '1' || hidden === 'true';
}

/** The last row a `<dimension ref="A1:M1048576"/>` names, for the progress line only. */
function dimensionLastRow(head: string): number {
  const m = /<(?:[A-Za-z_][\w.-]*:)?dimension\b[^>]*>/u.exec(head);
  const ref = m ? attributeOf(m[0], 'ref') : undefined;
  return ref ? rowNumberOfRef(ref.split(':').pop() ?? '') : 0;
}

/**
 * Streams the client sheet once: rows below the header go to the table builder in blocks of consecutive rows
 * (BLOCK_ROWS at most) and only the current block is held; progress is reported every READ_CHUNK_ROWS rows.
 * The used range counts cells holding something and merged areas, as Excel's used range does; an earlier
 * run's columns are read as empty.
 */
export async function readClientSheet(
  archive: ZipArchive, entry: ZipEntry, sheetName: string, layout: SheetLayout, model: TierModel, context: PackageReadContext,
  cleared: ClearedColumns, progress: (done: number, total: number) => void, previousTierColumn?: number,
  readOptions: TableReadOptions = {}, previousStateColumn?: number,
): Promise<ClientSheetRead> {
  // readOptions: the run date (开户年限 from 开户日期) and the rows the sheet's table parts declare as totals rows.
  const builder = new ClientTableBuilder(layout, model, sheetName, readOptions);
  const extraBuilder = new ExtraColumnsBuilder(layout, ADDIN_EXTRA_ROLES, model);
  const previousTierCells = new Map<number, CellValue>();
  const previousStateCells = new Map<number, CellValue>();
  const headerStyles = new Map<number, number>();
  const idColumn = layout.id === undefined ? undefined : layout.id.index + 1;
  const idNumbers = new Map<number, number>();
  let idStyle: number | undefined;
  let prefix = '';
  let rowContext: CellReadContext = { ...context, prefix };
  let previous = 0;
  let lastRow = 0;
  let lastColumn = -1;
  let expectedRows = 0;
  let block: CellValue[][] = [];
  let blockStart = 0;
  let rowsDone = 0;
  let tail = '';
  let reported = 0;
  let freeSharedIndex = 0;
  const flush = (): void => {
    if (block.length === 0) return;
    builder.appendRows(block, blockStart);
    extraBuilder.appendRows(block, blockStart);
    rowsDone = blockStart + block.length - 1 - layout.headerRow;
    if (rowsDone - reported >= READ_CHUNK_ROWS) {
      reported = rowsDone;
      progress(rowsDone, Math.max(rowsDone, expectedRows));
    }
    block = [];
  };
  const countMerges = (final: boolean): void => {
    let consumed = 0;
    MERGE_CELL.lastIndex = 0;
    for (let m = MERGE_CELL.exec(tail); m; m = MERGE_CELL.exec(tail)) {
      const corner = m[2] ?? m[1];
      lastRow = Math.max(lastRow, rowNumberOfRef(corner));
      lastColumn = Math.max(lastColumn, columnNumberOf(corner) - 1);
      consumed = MERGE_CELL.lastIndex;
    }
    // Keep only the last element, which may be a mergeCell cut by the chunk boundary.
    tail = final ? '' : tail.slice(Math.max(consumed, tail.lastIndexOf('<')));
  };
  await streamSheetPart(archive, entry, {
    head: (xml, p) => { prefix = p; rowContext = { ...context, prefix }; expectedRows = Math.max(0, dimensionLastRow(xml) - layout.headerRow); },
    row: (xml) => {
      const r = rowNumberOf(xml, previous + 1);
      previous = r;
      freeSharedIndex = freeSharedIndexAfter(xml, freeSharedIndex);
      if (r > layout.headerRow && isHiddenRow(xml)) builder.noteHiddenRows([r]); // tiered all the same, and said so
      const cells = cellsOf(xml, prefix);
      if (r === layout.headerRow) {
        for (const cell of cells) {
          if (cell.style !== undefined && !isCleared(cleared, cell.column, r)) headerStyles.set(cell.column, Number(cell.style));
        }
      }
      if (previousTierColumn !== undefined && r > layout.headerRow) {
        const tierCell = cells.find((cell) => cell.column === previousTierColumn);
        const tier = tierCell ? streamedCellValue(tierCell, rowContext) : undefined;
        if (tier !== undefined && tier !== null) previousTierCells.set(r, tier);
      }
      if (previousStateColumn !== undefined && r > layout.headerRow) {
        const stateCell = cells.find((cell) => cell.column === previousStateColumn);
        const state = stateCell ? streamedCellValue(stateCell, rowContext) : undefined;
        if (state !== undefined && state !== null) previousStateCells.set(r, state);
      }
      const values = rowValues(cells, r, rowContext, cleared);
      if (!values) return;
      if (idColumn !== undefined && r > layout.headerRow && typeof values[idColumn - 1] === 'number') {
        idNumbers.set(r, values[idColumn - 1] as number);
        if (idNumbers.size === 1) idStyle = Number(cells.find((cell) => cell.column === idColumn)?.style ?? 0);
      }
      lastRow = Math.max(lastRow, r);
      lastColumn = Math.max(lastColumn, values.length - 1);
      if (r <= layout.headerRow) return;
      if (block.length > 0 && r !== blockStart + block.length) flush();
      if (block.length === 0) blockStart = r;
      block.push(values);
      if (block.length >= BLOCK_ROWS) flush();
    },
    between: () => undefined,
    endRows: () => { flush(); progress(rowsDone, rowsDone); },
    tail: (xml) => { tail += xml; countMerges(false); },
  });
  countMerges(true);
  const table = builder.finish();
  const numbers = idNumbers.size === 0 ? undefined : { numbers: Array.from(table.rowNumbers, (row) => idNumbers.get(row) ?? null), style: idStyle };
  return { table, extent: { lastRow, lastColumn }, headerStyles, extras: extraBuilder.finish(table.rowNumbers), previousTierCells, previousStateCells, idNumbers: numbers, freeSharedIndex };
}
