import type { Locale } from '../i18n/locale';
import { text, type LocalizedText } from '../i18n/locale';
import type { TierModel } from '../model/types';
import type { PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import type { TieringResult } from '../run/tierClients';
import { clientKey, satisfactionOf, type ContactEntry } from './serviceLog';
import { WATCHLIST_SHEET_KEY } from './trackingKeys';

/** Why a client is on the retention watchlist (流失预警); a client carries every reason that applies. */
export type WatchReason = 'droppedTier' | 'assetsFell' | 'lowSatisfaction' | 'overdueHighTier';

export const WATCH_REASONS: readonly WatchReason[] = ['droppedTier', 'assetsFell', 'lowSatisfaction', 'overdueHighTier'];

export const WATCH_REASON_TEXT: Readonly<Record<WatchReason, LocalizedText>> = {
  droppedTier: text('等级下降', 'dropped a tier'),
  assetsFell: text('资产较上次下降超过阈值', 'assets fell past the threshold since the last run'),
  lowSatisfaction: text('最近一次满意度 ≤ 2', 'last satisfaction 2 or lower'),
  overdueHighTier: text('专属经理等级逾期未回访', 'overdue for a dedicated-manager call'),
};

/** Default share of assets lost since the previous run that puts a client on the watchlist (more than 30%). */
export const DEFAULT_ASSET_DROP = 0.3;

export interface WatchEntry {
  readonly client: number;
  readonly reasons: readonly WatchReason[];
  /** What is at stake: the client's assets (NaN when unknown). */
  readonly stake: number;
}

export interface WatchInputs {
  /** Per client: whether the tier fell since the previous run. */
  readonly dropped?: ArrayLike<boolean>;
  /** clientKey → assets at the previous run, when the host has them; absent: the asset reason is not checked. */
  readonly previousAssets?: ReadonlyMap<string, number>;
  /** Default DEFAULT_ASSET_DROP. */
  readonly assetDrop?: number;
  /** Every contact logged (the service log plus this run's additions). */
  readonly contacts: readonly ContactEntry[];
  /** Per model tier: whether it requires a dedicated manager, and its follow-up interval. */
  readonly dedicated: readonly boolean[];
  readonly followUpDays: readonly (number | undefined)[];
  readonly lastContact: ReadonlyMap<string, number>;
  readonly runDate: number;
}

/** The raw values of the factor keyed "assets", NaN where missing; all NaN when the model has none. */
export function assetValues(result: TieringResult): Float64Array {
  const k = result.model.factors.findIndex((f) => f.key === 'assets');
  const column = k >= 0 ? result.table.factorColumns[k] : undefined;
  return column && column.kind === 'numeric' ? column.values : new Float64Array(result.table.size).fill(NaN);
}

/** clientKey → the satisfaction of the client's latest contact (not after the run date) that has a readable one. */
export function lastSatisfactions(contacts: readonly ContactEntry[], runDate: number): Map<string, number> {
  const latest = new Map<string, { serial: number; value: number }>();
  for (const e of contacts) {
    const value = satisfactionOf(e);
    if (e.serial === undefined || e.serial > runDate || value === undefined) continue;
    const key = clientKey(e.id);
    const before = latest.get(key);
    if (before === undefined || e.serial >= before.serial) latest.set(key, { serial: e.serial, value });
  }
  return new Map(Array.from(latest, ([k, v]) => [k, v.value]));
}

/**
 * The retention watchlist: tiered clients who dropped a tier, whose assets fell by more than the threshold, whose
 * last satisfaction was 2 or lower, or who are overdue (a logged contact older than the interval) in a tier that
 * requires a dedicated manager. Sorted by tier (top first), then by assets at stake (highest first), then id.
 */
export function buildWatchlist(result: TieringResult, inputs: WatchInputs): WatchEntry[] {
  const assets = assetValues(result);
  const satisfaction = lastSatisfactions(inputs.contacts, inputs.runDate);
  const drop = inputs.assetDrop ?? DEFAULT_ASSET_DROP;
  const entries: WatchEntry[] = [];
  const { ids } = result.table;
  for (let c = 0; c < ids.length; c++) {
    const tier = result.tierIndex[c];
    if (tier < 0) continue;
    const key = clientKey(ids[c]);
    const reasons: WatchReason[] = [];
    if (inputs.dropped?.[c] === true) reasons.push('droppedTier');
    const before = inputs.previousAssets?.get(key);
    if (before !== undefined && before > 0 && !Number.isNaN(assets[c]) && assets[c] < before * (1 - drop)) reasons.push('assetsFell');
    const last = satisfaction.get(key);
    if (last !== undefined && last <= 2) reasons.push('lowSatisfaction');
    const every = inputs.followUpDays[tier];
    const contact = inputs.lastContact.get(key);
    if (inputs.dedicated[tier] && every !== undefined && contact !== undefined && contact + every < inputs.runDate) reasons.push('overdueHighTier');
    if (reasons.length > 0) entries.push({ client: c, reasons, stake: assets[c] });
  }
  const stake = (e: WatchEntry): number => (Number.isNaN(e.stake) ? -Infinity : e.stake);
  return entries.sort((a, b) => result.tierIndex[a.client] - result.tierIndex[b.client] || stake(b) - stake(a)
    || (ids[a.client] < ids[b.client] ? -1 : ids[a.client] > ids[b.client] ? 1 : 0));
}

const HEADERS = [text('客户号', 'Client ID'), text('客户姓名', 'Client name'), text('客户等级', 'Tier'), text('客户经理', 'Account manager'),
  text('资产', 'Assets'), text('预警原因', 'Reasons')];

function tierLabel(model: Pick<TierModel, 'tiers'>, tier: number, locale: Locale): string {
  const t = model.tiers[tier];
  return t.label?.[locale] ?? t.name;
}

/** 0-based row of the watchlist sheet's header (title, note, blank, header). */
export const WATCHLIST_HEADER_ROW = 3;

/** The watchlist as a sheet (流失预警), one row per client with every reason. */
export function buildWatchlistSheet(result: TieringResult, entries: readonly WatchEntry[], names: readonly (string | null)[] | undefined,
  managers: readonly (string | null)[], locale: Locale): PlanSheet {
  const rows: PlanCell[][] = [
    [text('TierBook 流失预警', 'TierBook retention watchlist')[locale]],
    [locale === 'zh-CN' ? `共 ${entries.length} 名客户；已排在回访计划最前` : `${entries.length} client${entries.length === 1 ? '' : 's'}; raised to the top of the follow-up plan`],
    [],
    HEADERS.map((h) => h[locale]),
  ];
  for (const e of entries) {
    rows.push([result.table.ids[e.client], names?.[e.client] ?? null, tierLabel(result.model, result.tierIndex[e.client], locale), managers[e.client],
      Number.isNaN(e.stake) ? null : e.stake, e.reasons.map((r) => WATCH_REASON_TEXT[r][locale]).join(locale === 'zh-CN' ? '、' : ', ')]);
  }
  return {
    key: WATCHLIST_SHEET_KEY, role: 'tracking', preferredName: text('流失预警', 'Retention Watchlist')[locale], rows,
    headerRows: [WATCHLIST_HEADER_ROW], freezeRows: WATCHLIST_HEADER_ROW + 1, columnWidths: [14, 12, 8, 12, 14, 40], numberFormats: { 4: '#,##0.00' },
  };
}
