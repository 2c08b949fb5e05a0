import type { CellValue } from '../cell/cellValue';
import { text, type Locale } from '../i18n/locale';
import { CHANGE_MARKS, type TierMigration } from '../migration/tierMigration';
import type { PlanChart, PlanColumn, PlanSheet } from '../plan/outputPlan';
import type { PlanCell } from '../plan/planCell';
import { planRowSource, rowsAround, withSheetChanges } from '../plan/planRows';
import type { TieringResult } from '../run/tierClients';
import type { Steps } from '../run/steps';
import type { Playbook } from '../strategy/playbook';
import { playbookForTier } from '../strategy/playbookMatch';
import { textExtra, type ExtraColumns } from '../table/extraColumns';
import { buildFollowUpPlanSheet, planFollowUps, type FollowUpClients } from './followUpPlan';
import { buildManagerOutput, dedicatedTiers } from './managerOutput';
import { buildManagerRosterSheet, readManagerRoster } from './managerRoster';
import { buildServiceLogSheet, clientKey, harvestFollowUps, lastContacts, newContacts, readServiceLog, type ContactEntry } from './serviceLog';
import { buildClientSnapshotSheet, readClientSnapshot } from './clientSnapshot';
import { computeEffectFigures, readPlannedRows, type EffectFigures } from './effectFigures';
import { buildEffectHistorySheet, readEffectHistory } from './effectHistory';
import { buildEffectSheet } from './effectSheet';
import type { SheetProblem } from './sheetProblem';
import { buildWatchlist, buildWatchlistSheet } from './watchlist';

type Grid = readonly (readonly CellValue[])[];

/** A TierBook sheet as the host found it by its marker: its name and its used cells from A1. */
export interface FoundSheet {
  readonly sheetName: string;
  readonly grid: Grid;
}

/** What the tracking loop reads before a run, and the run's date. */
export interface TrackingInputs {
  /** The run date as an Excel serial (the runner's --run-date, the add-in's today). */
  readonly runDate: number;
  /** ISO-8601, written beside each contact the run copies into the service log. */
  readonly timestamp: string;
  /** Default 30 days. */
  readonly horizonDays?: number;
  /** The roster (客户经理名册); absent: the plan writes one with an example, to be filled in. */
  readonly roster?: FoundSheet;
  /** The previous follow-up plan, whose filled rows go into the service log before it is replaced. */
  readonly followUpPlan?: FoundSheet;
  /** The service log, as it is; absent on the first run. */
  readonly serviceLog?: FoundSheet;
  /** 效果历史 (found by its marker): the runs before, for 效果评估; absent on the first run. */
  readonly history?: FoundSheet;
  /** 客户快照 (found by its marker): each client's tier and assets at the previous run; absent on the first run. */
  readonly snapshot?: FoundSheet;
  /**
   * clientKey → assets at the previous run, for the watchlist's asset-drop reason. Default: the snapshot's; absent
   * both: not checked.
   */
  readonly previousAssets?: ReadonlyMap<string, number>;
  /** Share of assets lost that puts a client on the watchlist; default 0.3 (more than 30%). */
  readonly assetDrop?: number;
}

export interface TrackingOutput {
  /** 建议客户经理 on the client sheet. */
  readonly columns: readonly PlanColumn[];
  /** The service log first (appended before the plan it was harvested from is replaced), then the plan, the load, the roster. */
  readonly sheets: readonly PlanSheet[];
  /** Roster, plan and log problems, each with its cell (also listed at the foot of the load sheet). */
  readonly problems: readonly SheetProblem[];
  /** Contacts this run copies from the plan into the service log. */
  readonly added: readonly ContactEntry[];
  /** This run's figures per tier and per manager (a row per tier appended to 效果历史). */
  readonly effect: EffectFigures;
  /** 效果评估's line chart of clients per tier by run, for hosts that draw charts. */
  readonly chart: PlanChart;
}

const PROBLEMS_TITLE = text('名册、回访计划与服务记录中的问题（已原样保留）', 'Problems in the roster, the follow-up plan and the service log (kept as typed)');
const PROBLEM_HEADERS = [text('单元格', 'Cell'), text('问题', 'Problem')];

/** The problems as a block at the foot of a sheet. */
function withProblems(sheet: PlanSheet, problems: readonly SheetProblem[], locale: Locale): PlanSheet {
  if (problems.length === 0) return sheet;
  const source = planRowSource(sheet);
  const tail: (readonly PlanCell[])[] = [[], [PROBLEMS_TITLE[locale]], PROBLEM_HEADERS.map((h) => h[locale])];
  const header = source.length + tail.length - 1;
  for (const p of problems) tail.push([p.address, p.message[locale]]);
  const rows = rowsAround([], { count: source.length, width: source.width, wrapColumns: source.wrapColumns, rowAt: source.rowAt }, tail);
  return withSheetChanges(sheet, { headerRows: [...(sheet.headerRows ?? []), header] }, rows);
}

/**
 * The tracking loop's part of a run: the manager proposal (column and load sheet), the contacts harvested from the
 * previous plan into the service log (appended, deduplicated), the new follow-up plan scheduled from the log, and
 * the roster when the workbook has none. Nothing a manager typed is dropped: bad entries are reported and kept.
 *
 * In pieces (composeOutputPlanSteps runs it): a pause after each part, a pass over the clients or a sheet, so the task
 * pane gives the thread back between them (at 50,000 clients the whole was one 250 ms task, issue 10 item 10).
 */
export function* trackingOutputSteps(
  result: TieringResult, playbooks: readonly Playbook[], extras: ExtraColumns | undefined, migration: TierMigration | undefined,
  inputs: TrackingInputs, headerRow: number, length: number, locale: Locale,
): Steps<TrackingOutput> {
  const { runDate } = inputs;
  const roster = inputs.roster ? readManagerRoster(inputs.roster.grid, inputs.roster.sheetName, result.model) : { managers: [], problems: [] };
  const managerOutput = buildManagerOutput(result, playbooks, roster.managers, extras, headerRow, length, locale);
  yield;
  const known = new Set(result.table.ids.map(clientKey));
  yield;
  const log = inputs.serviceLog ? readServiceLog(inputs.serviceLog.grid, inputs.serviceLog.sheetName, runDate, known) : { entries: [], problems: [] };
  const harvest = inputs.followUpPlan ? harvestFollowUps(inputs.followUpPlan.grid, inputs.followUpPlan.sheetName, runDate, known) : { entries: [], problems: [] };
  const added = newContacts(harvest.entries, log.entries);
  yield;
  const own = extras?.columns.manager ? textExtra(extras, 'manager') : new Array<string | null>(result.table.size).fill(null);
  const changed = migration ? Array.from(migration.marks, (m) => CHANGE_MARKS[m] === 'up' || CHANGE_MARKS[m] === 'down') : undefined;
  const dropped = migration ? Array.from(migration.marks, (m) => CHANGE_MARKS[m] === 'down') : undefined;
  const clients: FollowUpClients = {
    ids: result.table.ids,
    ...(extras?.columns.name ? { names: textExtra(extras, 'name') } : {}),
    tierIndex: result.tierIndex, scores: result.scores,
    managers: own.map((m, c) => m ?? managerOutput.proposal.proposed[c]),
    ...(changed ? { tierChanged: changed } : {}),
  };
  const contacts = [...log.entries, ...added];
  const followUpDays = result.model.tiers.map((_, k) => playbookForTier(playbooks, result.model.tiers, k)?.playbook.followUpDays);
  yield;
  const lastContact = lastContacts(contacts, runDate);
  const snapshot = inputs.snapshot ? readClientSnapshot(inputs.snapshot.grid) : undefined;
  const previousAssets = inputs.previousAssets ?? snapshot?.assets;
  yield;
  const watch = buildWatchlist(result, {
    ...(dropped ? { dropped } : {}), ...(previousAssets ? { previousAssets } : {}),
    ...(inputs.assetDrop !== undefined ? { assetDrop: inputs.assetDrop } : {}),
    contacts, dedicated: dedicatedTiers(playbooks, result.model), followUpDays, lastContact, runDate,
  });
  yield;
  const options = { runDate, horizonDays: inputs.horizonDays, followUpDays, lastContact, watchlist: new Set(watch.map((w) => w.client)) };
  const planned = planFollowUps(clients, options);
  yield;
  const plan = buildFollowUpPlanSheet(clients, planned, result.model, options, locale);
  yield;
  const problems = [...roster.problems, ...harvest.problems, ...log.problems];
  const effect = computeEffectFigures(result, {
    runDate, ...(snapshot ? { snapshot } : {}), planned: inputs.followUpPlan ? readPlannedRows(inputs.followUpPlan.grid) : [],
    logged: log.entries, added, ownManagers: own, managers: clients.managers, rosterManagers: roster.managers.map((m) => m.name),
  });
  yield;
  const history = inputs.history ? readEffectHistory(inputs.history.grid) : [];
  const effectSheet = buildEffectSheet(result.model, history, effect, inputs.timestamp, runDate, locale);
  const watchSheet = buildWatchlistSheet(result, watch, clients.names, clients.managers, locale);
  yield;
  const snapshotSheet = buildClientSnapshotSheet(result, runDate, locale);
  yield;
  const sheets: PlanSheet[] = [
    buildServiceLogSheet(added, inputs.timestamp, locale),
    plan,
    watchSheet,
    withProblems(managerOutput.sheet, problems, locale),
    ...(inputs.roster ? [] : [buildManagerRosterSheet(result.model, locale)]),
    buildEffectHistorySheet(result.model, effect.tiers, inputs.timestamp, runDate, locale),
    effectSheet.sheet,
    snapshotSheet,
  ];
  return { columns: [managerOutput.column], sheets, problems, added, effect, chart: effectSheet.chart };
}
