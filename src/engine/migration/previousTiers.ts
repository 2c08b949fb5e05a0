import { isBlankCell, type CellValue } from '../cell/cellValue';
import { cellText } from '../cell/normalizeText';
import { TierBookError } from '../errors';
import { text } from '../i18n/locale';
import { OUTPUT_LABELS } from '../plan/outputLabels';
import { isTotalLabel } from '../table/clientTable';
import { matchHeader, type HeaderMatch } from '../table/matchHeader';
import { HEADER_SEARCH_ROWS } from '../table/sheetLayout';

/** The previous run's tier per client id ('' when that run gave none), read from its output sheet. */
export interface PreviousTiers {
  readonly tiers: ReadonlyMap<string, string>;
  /** 1-based header row found. */
  readonly headerRow: number;
  /** Ids found on more than one row; the first row's tier is kept. */
  readonly duplicates: readonly string[];
}

export interface PreviousTiersOptions {
  /** Header of the id column; default by the id aliases (客户号, …). */
  readonly idHeader?: string;
  /** Header of the tier column; default TierBook's own (客户等级 or Tier). */
  readonly tierHeader?: string;
}

function tierColumn(row: readonly CellValue[], wanted: string | undefined): HeaderMatch | undefined {
  if (wanted !== undefined) return matchHeader(row, wanted);
  return matchHeader(row, OUTPUT_LABELS.tierColumn['zh-CN']) ?? matchHeader(row, OUTPUT_LABELS.tierColumn['en-US']);
}

/**
 * Reads id → tier from a previous output sheet (row 0 = worksheet row 1): the header is the first of the first 30 rows
 * with both an id and a tier column. Ids are read as the client table reads them (cell text, trimmed), totals and
 * id-less rows are skipped.
 */
export function readPreviousTiers(grid: readonly (readonly CellValue[])[], options: PreviousTiersOptions = {}, sheetName = ''): PreviousTiers {
  const limit = Math.min(HEADER_SEARCH_ROWS, grid.length);
  for (let r = 0; r < limit; r++) {
    const row = grid[r] ?? [];
    const id = matchHeader(row, options.idHeader ?? '客户号', options.idHeader ? undefined : 'id');
    const tier = tierColumn(row, options.tierHeader);
    if (!id || !tier) continue;
    const tiers = new Map<string, string>();
    const duplicates = new Set<string>();
    for (let i = r + 1; i < grid.length; i++) {
      const cells = grid[i];
      const idCell = cells[id.index] ?? null;
      if (isBlankCell(idCell) || isTotalLabel(idCell)) continue;
      const key = cellText(idCell).trim();
      const tierCell = cells[tier.index] ?? null;
      if (tiers.has(key)) { duplicates.add(key); continue; }
      tiers.set(key, isBlankCell(tierCell) ? '' : cellText(tierCell).trim());
    }
    return { tiers, headerRow: r + 1, duplicates: [...duplicates] };
  }
  const wanted = options.tierHeader ?? `${OUTPUT_LABELS.tierColumn['zh-CN']} / ${OUTPUT_LABELS.tierColumn['en-US']}`;
  const where = sheetName ? `「${sheetName}」` : '';
  throw new TierBookError('COLUMN_NOT_FOUND', text(`上次结果${where}前 ${HEADER_SEARCH_ROWS} 行中找不到同时含客户号与 ${wanted} 的表头`,
    `no header with both a client id and ${wanted} in the first ${HEADER_SEARCH_ROWS} rows of the previous result${sheetName ? ` "${sheetName}"` : ''}`),
  { sheet: sheetName || undefined, column: wanted });
}

/**
 * The previous run's tier of each client, by id, from that run's tier column on the very sheet being tiered now
 * (`tierCellOfRow` gives the cell on a 1-based worksheet row). Why the clients' own ids: the rows that are clients
 * (not totals, not id-less) are the table's call, so both runs key alike; the first row of a duplicated id wins.
 */
export function previousTiersOfClients(ids: readonly string[], rowNumbers: Int32Array, tierCellOfRow: (row: number) => CellValue): Map<string, string> {
  const tiers = new Map<string, string>();
  ids.forEach((id, c) => {
    if (tiers.has(id)) return;
    const cell = tierCellOfRow(rowNumbers[c]);
    tiers.set(id, isBlankCell(cell) ? '' : cellText(cell).trim());
  });
  return tiers;
}
