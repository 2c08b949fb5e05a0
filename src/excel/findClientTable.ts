import { HEADER_SEARCH_ROWS, TierBookError, isBlankCell, text, type CellValue, rangeAddress, isTierBookSheet, markedColumnsOn } from '../engine';
import { EXCEL_API, requireBaselineApi } from './apiSupport';
import type { ExcelHost } from './host';
import { indexMarkers, loadNames } from './markerIndex';
import { toTierBookError } from './officeErrors';
import type { ClientTableSource } from './workbookGateway';

interface Block {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

const dimensions = 'rowIndex,columnIndex,rowCount,columnCount';

function blockOf(range: Excel.Range): Block {
  return { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

function contains(block: Block, row: number, column: number): boolean {
  return row >= block.row && row < block.row + block.rowCount && column >= block.column && column < block.column + block.columnCount;
}

/** TierBook's own columns at the block's right edge are output, not client data: the block stops before them. */
export function trimMarkedColumns(block: Block, marked: ReadonlySet<number>): Block {
  let last = block.column + block.columnCount - 1;
  while (last > block.column && marked.has(last)) last--;
  return { ...block, columnCount: last - block.column + 1 };
}

/** The sheet's last used column, TierBook's own columns at the right edge not counted: a re-run writes where they were. */
export function lastUsedColumnOf(used: Block | undefined, marked: ReadonlySet<number>): number {
  if (!used) return -1;
  let last = used.column + used.columnCount - 1;
  while (last >= 0 && marked.has(last)) last--;
  return last;
}

function emptySheetError(sheet: string): TierBookError {
  return new TierBookError('INPUT_NOT_FOUND', text(`工作表「${sheet}」是空的：请选中客户表中的一个单元格`,
    `sheet "${sheet}" is empty: select a cell in the client table`), { sheet });
}

function ownSheetError(sheet: string): TierBookError {
  return new TierBookError('INPUT_NOT_FOUND', text(`「${sheet}」是 TierBook 生成的工作表：请选中客户表中的一个单元格`,
    `"${sheet}" is a sheet TierBook wrote: select a cell in the client table`), { sheet });
}

/** The Excel table under the selection, else its current region, else (selection in an empty area) the used range. */
export async function findClientTable(host: ExcelHost): Promise<ClientTableSource> {
  requireBaselineApi(host);
  const rangeTables = host.isSetSupported('ExcelApi', EXCEL_API.rangeTables);
  try {
    return await host.run(async (context) => {
      const workbook = context.workbook;
      const selected = workbook.getSelectedRange().load('rowIndex,columnIndex');
      const sheet = selected.worksheet.load('name');
      const sheets = workbook.worksheets.load('items/name');
      const used = sheet.getUsedRangeOrNullObject(true).load(dimensions);
      // Range.getTables is ExcelApi 1.9; before it, the sheet's tables are checked against the selection.
      const tables = (rangeTables ? selected.getTables(false) : sheet.tables).load('items/name,items/showTotals');
      const region = selected.getSurroundingRegion().load(dimensions);
      const active = workbook.getActiveCell().load('values');
      const names = loadNames(context);
      await context.sync();

      const markers = indexMarkers(names, sheets.items.map((s) => s.name));
      if (isTierBookSheet(markers, sheet.name)) throw ownSheetError(sheet.name);
      if (used.isNullObject) throw emptySheetError(sheet.name);
      const marked = markedColumnsOn(markers, sheet.name);

      let block: Block | undefined;
      let tableName: string | undefined;
      let totalsRows: number[] | undefined;
      if (tables.items.length > 0) {
        const ranges = tables.items.map((t) => t.getRange().load(dimensions));
        await context.sync();
        const hit = ranges.findIndex((r) => contains(blockOf(r), selected.rowIndex, selected.columnIndex));
        if (hit >= 0) {
          block = blockOf(ranges[hit]);
          tableName = tables.items[hit].name;
          // The table range ends with its totals row when it shows one (a 1-based worksheet row for the engine).
          if (tables.items[hit].showTotals) totalsRows = [block.row + block.rowCount];
        }
      }
      const activeEmpty = isBlankCell((active.values[0]?.[0] ?? null) as CellValue);
      if (!block && !(region.rowCount * region.columnCount === 1 && activeEmpty)) block = blockOf(region);
      block ??= blockOf(used);
      block = trimMarkedColumns(block, marked);

      const topCount = Math.min(HEADER_SEARCH_ROWS, block.rowCount);
      const top = sheet.getRange(rangeAddress(block.row, block.column, topCount, block.columnCount)).load('values');
      await context.sync();
      return {
        sheetName: sheet.name,
        address: rangeAddress(block.row, block.column, block.rowCount, block.columnCount),
        firstRow: block.row,
        firstColumn: block.column,
        rowCount: block.rowCount,
        columnCount: block.columnCount,
        topRows: top.values as CellValue[][],
        ...(tableName !== undefined ? { tableName } : {}),
        ...(totalsRows !== undefined ? { totalsRows } : {}),
        lastUsedColumn: lastUsedColumnOf(blockOf(used), marked),
      };
    });
  } catch (error) {
    throw toTierBookError(error, text('查找客户表', 'finding the client table'));
  }
}
