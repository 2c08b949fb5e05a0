import type { CellValue } from '../cell/cellValue';
import { isBlankCell } from '../cell/cellValue';
import { cellText, normalizeHeader } from '../cell/normalizeText';
import { parseDateCell } from '../cell/parseDateCell';
import type { TieringResult } from '../run/tierClients';
import { tierIndexByLabel } from '../model/tierIndexByLabel';
import type { ClientSnapshot } from './clientSnapshot';
import { FOLLOW_UP_COL, FOLLOW_UP_MARKER } from './followUpPlan';
import { clientKey, lastContacts, satisfactionOf, type ContactEntry } from './serviceLog';
import { FOLLOW_UP_LABELS } from './trackingLabels';
import { assetValues } from './watchlist';

type Grid = readonly (readonly CellValue[])[];

/** One row of a follow-up plan as a run wrote it: who was due when, in which tier, with which manager. */
export interface PlannedRow {
  readonly id: string;
  /** The tier cell as written (a tier's name or label). */
  readonly tier: string;
  /** The manager cell, trimmed; null when blank. */
  readonly manager: string | null;
  readonly lastContact?: number;
  readonly due?: number;
}

const dateOf = (cell: CellValue): number | undefined => {
  const parsed = parseDateCell(cell);
  return parsed.kind === 'date' ? parsed.serial : undefined;
};

const textOrNull = (cell: CellValue): string | null => (isBlankCell(cell) ? null : cellText(cell).trim());

/** The rows of a follow-up plan (found by its marker) with a client id; empty when the grid is not a plan. */
export function readPlannedRows(grid: Grid): PlannedRow[] {
  const markerRow = grid.slice(0, 10).findIndex((r) => typeof r[0] === 'string' && r[0].trim() === FOLLOW_UP_MARKER);
  if (markerRow < 0) return [];
  const isHeader = (cell: CellValue): boolean => typeof cell === 'string'
    && [FOLLOW_UP_LABELS.clientId['zh-CN'], FOLLOW_UP_LABELS.clientId['en-US']].some((h) => normalizeHeader(h) === normalizeHeader(cell));
  let headerRow = -1;
  for (let r = markerRow + 1; r < Math.min(grid.length, markerRow + 10) && headerRow < 0; r++) if (isHeader(grid[r]?.[0] ?? null)) headerRow = r;
  if (headerRow < 0) return [];
  const C = FOLLOW_UP_COL;
  const rows: PlannedRow[] = [];
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const cell = (c: number): CellValue => row[c] ?? null;
    const id = cellText(cell(C.id)).trim();
    if (id === '') continue;
    const last = dateOf(cell(C.lastContact));
    const due = dateOf(cell(C.due));
    rows.push({ id, tier: cellText(cell(C.tier)).trim(), manager: textOrNull(cell(C.manager)),
      ...(last !== undefined ? { lastContact: last } : {}), ...(due !== undefined ? { due } : {}) });
  }
  return rows;
}

/** A count and a sum, for averages that stay blank when nothing was counted. */
interface Tally { n: number; sum: number }
const tally = (): Tally => ({ n: 0, sum: 0 });
const mean = (t: Tally): number | null => (t.n === 0 ? null : t.sum / t.n);
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** One tier's figures for one run, as the history keeps them; null where there is nothing to count. */
export interface TierFigures {
  readonly tier: number;
  readonly clients: number;
  readonly assetsTotal: number | null;
  readonly assetsAverage: number | null;
  readonly scoreAverage: number | null;
  /** Rows of the previous plan in this tier that fell due by the run date, and those with a newer contact logged. */
  readonly due: number;
  readonly done: number;
  readonly completion: number | null;
  /** Readable satisfactions among the period's contacts of the tier's clients, and their average. */
  readonly rated: number;
  readonly satisfaction: number | null;
  /** Moves since the previous run (snapshot); null without a snapshot. */
  readonly upIn: number | null;
  readonly downIn: number | null;
  readonly upOut: number | null;
  readonly downOut: number | null;
  /** The tier's clients at the previous run, those now in it or above, and the retained clients' assets then and now. */
  readonly previousClients: number | null;
  readonly retained: number | null;
  readonly retention: number | null;
  readonly retainedBefore: number | null;
  readonly retainedNow: number | null;
  readonly retainedChange: number | null;
  readonly retainedChangeRate: number | null;
}

/** One manager's figures for the period. `manager` null: contacts and due rows without a manager. */
export interface ManagerFigures {
  readonly manager: string | null;
  /** Tiered clients whose own manager (else the proposed one) is this manager. */
  readonly book: number;
  /** Distinct clients with a contact in the period attributed to this manager. */
  readonly served: number;
  readonly due: number;
  readonly done: number;
  readonly completion: number | null;
  readonly rated: number;
  readonly satisfaction: number | null;
}

export interface EffectFigures {
  readonly tiers: readonly TierFigures[];
  readonly managers: readonly ManagerFigures[];
  /** The period's start (the snapshot's run date), exclusive; undefined on a first run. */
  readonly periodStart?: number;
}

export interface EffectInputs {
  readonly runDate: number;
  /** The previous run's snapshot; absent: no moves, retention or asset change. */
  readonly snapshot?: ClientSnapshot;
  /** The previous follow-up plan's rows (readPlannedRows). */
  readonly planned: readonly PlannedRow[];
  /** The service log as it was, and the contacts this run copies into it. */
  readonly logged: readonly ContactEntry[];
  readonly added: readonly ContactEntry[];
  /** Per client: its own manager (the client sheet), and the one it is served by (own, else proposed). */
  readonly ownManagers: readonly (string | null)[];
  readonly managers: readonly (string | null)[];
  /** Every manager of the roster, listed even with nothing to count. */
  readonly rosterManagers: readonly string[];
}

/**
 * The contacts of the period: this run's harvest from the plan (made in answer to it, whatever their date), and the
 * log's rows dated after the previous run; both only up to the run date, and only with a readable date.
 */
export function periodContacts(inputs: Pick<EffectInputs, 'runDate' | 'snapshot' | 'logged' | 'added'>): ContactEntry[] {
  const start = inputs.snapshot?.runDate;
  const upTo = (e: ContactEntry): boolean => e.serial !== undefined && e.serial <= inputs.runDate;
  return [
    ...inputs.logged.filter((e) => upTo(e) && start !== undefined && (e.serial ?? 0) > start),
    ...inputs.added.filter(upTo),
  ];
}

/**
 * This run's effect figures. Per tier: clients, assets (total and average), average score; follow-up completion
 * (rows of the previous plan in that tier due by the run date, done when the client has a contact newer than the
 * plan's 上次回访, not after the run date); the period's average satisfaction (by the client's tier now); moves into
 * and out of the tier and retention (the tier's clients at the previous run now in it or above, gone clients count as
 * lost) with the retained clients' asset change, from the snapshot. Per manager the same completion and satisfaction
 * (a contact counts for the manager it names, else the client's own manager; a due row for the manager it shows).
 */
export function computeEffectFigures(result: TieringResult, inputs: EffectInputs): EffectFigures {
  const { ids } = result.table;
  const tierCount = result.model.tiers.length;
  const assets = assetValues(result);
  const byKey = new Map<string, number>();
  ids.forEach((id, c) => { if (!byKey.has(clientKey(id))) byKey.set(clientKey(id), c); });
  const byName = tierIndexByLabel(result.model);
  const zeros = (): number[] => new Array<number>(tierCount).fill(0);

  const clients = zeros();
  const assetTally = Array.from({ length: tierCount }, tally);
  const scoreTally = Array.from({ length: tierCount }, tally);
  for (let c = 0; c < ids.length; c++) {
    const t = result.tierIndex[c];
    if (t < 0) continue;
    clients[t]++;
    if (!Number.isNaN(assets[c])) { assetTally[t].n++; assetTally[t].sum += assets[c]; }
    if (!Number.isNaN(result.scores[c])) { scoreTally[t].n++; scoreTally[t].sum += result.scores[c]; }
  }

  // Completion, per tier (the plan row's) and per manager (the plan row's).
  const latest = lastContacts([...inputs.logged, ...inputs.added], inputs.runDate);
  const due = zeros();
  const done = zeros();
  const managerDue = new Map<string | null, { due: number; done: number }>();
  for (const row of inputs.planned) {
    if (row.due === undefined || row.due > inputs.runDate) continue;
    const last = latest.get(clientKey(row.id));
    const complete = last !== undefined && (row.lastContact === undefined || last > row.lastContact);
    const t = byName.get(clientKey(row.tier));
    if (t !== undefined) { due[t]++; if (complete) done[t]++; }
    const m = managerDue.get(row.manager) ?? { due: 0, done: 0 };
    m.due++;
    if (complete) m.done++;
    managerDue.set(row.manager, m);
  }

  // Satisfaction and clients served in the period.
  const tierSatisfaction = Array.from({ length: tierCount }, tally);
  const managerSatisfaction = new Map<string | null, Tally>();
  const managerServed = new Map<string | null, Set<string>>();
  for (const e of periodContacts(inputs)) {
    const key = clientKey(e.id);
    const c = byKey.get(key);
    const named = textOrNull(e.manager);
    const manager = named ?? (c === undefined ? null : inputs.ownManagers[c]);
    const served = managerServed.get(manager) ?? new Set<string>();
    served.add(key);
    managerServed.set(manager, served);
    const value = satisfactionOf(e);
    if (value === undefined) continue;
    const s = managerSatisfaction.get(manager) ?? tally();
    s.n++; s.sum += value;
    managerSatisfaction.set(manager, s);
    const t = c === undefined ? -1 : result.tierIndex[c];
    if (t >= 0) { tierSatisfaction[t].n++; tierSatisfaction[t].sum += value; }
  }

  // Moves and retention, against the snapshot.
  const snapshot = inputs.snapshot;
  const moves = { upIn: zeros(), downIn: zeros(), upOut: zeros(), downOut: zeros() };
  const previous = zeros();
  const retained = zeros();
  const before = zeros();
  const now = zeros();
  if (snapshot) {
    for (const [key, name] of snapshot.tiers) {
      const p = byName.get(clientKey(name));
      if (p === undefined) continue;
      previous[p]++;
      const c = byKey.get(key);
      const t = c === undefined ? -1 : result.tierIndex[c];
      if (c === undefined || t < 0) continue;
      if (t < p) { moves.upIn[t]++; moves.upOut[p]++; }
      if (t > p) { moves.downIn[t]++; moves.downOut[p]++; }
      if (t > p) continue;
      retained[p]++;
      const then = snapshot.assets.get(key);
      if (then !== undefined && !Number.isNaN(assets[c])) { before[p] += then; now[p] += assets[c]; }
    }
  }

  const tiers: TierFigures[] = result.model.tiers.map((_, t) => {
    const change = snapshot ? now[t] - before[t] : null;
    return {
      tier: t, clients: clients[t], assetsTotal: assetTally[t].n === 0 ? null : assetTally[t].sum, assetsAverage: mean(assetTally[t]),
      scoreAverage: mean(scoreTally[t]), due: due[t], done: done[t], completion: ratio(done[t], due[t]),
      rated: tierSatisfaction[t].n, satisfaction: mean(tierSatisfaction[t]),
      upIn: snapshot ? moves.upIn[t] : null, downIn: snapshot ? moves.downIn[t] : null,
      upOut: snapshot ? moves.upOut[t] : null, downOut: snapshot ? moves.downOut[t] : null,
      previousClients: snapshot ? previous[t] : null, retained: snapshot ? retained[t] : null,
      retention: snapshot ? ratio(retained[t], previous[t]) : null,
      retainedBefore: snapshot ? before[t] : null, retainedNow: snapshot ? now[t] : null, retainedChange: change,
      retainedChangeRate: snapshot && before[t] !== 0 ? (now[t] - before[t]) / before[t] : null,
    };
  });

  // Managers: the roster's, those serving clients, and those named by due rows or contacts; code-point order, none last.
  const book = new Map<string | null, number>();
  inputs.managers.forEach((m, c) => { if (result.tierIndex[c] >= 0) book.set(m, (book.get(m) ?? 0) + 1); });
  const names = new Set<string>([...inputs.rosterManagers, ...[...book.keys(), ...managerDue.keys(), ...managerServed.keys()].filter((m): m is string => m !== null)]);
  const order = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const figures = (m: string | null): ManagerFigures => {
    const d = managerDue.get(m) ?? { due: 0, done: 0 };
    const s = managerSatisfaction.get(m) ?? tally();
    return { manager: m, book: book.get(m) ?? 0, served: managerServed.get(m)?.size ?? 0, due: d.due, done: d.done,
      completion: ratio(d.done, d.due), rated: s.n, satisfaction: mean(s) };
  };
  const managers = order.map(figures);
  const none = figures(null);
  if (none.book + none.served + none.due > 0) managers.push(none);
  return { tiers, managers, ...(snapshot?.runDate !== undefined ? { periodStart: snapshot.runDate } : {}) };
}
