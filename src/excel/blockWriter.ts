import { rangeAddress } from '../engine';
import { isFormulaInput, type ExcelInput } from './excelInput';
import { jsonRowBytes } from './jsonBytes';
import { COMMAND_OVERHEAD_BYTES } from './requestBudget';
import type { RequestPacker } from './requestPacker';

/** Where a block of rows goes: 0-based top-left cell and width. */
export interface BlockTarget {
  readonly sheet: Excel.Worksheet;
  readonly row: number;
  readonly column: number;
  readonly width: number;
}

/** Empty rows in a row that end a chunk: writing them as nulls would cost more than a new range (~5 bytes a cell). */
const EMPTY_RUN_ROWS = 32;
/** Rows between looks at the clock (packer.breathe): cheap enough per row, fine enough for a 40 ms slice. */
const ROWS_PER_LOOK = 64;

/**
 * Writes rows [0, rowCount) of a block in chunks that fit the packer's budget: one `values` (or `formulas`, when a
 * chunk holds a formula) assignment per chunk. Runs of empty rows are not sent at all, so a spill column's anchor
 * is one cell and the cells below stay empty for the spill. Progress counts rows × width, sent or skipped.
 */
export async function writeRowBlock(packer: RequestPacker, target: BlockTarget, rowCount: number, rowAt: (r: number) => ExcelInput[]): Promise<void> {
  let block: ExcelInput[][] = [];
  let start = 0;
  let bytes = 2;
  let trailingEmpty = 0;
  let formula = false;
  let accounted = 0;

  const emit = (end: number): void => {
    const rows = block.length - trailingEmpty;
    if (rows > 0) {
      packer.begin();
      const range = target.sheet.getRange(rangeAddress(target.row + start, target.column, rows, target.width));
      const data = trailingEmpty > 0 ? block.slice(0, rows) : block;
      if (formula) range.formulas = data;
      else range.values = data;
      packer.add(bytes + COMMAND_OVERHEAD_BYTES, rows * target.width, (end - accounted) * target.width);
    } else {
      packer.addUnits((end - accounted) * target.width);
    }
    accounted = end;
    block = [];
    bytes = 2;
    trailingEmpty = 0;
    formula = false;
  };

  for (let r = 0; r < rowCount; r++) {
    if (r % ROWS_PER_LOOK === ROWS_PER_LOOK - 1) await packer.breathe();
    const row = rowAt(r);
    const empty = row.every((v) => v === null);
    if (block.length === 0 && empty) continue;
    const rowBytes = jsonRowBytes(row) + 1;
    const room = packer.room();
    if (block.length > 0 && (bytes + rowBytes + COMMAND_OVERHEAD_BYTES > room.bytes || (block.length + 1) * target.width > room.cells)) {
      emit(r);
      await packer.flush();
      if (empty) continue;
    } else if (block.length === 0 && (rowBytes + 2 + COMMAND_OVERHEAD_BYTES > room.bytes || target.width > room.cells)) {
      await packer.flush();
    }
    if (block.length === 0) {
      packer.addUnits((r - accounted) * target.width);
      accounted = r;
      start = r;
    }
    block.push(row);
    bytes += rowBytes;
    if (empty) {
      if (++trailingEmpty >= EMPTY_RUN_ROWS) emit(r + 1);
      continue;
    }
    trailingEmpty = 0;
    if (!formula && row.some(isFormulaInput)) formula = true;
  }
  if (block.length > 0) emit(rowCount);
  else packer.addUnits((rowCount - accounted) * target.width);
}

/**
 * Gives rows [0, rowCount) of one column a number format, in chunks: Office.js takes a 2-D array for numberFormat,
 * so a million-row column is several megabytes of the same string.
 */
export async function writeColumnFormat(packer: RequestPacker, sheet: Excel.Worksheet, row: number, column: number, rowCount: number, format: string): Promise<void> {
  const formatRow = [format];
  const rowBytes = jsonRowBytes(formatRow) + 1;
  for (let done = 0; done < rowCount;) {
    let room = packer.room();
    let fit = Math.min(Math.floor((room.bytes - COMMAND_OVERHEAD_BYTES - 2) / rowBytes), room.cells);
    // Why a floor of 1,000 rows: a sliver of a request is not worth a command of its own.
    if (fit < Math.min(1_000, rowCount - done)) {
      await packer.flush();
      room = packer.room();
      fit = Math.min(Math.floor((room.bytes - COMMAND_OVERHEAD_BYTES - 2) / rowBytes), room.cells);
    }
    const rows = Math.max(1, Math.min(fit, rowCount - done));
    packer.begin();
    sheet.getRange(rangeAddress(row + done, column, rows, 1)).numberFormat = new Array<string[]>(rows).fill(formatRow);
    packer.add(2 + rows * rowBytes + COMMAND_OVERHEAD_BYTES, rows);
    done += rows;
  }
}
