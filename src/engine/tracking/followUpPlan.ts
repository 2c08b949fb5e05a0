import { normalizeLabel } from '../cell/normalizeText';
import { isoDateOfSerial } from '../cell/parseDateCell';
import type { Locale } from '../i18n/locale';
import type { TierModel } from '../model/types';
import type { PlanSheet, PlanValidation } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { anyLineBreak, holdsLineBreak, lazyPlanSheet, rowsAround } from '../plan/planRows';
import { FOLLOW_UP_SHEET_KEY } from './trackingKeys';
import { CONTACT_WAYS, FOLLOW_UP_LABELS, FOLLOW_UP_REASON_TEXT, PRIORITY_TEXT, type FollowUpReason } from './trackingLabels';

/** The first cell that identifies the follow-up plan, whatever the sheet is called (A2, as the other TierBook input sheets). */
export const FOLLOW_UP_MARKER = 'TIERBOOK-FOLLOWUP';
export const FOLLOW_UP_FORMAT = 1;
export { FOLLOW_UP_SHEET_KEY } from './trackingKeys';
/** 0-based row of the plan's header (title, marker, help, blank, header). */
export const FOLLOW_UP_HEADER_ROW = 4;
/** Default plan horizon: clients whose next contact falls within this many days of the run date. */
export const DEFAULT_HORIZON_DAYS = 30;

export const FOLLOW_UP_COL = {
  id: 0, name: 1, tier: 2, manager: 3, lastContact: 4, due: 5, priority: 6, reason: 7, contactDate: 8, way: 9, satisfaction: 10, note: 11,
} as const;

const HEADER_KEYS = ['clientId', 'clientName', 'tier', 'manager', 'lastContact', 'due', 'priority', 'reason', 'contactDate', 'way', 'satisfaction', 'note'] as const;

/** The date format of the plan's and the log's date columns. */
export const DATE_FORMAT = 'yyyy-mm-dd';

/** The clients as the plan sees them, aligned by client index. */
export interface FollowUpClients {
  readonly ids: readonly string[];
  readonly names?: readonly (string | null)[];
  /** Index into the model's tiers, −1 for none (never planned). */
  readonly tierIndex: ArrayLike<number>;
  readonly scores: ArrayLike<number>;
  /** The client's own manager, else the proposed one, else null. */
  readonly managers: readonly (string | null)[];
  /** Whether the client changed tier since the previous run (upgrades and downgrades). */
  readonly tierChanged?: ArrayLike<boolean>;
}

export interface FollowUpOptions {
  /** The run date as an Excel serial. */
  readonly runDate: number;
  /** Per model tier: a follow-up every N days, undefined for tiers with no schedule. */
  readonly followUpDays: readonly (number | undefined)[];
  /** clientKey(id) → serial of the last logged contact (the service log, lastContacts). */
  readonly lastContact: ReadonlyMap<string, number>;
  /** Default DEFAULT_HORIZON_DAYS. */
  readonly horizonDays?: number;
  /** Client indexes on the retention watchlist: always in the plan, at its top. */
  readonly watchlist?: ReadonlySet<number>;
}

/** One row of the plan. */
export interface FollowUpRow {
  readonly client: number;
  readonly due: number;
  readonly lastContact?: number;
  readonly priority: 1 | 2 | 3;
  readonly reasons: readonly FollowUpReason[];
}

const REASON_BITS: readonly FollowUpReason[] = ['watchlist', 'overdue', 'tierChange', 'firstContact'];
const reasonLists: (readonly FollowUpReason[])[] = [];

/**
 * The reasons named by the bits of `mask` (REASON_BITS), in that order, 'scheduled' when none: one shared list per
 * combination. Why: a list per planned client was a million arrays on a full sheet.
 */
function reasonList(mask: number): readonly FollowUpReason[] {
  let list = reasonLists[mask];
  if (!list) {
    const named = REASON_BITS.filter((_, bit) => (mask & (1 << bit)) !== 0);
    list = Object.freeze(named.length > 0 ? named : ['scheduled' as const]);
    reasonLists[mask] = list;
  }
  return list;
}

/**
 * Who is due: each tiered client whose next contact (last contact + the tier's interval; the run date when nothing is
 * logged or the tier changed) falls within the horizon, plus every watchlist client. Watchlist clients first, then by
 * priority (高: watchlist or overdue; 中: tier change or no contact on record; 低: scheduled), tier, due date, score
 * (highest first) and id: the same order in every host.
 */
export function planFollowUps(clients: FollowUpClients, options: FollowUpOptions): FollowUpRow[] {
  const horizonEnd = options.runDate + (options.horizonDays ?? DEFAULT_HORIZON_DAYS);
  const rows: FollowUpRow[] = [];
  for (let c = 0; c < clients.ids.length; c++) {
    const tier = clients.tierIndex[c];
    if (tier < 0) continue;
    const every = options.followUpDays[tier];
    const watched = options.watchlist?.has(c) === true;
    const changed = clients.tierChanged?.[c] === true;
    if (every === undefined && !watched && !changed) continue;
    const last = options.lastContact.get(normalizeLabel(clients.ids[c]));
    let due = every === undefined || last === undefined ? options.runDate : last + every;
    if (changed || watched) due = Math.min(due, options.runDate);
    if (due > horizonEnd) continue;
    const reasons = reasonList((watched ? 1 : 0) | (due < options.runDate ? 2 : 0) | (changed ? 4 : 0) | (last === undefined ? 8 : 0));
    const priority = watched || due < options.runDate ? 1 : changed || last === undefined ? 2 : 3;
    rows.push({ client: c, due, ...(last !== undefined ? { lastContact: last } : {}), priority, reasons });
  }
  const score = (c: number): number => (Number.isNaN(clients.scores[c]) ? -Infinity : clients.scores[c]);
  const watchedFirst = (r: FollowUpRow): number => (options.watchlist?.has(r.client) ? 0 : 1);
  return rows.sort((a, b) => watchedFirst(a) - watchedFirst(b) || a.priority - b.priority
    || clients.tierIndex[a.client] - clients.tierIndex[b.client] || a.due - b.due || score(b.client) - score(a.client)
    || (clients.ids[a.client] < clients.ids[b.client] ? -1 : clients.ids[a.client] > clients.ids[b.client] ? 1 : 0));
}

function tierLabel(model: Pick<TierModel, 'tiers'>, tier: number, locale: Locale): string {
  const t = model.tiers[tier];
  return t.label?.[locale] ?? t.name;
}

/** Rows with validation beyond the plan's last row, so that a manager adding a contact by hand gets the same lists. */
export const SPARE_VALIDATED_ROWS = 50;

/** The manager columns' validations: a date, a way from the list, satisfaction 1–5. Warnings, so a typed entry is kept. */
export function followUpValidations(rowCount: number, locale: Locale): PlanValidation[] {
  const block = (column: number): PlanValidation['block'] => ({ row: FOLLOW_UP_HEADER_ROW + 1, column, rowCount: rowCount + SPARE_VALIDATED_ROWS, columnCount: 1 });
  const zh = locale === 'zh-CN';
  return [
    { block: block(FOLLOW_UP_COL.contactDate), rule: { kind: 'date', min: 1 }, prompt: zh ? '回访日期，如 2026-11-05' : 'The contact date, e.g. 2026-11-05' },
    { block: block(FOLLOW_UP_COL.way), rule: { kind: 'list', values: CONTACT_WAYS[locale] }, prompt: zh ? '回访方式：从列表中选择' : 'The way of contact: pick one from the list' },
    { block: block(FOLLOW_UP_COL.satisfaction), rule: { kind: 'wholeNumber', min: 1, max: 5 }, prompt: zh ? '满意度：1（很不满意）到 5（很满意）' : 'Satisfaction: 1 (very unhappy) to 5 (very happy)' },
  ];
}

/** The plan as a sheet: dates as serials in yyyy-mm-dd, the four manager columns empty and validated. */
export function buildFollowUpPlanSheet(
  clients: FollowUpClients, rows: readonly FollowUpRow[], model: Pick<TierModel, 'tiers'>, options: FollowUpOptions, locale: Locale,
): PlanSheet {
  const L = FOLLOW_UP_LABELS;
  const horizon = options.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const runIso = isoDateOfSerial(options.runDate);
  const head: PlanCell[][] = [
    [L.title[locale]],
    [FOLLOW_UP_MARKER, FOLLOW_UP_FORMAT, locale === 'zh-CN' ? `运行日期 ${runIso}，计划范围 ${horizon} 天，共 ${rows.length} 名客户` : `Run date ${runIso}, horizon ${horizon} days, ${rows.length} client${rows.length === 1 ? '' : 's'}`],
    [L.help[locale]],
    [],
    HEADER_KEYS.map((k) => L[k][locale]),
  ];
  const reasonSeparator = locale === 'zh-CN' ? '、' : ', ';
  // The rows packed into columns (a few bytes a row, not an object each), and built on demand (planRows.ts): a plan
  // of a million clients is never held as cells or as row objects.
  const count = rows.length;
  const client = new Int32Array(count);
  const due = new Float64Array(count);
  const lastContact = new Float64Array(count);
  const priority = new Uint8Array(count);
  const reasonTexts = new Map<readonly FollowUpReason[], string>();
  const reasons = new Array<string>(count);
  for (let n = 0; n < count; n++) {
    const r = rows[n];
    client[n] = r.client;
    due[n] = r.due;
    lastContact[n] = r.lastContact ?? NaN;
    priority[n] = r.priority;
    let reason = reasonTexts.get(r.reasons);
    if (reason === undefined) { reason = r.reasons.map((x) => FOLLOW_UP_REASON_TEXT[x][locale]).join(reasonSeparator); reasonTexts.set(r.reasons, reason); }
    reasons[n] = reason;
  }
  const rowAt = (n: number): PlanCell[] => {
    const c = client[n];
    const last = lastContact[n];
    return [clients.ids[c], clients.names?.[c] ?? null, tierLabel(model, clients.tierIndex[c], locale),
      clients.managers[c], Number.isNaN(last) ? null : last, due[n], PRIORITY_TEXT[priority[n] as FollowUpRow['priority']][locale], reasons[n]];
  };
  // A column wraps when one of the plan's cells holds a line break: told from the planned clients' sources.
  const tierLabels = model.tiers.map((_, k) => tierLabel(model, k, locale));
  const anyBreak = (textOf: (n: number) => unknown): boolean => anyLineBreak(count, textOf);
  const breaks: [number, boolean][] = [
    [FOLLOW_UP_COL.id, anyBreak((n) => clients.ids[client[n]])],
    [FOLLOW_UP_COL.name, clients.names !== undefined && anyBreak((n) => clients.names?.[client[n]])],
    [FOLLOW_UP_COL.tier, holdsLineBreak(tierLabels) && anyBreak((n) => tierLabels[clients.tierIndex[client[n]]])],
    [FOLLOW_UP_COL.manager, anyBreak((n) => clients.managers[client[n]])],
    [FOLLOW_UP_COL.reason, anyBreak((n) => reasons[n])],
  ];
  const wrapColumns = new Set(breaks.filter(([, b]) => b).map(([c]) => c));
  return lazyPlanSheet({
    key: FOLLOW_UP_SHEET_KEY, role: 'tracking', preferredName: L.sheetName[locale],
    columnWidths: [14, 12, 8, 12, 12, 12, 8, 24, 12, 10, 8, 30], headerRows: [FOLLOW_UP_HEADER_ROW], freezeRows: FOLLOW_UP_HEADER_ROW + 1,
    numberFormats: { [FOLLOW_UP_COL.lastContact]: DATE_FORMAT, [FOLLOW_UP_COL.due]: DATE_FORMAT, [FOLLOW_UP_COL.contactDate]: DATE_FORMAT },
    validations: followUpValidations(rows.length, locale),
  }, rowsAround(head, { count, width: 8, wrapColumns, rowAt }));
}
