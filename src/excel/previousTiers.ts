import { cellText, isBlankCell, isTotalLabel, matchHeader, text, type CellValue, rangeAddress, columnMarkerName } from '../engine';
import type { ExcelHost } from './host';
import { indexMarkers, loadNames } from './markerIndex';
import { toTierBookError } from './officeErrors';
import { readBlockChunks } from './readBlockChunks';
import type { RequestBudget } from './requestBudget';
import { taskYield, type TaskYield } from './taskYield';
import type { ClientTableSource } from './workbookGateway';

/** One row of tiersById: the id as the client table reads it (text, trimmed), first row wins. */
function addTier(byId: Map<string, string>, id: CellValue, tier: CellValue | undefined): void {
  if (isBlankCell(id) || isTotalLabel(id)) return;
  const key = cellText(id).trim();
  if (byId.has(key)) return;
  byId.set(key, tier === undefined || isBlankCell(tier) ? '' : cellText(tier).trim());
}

/** id → tier from aligned id and tier cells: ids as the client table reads them (text, trimmed), first row wins. */
export function tiersById(ids: readonly CellValue[], tiers: readonly CellValue[]): Map<string, string> {
  const byId = new Map<string, string>();
  ids.forEach((id, i) => addTier(byId, id, tiers[i]));
  return byId;
}

/** Rows between two looks at the clock in tiersByIdInTasks. */
const ROWS_PER_LOOK = 500;

/**
 * tiersById giving the pane's thread back whenever a slice has run (issue 10): at 50,000 clients the totals-label
 * check of every id is longer than the 200 ms a pane may block on a loaded machine. The same map.
 */
export async function tiersByIdInTasks(ids: readonly CellValue[], tiers: readonly CellValue[], pace: TaskYield = taskYield()): Promise<Map<string, string>> {
  const byId = new Map<string, string>();
  pace.restart();
  for (let from = 0; from < ids.length; from += ROWS_PER_LOOK) {
    for (let i = from; i < Math.min(ids.length, from + ROWS_PER_LOOK); i++) addTier(byId, ids[i], tiers[i]);
    if (pace.due()) await pace.yieldNow();
  }
  return byId;
}

/**
 * The previous run's tier per client id on the source's sheet, found by TierBook's `_TierBook_col_tier` marker (the
 * header cell of that run's tier column) and the id column in the same header row. Undefined when there was no
 * previous run on this sheet or its header row has no id column. `columnKey` 'complianceState' reads the 合规快照 column
 * the same way, for the compliance notices.
 */
export async function readPreviousTiers(host: ExcelHost, budget: RequestBudget, source: ClientTableSource, columnKey = 'tier'): Promise<ReadonlyMap<string, string> | undefined> {
  let read: { ids: CellValue[]; tiers: CellValue[] } | 'none' | 'empty';
  try {
    read = await host.run(async (context): Promise<{ ids: CellValue[]; tiers: CellValue[] } | 'none' | 'empty'> => {
      const sheets = context.workbook.worksheets.load('items/name');
      const names = loadNames(context);
      await context.sync();
      const marker = indexMarkers(names, sheets.items.map((s) => s.name)).columns.find((c) => c.name.toUpperCase() === columnMarkerName(columnKey).toUpperCase());
      if (!marker || marker.cell.sheet.toUpperCase() !== source.sheetName.toUpperCase()) return 'none';
      const sheet = context.workbook.worksheets.getItem(marker.cell.sheet);
      const header = sheet.getRange(rangeAddress(marker.cell.row, 0, 1, marker.cell.column)).load('values');
      const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
      await context.sync();
      const id = matchHeader(header.values[0] as CellValue[], '客户号', 'id');
      if (!id || used.isNullObject) return 'none';
      const rowCount = used.rowIndex + used.rowCount - marker.cell.row - 1;
      if (rowCount <= 0) return 'empty';
      const column = async (index: number): Promise<CellValue[]> => {
        const cells: CellValue[] = [];
        await readBlockChunks(context, sheet, { row: marker.cell.row + 1, column: index, rowCount, columnCount: 1 }, budget, 24,
          (rows) => { for (const row of rows) cells.push(row[0] ?? null); });
        return cells;
      };
      return { ids: await column(id.index), tiers: await column(marker.cell.column) };
    });
  } catch (error) {
    throw toTierBookError(error, text('读取上次的分级结果', 'reading the previous tiers'));
  }
  if (read === 'none') return undefined;
  if (read === 'empty') return new Map<string, string>();
  // Out of the Excel batch: pairing tens of thousands of ids gives the thread back as it goes.
  return tiersByIdInTasks(read.ids, read.tiers);
}
