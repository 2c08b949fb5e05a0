import { cellText, isBlankCell, isTotalLabel, matchHeader, text, type CellValue, rangeAddress, columnMarkerName } from '../engine';
import type { ExcelHost } from './host';
import { indexMarkers, loadNames } from './markerIndex';
import { toTierBookError } from './officeErrors';
import { readBlockChunks } from './readBlockChunks';
import type { RequestBudget } from './requestBudget';
import type { ClientTableSource } from './workbookGateway';

/** id → tier from aligned id and tier cells: ids as the client table reads them (text, trimmed), first row wins. */
export function tiersById(ids: readonly CellValue[], tiers: readonly CellValue[]): Map<string, string> {
  const byId = new Map<string, string>();
  ids.forEach((id, i) => {
    if (isBlankCell(id) || isTotalLabel(id)) return;
    const key = cellText(id).trim();
    if (byId.has(key)) return;
    const tier = tiers[i] ?? null;
    byId.set(key, isBlankCell(tier) ? '' : cellText(tier).trim());
  });
  return byId;
}

/**
 * The previous run's tier per client id on the source's sheet, found by TierBook's `_TierBook_col_tier` marker (the
 * header cell of that run's tier column) and the id column in the same header row. Undefined when there was no
 * previous run on this sheet or its header row has no id column. `columnKey` 'complianceState' reads the 合规快照 column
 * the same way, for the compliance notices.
 */
export async function readPreviousTiers(host: ExcelHost, budget: RequestBudget, source: ClientTableSource, columnKey = 'tier'): Promise<ReadonlyMap<string, string> | undefined> {
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      const names = loadNames(context);
      await context.sync();
      const marker = indexMarkers(names, sheets.items.map((s) => s.name)).columns.find((c) => c.name.toUpperCase() === columnMarkerName(columnKey).toUpperCase());
      if (!marker || marker.cell.sheet.toUpperCase() !== source.sheetName.toUpperCase()) return undefined;
      const sheet = context.workbook.worksheets.getItem(marker.cell.sheet);
      const header = sheet.getRange(rangeAddress(marker.cell.row, 0, 1, marker.cell.column)).load('values');
      const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
      await context.sync();
      const id = matchHeader(header.values[0] as CellValue[], '客户号', 'id');
      if (!id || used.isNullObject) return undefined;
      const rowCount = used.rowIndex + used.rowCount - marker.cell.row - 1;
      if (rowCount <= 0) return new Map<string, string>();
      const read = async (column: number): Promise<CellValue[]> => {
        const cells: CellValue[] = [];
        await readBlockChunks(context, sheet, { row: marker.cell.row + 1, column, rowCount, columnCount: 1 }, budget, 24,
          (rows) => { for (const row of rows) cells.push(row[0] ?? null); });
        return cells;
      };
      return tiersById(await read(id.index), await read(marker.cell.column));
    });
  } catch (error) {
    throw toTierBookError(error, text('读取上次的分级结果', 'reading the previous tiers'));
  }
}
