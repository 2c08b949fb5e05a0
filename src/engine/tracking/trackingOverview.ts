import { isBlankCell, type CellValue } from '../cell/cellValue';
import { cellText, normalizeLabel } from '../cell/normalizeText';
import { tierIndexByLabel } from '../model/tierIndexByLabel';
import { parseDateCell } from '../cell/parseDateCell';
import type { TierModel } from '../model/types';
import { readEffectHistory } from './effectHistory';
import { FOLLOW_UP_COL, FOLLOW_UP_HEADER_ROW } from './followUpPlan';
import { satisfactionOf } from './serviceLog';
import { WATCHLIST_HEADER_ROW } from './watchlist';

type Grid = readonly (readonly CellValue[])[];

/** How one tier's or one manager's rows of the follow-up plan stand on a given day. */
export interface DueCounts {
  /** Rows with a contact date filled in (回访日期). */
  readonly done: number;
  /** Rows not yet contacted whose due date is before the day. */
  readonly overdue: number;
  /** Rows not yet contacted, due on the day or later. */
  readonly due: number;
  /** Mean of the satisfaction entered on the done rows (1–5), undefined when none was entered. */
  readonly satisfaction?: number;
  /** 0-based sheet row of the first row to act on (the first overdue, else the first due, else the first), for links. */
  readonly firstRow: number;
}

export interface TierDue extends DueCounts {
  /** The tier as the plan writes it (its label in the run's language). */
  readonly tier: string;
}

export interface ManagerDue extends DueCounts {
  /** The manager, null for rows with no manager (neither the client's own nor a proposal). */
  readonly manager: string | null;
}

/** One client of the retention watchlist (流失预警), with its 0-based sheet row. */
export interface WatchLine {
  readonly id: string;
  readonly name: string;
  readonly tier: string;
  readonly manager: string;
  readonly reasons: string;
  readonly row: number;
}

/** One run of the effect history (效果历史), all tiers together: follow-up completion and satisfaction over runs. */
export interface RunTrend {
  /** The run's timestamp as the history holds it. */
  readonly run: string;
  readonly runDate?: number;
  /** Contacts due and logged in the run's period, over all tiers. */
  readonly due: number;
  readonly done: number;
  /** done ÷ due, undefined when nothing was due. */
  readonly completion?: number;
  /** Mean satisfaction over the period's ratings, weighted by each tier's number of ratings. */
  readonly satisfaction?: number;
}

/** Runs the trend shows, the latest last. */
export const TREND_RUNS = 6;

/** What the task pane's Tracking view shows: read back from the sheets, so it is there after reopening the workbook. */
export interface TrackingOverview {
  readonly tiers: readonly TierDue[];
  readonly managers: readonly ManagerDue[];
  readonly watchlist: readonly WatchLine[];
  /** The last TREND_RUNS runs of the effect history, oldest first; empty without a history. */
  readonly trend: readonly RunTrend[];
  /** Plan rows in all. */
  readonly planRows: number;
}

interface Tally { done: number; overdue: number; due: number; satisfied: number; satisfactionSum: number; firstOverdue: number; firstDue: number; first: number }

function newTally(row: number): Tally {
  return { done: 0, overdue: 0, due: 0, satisfied: 0, satisfactionSum: 0, firstOverdue: -1, firstDue: -1, first: row };
}

function counts(t: Tally): DueCounts {
  const firstRow = t.firstOverdue >= 0 ? t.firstOverdue : t.firstDue >= 0 ? t.firstDue : t.first;
  return { done: t.done, overdue: t.overdue, due: t.due, ...(t.satisfied > 0 ? { satisfaction: t.satisfactionSum / t.satisfied } : {}), firstRow };
}

function add(t: Tally, row: number, state: 'done' | 'overdue' | 'due', satisfaction: number | undefined): void {
  t[state]++;
  if (state === 'overdue' && t.firstOverdue < 0) t.firstOverdue = row;
  if (state === 'due' && t.firstDue < 0) t.firstDue = row;
  if (satisfaction !== undefined) { t.satisfied++; t.satisfactionSum += satisfaction; }
}

/** A plan row's state on `today`: done once a contact date is typed in (whatever it says), else by its due date. */
function rowState(row: readonly CellValue[], today: number): 'done' | 'overdue' | 'due' {
  if (!isBlankCell(row[FOLLOW_UP_COL.contactDate] ?? null)) return 'done';
  const due = parseDateCell(row[FOLLOW_UP_COL.due] ?? null);
  return due.kind === 'date' && due.serial < today ? 'overdue' : 'due';
}

/** Tier labels in the model's order, in either language, so a plan written in the other language still sorts. */
function tierRank(model: Pick<TierModel, 'tiers'>): (label: string) => number {
  const rank = tierIndexByLabel(model);
  return (label) => rank.get(normalizeLabel(label)) ?? model.tiers.length;
}

/**
 * The follow-up plan (回访计划) and the watchlist (流失预警) as the Tracking view shows them, from the sheets' cells as
 * they are now: per tier and per manager how many contacts are done, overdue and still due on `today`, with the mean
 * satisfaction entered so far; and the watchlist's clients. A manager's entries are read, never changed.
 */
export function trackingOverview(plan: Grid | undefined, watchlist: Grid | undefined, model: Pick<TierModel, 'tiers'>, today: number, history?: Grid): TrackingOverview {
  const byTier = new Map<string, Tally>();
  const byManager = new Map<string | null, Tally>();
  let planRows = 0;
  for (let r = FOLLOW_UP_HEADER_ROW + 1; plan && r < plan.length; r++) {
    const row = plan[r];
    const id = cellText(row[FOLLOW_UP_COL.id] ?? null).trim();
    if (id === '') continue;
    planRows++;
    const state = rowState(row, today);
    const satisfaction = state === 'done' ? satisfactionOf({ satisfaction: row[FOLLOW_UP_COL.satisfaction] ?? null }) : undefined;
    const tier = cellText(row[FOLLOW_UP_COL.tier] ?? null).trim();
    const managerText = cellText(row[FOLLOW_UP_COL.manager] ?? null).trim();
    const manager = managerText === '' ? null : managerText;
    const tierTally = byTier.get(tier) ?? newTally(r);
    byTier.set(tier, tierTally);
    add(tierTally, r, state, satisfaction);
    const managerTally = byManager.get(manager) ?? newTally(r);
    byManager.set(manager, managerTally);
    add(managerTally, r, state, satisfaction);
  }
  const rank = tierRank(model);
  const tiers = [...byTier].map(([tier, t]) => ({ tier, ...counts(t) })).sort((a, b) => rank(a.tier) - rank(b.tier) || a.firstRow - b.firstRow);
  // Who needs attention first: the most overdue, then the most due; the unassigned rows last, as nobody's list.
  const managers = [...byManager].map(([manager, t]) => ({ manager, ...counts(t) }))
    .sort((a, b) => Number(a.manager === null) - Number(b.manager === null) || b.overdue - a.overdue || b.due - a.due
      || (a.manager ?? '').localeCompare(b.manager ?? '', 'zh-CN'));
  return { tiers, managers, watchlist: watchLines(watchlist), trend: history ? followUpTrend(history) : [], planRows };
}

/** The effect history's runs, all tiers summed (completion over all contacts due; satisfaction weighted by ratings). */
export function followUpTrend(history: Grid, runs = TREND_RUNS): RunTrend[] {
  const byRun = new Map<string, { runDate?: number; due: number; done: number; rated: number; satisfactionSum: number }>();
  for (const row of readEffectHistory(history)) {
    const run = byRun.get(row.run) ?? { ...(row.runDate !== undefined ? { runDate: row.runDate } : {}), due: 0, done: 0, rated: 0, satisfactionSum: 0 };
    byRun.set(row.run, run);
    const f = row.figures;
    run.due += f.due ?? 0;
    run.done += f.done ?? 0;
    if (f.rated !== undefined && f.rated > 0 && f.satisfaction !== undefined) {
      run.rated += f.rated;
      run.satisfactionSum += f.satisfaction * f.rated;
    }
  }
  return [...byRun].slice(-runs).map(([run, t]) => ({
    run, ...(t.runDate !== undefined ? { runDate: t.runDate } : {}), due: t.due, done: t.done,
    ...(t.due > 0 ? { completion: t.done / t.due } : {}), ...(t.rated > 0 ? { satisfaction: t.satisfactionSum / t.rated } : {}),
  }));
}

function watchLines(grid: Grid | undefined): WatchLine[] {
  const lines: WatchLine[] = [];
  for (let r = WATCHLIST_HEADER_ROW + 1; grid && r < grid.length; r++) {
    const row = grid[r];
    const id = cellText(row[0] ?? null).trim();
    if (id === '') continue;
    lines.push({ id, name: cellText(row[1] ?? null), tier: cellText(row[2] ?? null), manager: cellText(row[3] ?? null), reasons: cellText(row[5] ?? null), row: r });
  }
  return lines;
}
