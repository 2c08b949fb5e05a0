import { LAST_ROW } from '../cell/a1';
import type { CellValue } from '../cell/cellValue';
import { cellText, normalizeLabel } from '../cell/normalizeText';
import { isoDateOfSerial, parseDateCell } from '../cell/parseDateCell';
import type { Locale } from '../i18n/locale';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { holdsLineBreak, lazyPlanSheet, rowsAround } from '../plan/planRows';
import type { TieringResult } from '../run/tierClients';
import { SNAPSHOT_LABELS } from './effectLabels';
import { CLIENT_SNAPSHOT_SHEET_KEY } from './trackingKeys';
import { assetValues } from './watchlist';

type Grid = readonly (readonly CellValue[])[];

/** A1 of the snapshot, whatever the sheet is called; C1 holds the run date (yyyy-mm-dd), D1 what the sheet is for. */
export const SNAPSHOT_MARKER = 'TIERBOOK-SNAPSHOT';
export const SNAPSHOT_FORMAT = 1;
/** 0-based row of the snapshot's header: right below the marker row, so a full client sheet still fits. */
export const SNAPSHOT_HEADER_ROW = 1;
/** Clients a snapshot holds at most: the sheet's rows below the marker and header rows. */
export const MAX_SNAPSHOT_CLIENTS = LAST_ROW - SNAPSHOT_HEADER_ROW - 1;
export const SNAPSHOT_COL = { id: 0, tier: 1, assets: 2 } as const;

/** The previous run as its snapshot recorded it: per client key, the tier (model tier name) and the assets. */
export interface ClientSnapshot {
  /** The previous run's date as a serial; undefined when the marker row's date is unreadable. */
  readonly runDate?: number;
  /** clientKey → tier name ('' when the client was not tiered). */
  readonly tiers: ReadonlyMap<string, string>;
  /** clientKey → assets (only clients whose assets were known). */
  readonly assets: ReadonlyMap<string, number>;
}

/**
 * Every client of this run: id, tier (the model's name, which does not change with the language) and assets. Written
 * after the previous snapshot was read, so the next run can compare; untiered clients keep a blank tier. Only a client
 * sheet filled to Excel's last row has more clients than the sheet holds (MAX_SNAPSHOT_CLIENTS): the last ones are
 * then not compared by the next run.
 */
export function buildClientSnapshotSheet(result: TieringResult, runDate: number, locale: Locale): PlanSheet {
  const L = SNAPSHOT_LABELS;
  const assets = assetValues(result);
  const head: PlanCell[][] = [
    [SNAPSHOT_MARKER, SNAPSHOT_FORMAT, isoDateOfSerial(runDate), `${L.title[locale]}${locale === 'zh-CN' ? '：' : ': '}${L.help[locale]}`],
    [L.clientId[locale], L.tier[locale], L.assets[locale]],
  ];
  const { ids } = result.table;
  const tierNames = result.model.tiers.map((t) => t.name);
  // Built on demand (planRows.ts): the snapshot of a million clients is never held as cells.
  const rowAt = (c: number): PlanCell[] => {
    const tier = result.tierIndex[c];
    return [ids[c], tier >= 0 ? tierNames[tier] : null, Number.isNaN(assets[c]) ? null : assets[c]];
  };
  const count = Math.min(ids.length, MAX_SNAPSHOT_CLIENTS);
  const shown = count === ids.length ? ids : ids.slice(0, count);
  const wrapColumns = new Set<number>([...(holdsLineBreak(shown) ? [SNAPSHOT_COL.id] : []), ...(holdsLineBreak(tierNames.filter((_, k) => (result.tierCounts[k] ?? 0) > 0)) ? [SNAPSHOT_COL.tier] : [])]);
  return lazyPlanSheet({
    key: CLIENT_SNAPSHOT_SHEET_KEY, role: 'tracking', preferredName: L.sheetName[locale],
    headerRows: [SNAPSHOT_HEADER_ROW], freezeRows: SNAPSHOT_HEADER_ROW + 1, columnWidths: [18, 10, 16, 100], numberFormats: { [SNAPSHOT_COL.assets]: '#,##0.00' },
  }, rowsAround(head, { count, width: 3, wrapColumns, rowAt }));
}

/** A number cell, or the text of one; anything else is unknown. */
export function numberOf(cell: CellValue | undefined): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string' || cell.trim() === '') return undefined;
  const n = Number(cell.normalize('NFKC').replace(/,/gu, '').trim());
  return Number.isFinite(n) ? n : undefined;
}

/** The snapshot found by its marker; undefined when the grid has no marker (not TierBook's snapshot). */
export function readClientSnapshot(grid: Grid): ClientSnapshot | undefined {
  const markerRow = grid.slice(0, 10).findIndex((r) => typeof r[0] === 'string' && r[0].trim() === SNAPSHOT_MARKER);
  if (markerRow < 0) return undefined;
  const date = parseDateCell(grid[markerRow]?.[2] ?? null);
  const tiers = new Map<string, string>();
  const assets = new Map<string, number>();
  for (let r = markerRow + SNAPSHOT_HEADER_ROW + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const id = cellText(row[SNAPSHOT_COL.id] ?? null).trim();
    if (id === '') continue;
    const key = normalizeLabel(id);
    tiers.set(key, cellText(row[SNAPSHOT_COL.tier] ?? null).trim());
    const value = numberOf(row[SNAPSHOT_COL.assets]);
    if (value !== undefined) assets.set(key, value);
  }
  return { ...(date.kind === 'date' ? { runDate: date.serial } : {}), tiers, assets };
}
